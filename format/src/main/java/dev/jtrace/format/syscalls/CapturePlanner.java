package dev.jtrace.format.syscalls;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import java.util.List;

/**
 * Decides, from the syscall descriptions, which tracee memory to capture at a syscall stop and
 * reads it. The recorder calls this at every entry and exit; it holds no syscall knowledge itself.
 */
public interface CapturePlanner {
    /** Captures input memory (strings, paths, input buffers, input structs) at syscall entry. */
    List<Capture> atEntry(Arch arch, int nr, long[] args, RemoteMemory memory);

    /**
     * As {@link #atEntry(Arch, int, long[], RemoteMemory)}, with the stack pointer: rt_sigreturn's only
     * input is the signal frame on the stack (strace prints its mask, {@code rt_sigreturn({mask=[]})}).
     * Recorders should call this one.
     */
    default List<Capture> atEntry(Arch arch, int nr, long[] args, long sp, RemoteMemory memory) {
        return atEntry(arch, nr, args, memory);
    }

    /** Captures output memory (buffers sized by the return value, output structs) at syscall exit. */
    List<Capture> atExit(Arch arch, int nr, long[] args, long rval, boolean error, RemoteMemory memory);

    /**
     * The descriptors a returned call created: its result when the call returns an fd, the two fds of an fd
     * pair it wrote (pipe, socketpair; read from {@code exitCaptures}). The recorder names them from
     * /proc/TID/fd. None by default.
     */
    default int[] createdFds(Arch arch, int nr, long rval, boolean error, List<Capture> exitCaptures) {
        return new int[0];
    }

    /**
     * The socket descriptor whose addresses a returned call may have set, or -1: bind and listen (an unbound
     * listener is given a port) when they succeeded, connect also when it failed with EINPROGRESS (a non-blocking
     * connect, bound already; a refused one has let its port go), sendto with a destination, sendmsg and sendmmsg (an unbound datagram or netlink socket
     * is bound on its first send, even one that fails). The recorder reports its new detail. None by default.
     */
    default int changedSocket(Arch arch, int nr, long[] args, long rval, boolean error) {
        return -1;
    }

    /**
     * Whether the call named by {@link #changedSocket} can only give an unbound socket its local address
     * (listen, sendto, sendmsg, sendmmsg), changing nothing on one that has it; bind and connect can change more.
     */
    default boolean onlyBinds(Arch arch, int nr) {
        return false;
    }
}
