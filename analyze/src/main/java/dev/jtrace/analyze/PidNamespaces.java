package dev.jtrace.analyze;

import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskSeen;
import dev.jtrace.format.decode.DecodeContext;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The traced tasks' pids in every pid namespace (from {@link TaskSeen}), for --pidns-translation. strace
 * translates a pid by looking the task up in /proc when it prints the pid, so a task translates from
 * when it is seen until it is gone from /proc: a thread at its end, a process once reaped, which is
 * when its parent's wait call returns it (when the parent is traced too) or at its end (otherwise).
 */
final class PidNamespaces implements DecodeContext.PidNames {
    private static final long WNOWAIT = 0x01000000;
    private static final int P_PID = 1;

    private final long recorderPidNs;
    /** Tasks present in /proc, by tid in the recorder's namespace. */
    private final Map<Integer, TaskSeen> present = new HashMap<>();

    PidNamespaces(long recorderPidNs) {
        this.recorderPidNs = recorderPidNs;
    }

    void seen(TaskSeen s) {
        present.put(s.tid(), s);
    }

    /** The task ended; a process whose parent is traced stays (a zombie) until that parent reaps it. */
    void ended(int tid) {
        TaskSeen s = present.get(tid);
        if (s != null && !(s.tgid() == tid && isTracedProcess(s.ppid()))) {
            present.remove(tid);
        }
    }

    /** exec by a non-leader thread: it carries on as the leader, under the leader's ids. */
    void renamed(int formerTid) {
        present.remove(formerTid);
    }

    /** A wait call returned: the child it reaped leaves /proc (before strace prints the call's return). */
    void returned(String name, SyscallEntry e, SyscallExit x) {
        if (x.error()) {
            return;
        }
        switch (name) {
            case "wait4", "waitpid" -> reap(e.tid(), x.rval());
            case "waitid" -> {
                if ((e.arg(3) & WNOWAIT) == 0 && (int) e.arg(0) == P_PID) {
                    reap(e.tid(), e.arg(1));
                }
            }
            default -> {
            }
        }
    }

    private void reap(int callerTid, long pid) {
        if (pid > 0 && pid <= Integer.MAX_VALUE) {
            TaskSeen child = find(callerTid, (int) pid);
            if (child != null) {
                present.remove(child.tid());
            }
        }
    }

    @Override
    public OptionalInt outer(int tid, int value) {
        TaskSeen caller = present.get(tid);
        if (value <= 0 || caller == null || caller.pidNs() == 0 || caller.pidNs() == recorderPidNs) {
            return OptionalInt.empty();
        }
        TaskSeen target = find(tid, value);
        return target == null ? OptionalInt.empty() : OptionalInt.of(target.tid());
    }

    /**
     * The task that {@code callerTid} calls {@code value}: one in the caller's namespace with that pid there,
     * or in a namespace nested in it (whose pid one level up is {@code value}).
     */
    private TaskSeen find(int callerTid, int value) {
        TaskSeen caller = present.get(callerTid);
        if (caller == null || caller.depth() == 0) {
            return present.get(value);
        }
        int level = caller.depth();
        for (TaskSeen s : present.values()) {
            boolean visible = s.depth() > level || (s.depth() == level && s.pidNs() == caller.pidNs());
            if (visible && s.nsPids().get(level) == value) {
                return s;
            }
        }
        return null;
    }

    private boolean isTracedProcess(int pid) {
        for (TaskSeen s : present.values()) {
            if (s.tgid() == pid) {
                return true;
            }
        }
        return false;
    }
}
