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
}
