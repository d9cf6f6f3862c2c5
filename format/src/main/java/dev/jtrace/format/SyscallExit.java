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
 */
public record SyscallExit(int tid, long time, Arch arch, int nr, long rval, boolean error,
                          List<Capture> captures, long cpuNs) implements Stop {
    public SyscallExit {
        captures = List.copyOf(captures);
    }

    /** The errno when the call failed, else 0. */
    public int errno() {
        return error ? (int) -rval : 0;
    }
}
