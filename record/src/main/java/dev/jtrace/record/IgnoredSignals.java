package dev.jtrace.record;

import jnr.ffi.Pointer;

/**
 * Undoes an inherited "ignore" disposition. A shell starts background jobs with SIGINT ignored, and the JVM
 * then refuses to install a handler for it ({@code sun.misc.Signal.handle} keeps it ignored), so
 * {@code jtrace record -p PID &} could not be told to detach with SIGINT as strace can.
 */
public final class IgnoredSignals {
    private static final int SIGACTION_SIZE = 152;
    private static final long SIG_IGN = 1;

    private IgnoredSignals() {
    }

    /** If {@code signal} is ignored by this process, gives it back its default action (before handling it). */
    public static void unignore(int signal) {
        LibC c = Native.LIBC;
        Pointer current = Native.allocate(SIGACTION_SIZE);
        if (c.sigaction(signal, null, current) == 0 && current.getLong(0) == SIG_IGN) {
            c.sigaction(signal, Native.allocate(SIGACTION_SIZE), null);
        }
    }
}
