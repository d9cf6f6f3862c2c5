package dev.jtrace.format;

import java.util.List;

/**
 * A syscall-exit stop (PTRACE_SYSCALL_INFO_EXIT).
 *
 * @param arch     the ABI of the call that is returning
 * @param nr       the number of the call that is returning (from the matching entry, or from
 *                 orig_rax when the entry was not seen, e.g. after attaching); -1 if unknown
 * @param rval     the return value (sign-extended)
 * @param error    the kernel's is_error flag: rval is -errno
 * @param captures output memory captured at exit (buffers sized by the return value, structs)
 * @param cpuNs    the task's CPU time in ns at this stop, or -1 when not recorded
 * @param fds      the descriptors the call created (its fd result, or the pair it wrote for pipe/socketpair)
 *                 as /proc/TID/fd names them right after the call; empty when none or not recorded
 */
public record SyscallExit(int tid, long time, Arch arch, int nr, long rval, boolean error,
                          List<Capture> captures, long cpuNs, List<OpenFd> fds) implements Stop {
    public SyscallExit {
        captures = List.copyOf(captures);
        fds = List.copyOf(fds);
    }

    /** An exit without recorded descriptor names. */
    public SyscallExit(int tid, long time, Arch arch, int nr, long rval, boolean error, List<Capture> captures,
                       long cpuNs) {
        this(tid, time, arch, nr, rval, error, captures, cpuNs, List.of());
    }

    /** The errno when the call failed, else 0. */
    public int errno() {
        return error ? (int) -rval : 0;
    }
}
