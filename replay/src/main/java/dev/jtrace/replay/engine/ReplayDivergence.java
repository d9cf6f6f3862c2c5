package dev.jtrace.replay.engine;

/**
 * A re-executed call whose outcome differed from the recording.
 *
 * @param task     the task's lineage name
 * @param tid      its recorded tid
 * @param index    the call's index in the task
 * @param call     the recorded call, normalized (fds by origin)
 * @param recorded what it returned then ({@code 14}, {@code -1 ENOENT}, {@code fd})
 * @param replayed what it returned in the replay, with what differed
 */
public record ReplayDivergence(String task, int tid, int index, String call, String recorded, String replayed) {
}
