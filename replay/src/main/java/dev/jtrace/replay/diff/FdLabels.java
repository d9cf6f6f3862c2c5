package dev.jtrace.replay.diff;

import java.util.HashMap;
import java.util.Map;

/**
 * The provenance of each open fd of one task: which of its calls created it ({@code openat#2}: the fd of
 * the task's second fd-creating call, here an openat). Fds the task inherited keep their creator's label;
 * fds open when the recording began are labelled by their number.
 */
final class FdLabels {
    private final Map<Integer, String> labels;

    FdLabels() {
        this(new HashMap<>());
    }

    private FdLabels(Map<Integer, String> labels) {
        this.labels = labels;
    }

    /** A copy, for a child that inherits the fds as they are now. */
    FdLabels copy() {
        return new FdLabels(new HashMap<>(labels));
    }

    String label(long fd) {
        int n = (int) fd;
        if (n == -100) {
            return "AT_FDCWD";
        }
        String l = labels.get(n);
        return l != null ? "fd<" + l + ">" : n < 0 ? Integer.toString(n) : "fd<" + n + ">";
    }

    void created(long fd, String label) {
        labels.put((int) fd, label);
    }

    void closed(long fd) {
        labels.remove((int) fd);
    }
}
