package dev.jtrace.format;

/**
 * One ptrace stop of one task, as recorded. Every stop carries the task's tid and the
 * CLOCK_MONOTONIC time in nanoseconds at which the tracer saw it.
 */
public sealed interface Stop permits SyscallEntry, SyscallExit, SignalStop, GroupStop, PtraceEvent, TaskExit,
        TaskSeen {
    /** The thread id (in the recorder's pid namespace). */
    int tid();

    /** CLOCK_MONOTONIC nanoseconds when the tracer observed the stop. */
    long time();
}
