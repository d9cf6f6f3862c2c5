package dev.jtrace.record;

import java.util.List;

/**
 * What to record: either a command to launch or the pids of running processes to attach to.
 *
 * @param command     the command and its arguments (PATH is searched for a name without '/'); empty when attaching
 * @param pids        processes to attach to (every thread of each); empty when launching a command
 * @param followForks -f: also trace children (fork, vfork, clone, threads)
 * @param snapLength  the most bytes captured per buffer or string
 * @param cpuTime     record each thread's CPU time at syscall stops (SyscallEntry/SyscallExit cpuNs)
 */
public record RecordOptions(List<String> command, List<Integer> pids, boolean followForks, int snapLength,
                            boolean cpuTime) {
    public static final int DEFAULT_SNAP_LENGTH = 4096;
    /**
     * CPU time is recorded on request: two reads of /proc/TID/schedstat per syscall cost about 1-1.5 µs, which
     * measured 10-17% more recording time on syscall-bound workloads (dd bs=1, find), over the 10% a default
     * may cost.
     */
    public static final boolean DEFAULT_CPU_TIME = false;

    /** Options with the default for CPU time. */
    public RecordOptions(List<String> command, List<Integer> pids, boolean followForks, int snapLength) {
        this(command, pids, followForks, snapLength, DEFAULT_CPU_TIME);
    }

    public RecordOptions {
        command = List.copyOf(command);
        pids = List.copyOf(pids);
        if (command.isEmpty() == pids.isEmpty()) {
            throw new IllegalArgumentException("give either a command or pids to attach to");
        }
        if (snapLength < 0) {
            throw new IllegalArgumentException("snap length must not be negative: " + snapLength);
        }
        for (int pid : pids) {
            if (pid <= 0) {
                throw new IllegalArgumentException("not a process id: " + pid);
            }
        }
    }

    /** Options for launching {@code command}. */
    public static RecordOptions launch(List<String> command, boolean followForks, int snapLength) {
        return new RecordOptions(command, List.of(), followForks, snapLength);
    }

    /** Options for attaching to running processes. */
    public static RecordOptions attach(List<Integer> pids, boolean followForks, int snapLength) {
        return new RecordOptions(List.of(), pids, followForks, snapLength);
    }

    /** These options with CPU time recording turned on or off. */
    public RecordOptions withCpuTime(boolean on) {
        return new RecordOptions(command, pids, followForks, snapLength, on);
    }

    /** True when the recorder launches a command rather than attaching. */
    public boolean launches() {
        return !command.isEmpty();
    }
}
