package dev.jtrace.record;

import dev.jtrace.format.Stop;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TaskSeen;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when a task is introduced with a {@link TaskSeen}: a new child or thread right after its
 * creator's fork/vfork/clone event (so before the creating call returns its pid), any other task just
 * before its first recorded stop. The thread-group leaders the recorder did not see being created (the
 * launched command, attached processes) come with their cwd and open descriptors, so that descriptors
 * opened before the recording can be named; tasks born during the recording inherit what the trace
 * already tells.
 */
final class TaskAnnouncer {
    private final Set<Integer> announced = new HashSet<>();
    private final FdLinks fdLinks;

    TaskAnnouncer(FdLinks fdLinks) {
        this.fdLinks = fdLinks;
    }

    /** A fork, vfork or clone event reported a new task: its TaskSeen, unless its own first stop came first. */
    Optional<TaskSeen> born(int tid, long time) {
        if (!announced.add(tid)) {
            return Optional.empty();
        }
        return TaskIdentity.read(tid, time, false, fdLinks);
    }

    /** The TaskSeen to record before {@code stop}, if this is its task's first recorded stop. */
    Optional<TaskSeen> before(Stop stop) {
        int tid = stop.tid();
        if (stop instanceof TaskExit) {
            // The tid may be reused by a task to introduce afresh; one gone before its first stop
            // has nothing left to read.
            announced.remove(tid);
            return Optional.empty();
        }
        if (!announced.add(tid)) {
            return Optional.empty();
        }
        return TaskIdentity.read(tid, stop.time(), true, fdLinks);
    }
}
