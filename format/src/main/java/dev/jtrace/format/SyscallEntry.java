package dev.jtrace.format;

import java.util.Arrays;
import java.util.List;

/**
 * A syscall-entry stop (PTRACE_SYSCALL_INFO_ENTRY).
 *
 * @param arch     the ABI the call was made with
 * @param nr       the syscall number in that ABI's table
 * @param args     the six raw argument registers
 * @param ip       instruction pointer
 * @param sp       stack pointer
 * @param captures input memory captured at entry (strings, paths, input buffers)
 * @param cpuNs    the task's CPU time in ns at this stop, or -1 when not recorded
 */
public record SyscallEntry(int tid, long time, Arch arch, int nr, long[] args, long ip, long sp,
                           List<Capture> captures, long cpuNs) implements Stop {
    public SyscallEntry {
        if (args.length != 6) {
            throw new IllegalArgumentException("a syscall has 6 argument registers, got " + args.length);
        }
        args = args.clone();
        captures = List.copyOf(captures);
    }

    /** Argument register {@code i} (0..5). */
    public long arg(int i) {
        return args[i];
    }

    @Override
    public long[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyscallEntry e && tid == e.tid && time == e.time && arch == e.arch && nr == e.nr
                && Arrays.equals(args, e.args) && ip == e.ip && sp == e.sp && captures.equals(e.captures)
                && cpuNs == e.cpuNs;
    }

    @Override
    public int hashCode() {
        return ((tid * 31 + Long.hashCode(time)) * 31 + nr) * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return "SyscallEntry[tid=" + tid + ", time=" + time + ", " + arch + " nr=" + nr + ", args="
                + Arrays.toString(args) + ", captures=" + captures + "]";
    }
}
