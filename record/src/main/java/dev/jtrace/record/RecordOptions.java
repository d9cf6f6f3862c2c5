package dev.jtrace.record;

import java.util.List;

/**
 * What to record: either a command to launch or the pids of running processes to attach to.
 *
 * @param command     the command and its arguments (PATH is searched for a name without '/'); empty when attaching
 * @param pids        processes to attach to (every thread of each); empty when launching a command
 * @param followForks -f: also trace children (fork, vfork, clone, threads)
 * @param snapLength  the most bytes captured per buffer or string
 */
public record RecordOptions(List<String> command, List<Integer> pids, boolean followForks, int snapLength) {
    public static final int DEFAULT_SNAP_LENGTH = 4096;

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

    /** True when the recorder launches a command rather than attaching. */
    public boolean launches() {
        return !command.isEmpty();
    }
}
