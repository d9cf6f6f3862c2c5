package dev.jtrace.format;

import java.util.List;
import java.util.Optional;

/**
 * Who a task is, recorded when the recorder first sees it (the launched command at its execve, an
 * attached thread, a new child or thread), before any other stop of that task. Not a ptrace stop itself:
 * its time is that of the task's first recorded stop.
 *
 * @param tgid        the thread group id (Tgid in /proc/TID/status), in the recorder's pid namespace
 * @param ppid        the parent's pid (PPid), in the recorder's pid namespace; 0 when the parent is outside it
 * @param nsPids      the task's id in every pid namespace it is visible in (NSpid), from the recorder's
 *                    namespace inwards: the last one is what the task itself sees as its tid
 * @param nsTgids     the same for the thread group id (NStgid)
 * @param pidNs       inode number of the task's pid namespace (/proc/TID/ns/pid), 0 when unknown
 * @param cwd         the working directory (readlink /proc/TID/cwd) when it was snapshotted, else empty
 * @param fds         the open descriptors when they were snapshotted (the launched command and attached
 *                    processes' leaders), ascending by fd; empty otherwise
 */
public record TaskSeen(int tid, long time, int tgid, int ppid, List<Integer> nsPids, List<Integer> nsTgids,
                       long pidNs, Optional<String> cwd, List<OpenFd> fds) implements Stop {
    public TaskSeen {
        nsPids = List.copyOf(nsPids);
        nsTgids = List.copyOf(nsTgids);
        if (cwd == null) {
            throw new NullPointerException("cwd (use Optional.empty())");
        }
        fds = List.copyOf(fds);
    }

    /** The task's tid as it sees it itself (in its own pid namespace). */
    public int innerTid() {
        return nsPids.isEmpty() ? tid : nsPids.get(nsPids.size() - 1);
    }

    /** How many pid namespaces deep the task is, counted from the recorder's (0: the same namespace). */
    public int depth() {
        return Math.max(0, nsPids.size() - 1);
    }
}
