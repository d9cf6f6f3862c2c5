package dev.jtrace.replay.engine;

/** What replay does with a recorded call. */
public enum ReplayClass {
    /** Run it again in the sandbox, with fds, addresses and paths remapped, and compare its result. */
    RE_EXECUTE,
    /** Take the recorded result as given without running anything (pids, clocks, random bytes, the process's own runtime). */
    EMULATE,
    /** Never run it, whatever it was (signals to other processes, reboot, mount, ptrace, process creation). */
    NEVER
}
