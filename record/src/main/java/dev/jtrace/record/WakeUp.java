package dev.jtrace.record;

import jnr.ffi.Pointer;
import sun.misc.Signal;

/**
 * Interrupts the tracer thread's blocking waitpid: a spare signal (SIGURG) with a do-nothing
 * handler installed WITHOUT SA_RESTART, sent to the tracer thread alone with tgkill. HotSpot
 * installs handlers with SA_RESTART, which would make waitpid restart instead of failing with EINTR.
 */
final class WakeUp {
    static final int SIGNAL = 23;
    private static final int SA_RESTART = 0x10000000;
    private static final int SIGACTION_SIZE = 152;
    private static final int SA_FLAGS_OFFSET = 136;
    private static boolean installed;

    private WakeUp() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        Signal.handle(new Signal("URG"), signal -> {
        });
        Pointer action = Native.allocate(SIGACTION_SIZE);
        if (Native.LIBC.sigaction(SIGNAL, null, action) != 0) {
            throw new IllegalStateException("sigaction(SIGURG): " + Errno.message(Native.errno()));
        }
        action.putInt(SA_FLAGS_OFFSET, action.getInt(SA_FLAGS_OFFSET) & ~SA_RESTART);
        if (Native.LIBC.sigaction(SIGNAL, action, null) != 0) {
            throw new IllegalStateException("sigaction(SIGURG): " + Errno.message(Native.errno()));
        }
        installed = true;
    }

    /** Sends the wake-up signal to thread {@code tid} of this process. */
    static void kick(int tid) {
        Native.LIBC.tgkill(Native.LIBC.getpid(), tid, SIGNAL);
    }
}
