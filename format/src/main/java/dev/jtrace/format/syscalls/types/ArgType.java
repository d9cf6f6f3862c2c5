package dev.jtrace.format.syscalls.types;

/**
 * One argument type of the description DSL (see README.md): which tracee memory it needs at entry
 * and at exit, and how strace prints it. The planner and the decoder only ever talk to this interface.
 */
public interface ArgType {
    /** True for outputs: strace prints them (and every later argument) only once the call returned. */
    default boolean printsAtExit() {
        return false;
    }

    /** Whether the argument is printed at all (a creat mode without O_CREAT is not). */
    default boolean present(CallView call, int arg) {
        return true;
    }

    default void captureAtEntry(CaptureSite site, int arg) {
    }

    default void captureAtExit(CaptureSite site, int arg) {
    }

    void print(CallView call, int arg, StringBuilder out);
}
