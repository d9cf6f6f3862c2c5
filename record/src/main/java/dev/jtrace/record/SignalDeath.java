package dev.jtrace.record;

import jnr.ffi.Pointer;

/**
 * Ends this process by a signal, as strace ends itself when its command was killed by one: so that the shell
 * (and whoever waits for the recorder) sees the same "killed by SIGSEGV" as without the recorder. No core file is
 * written: RLIMIT_CORE is set to 0 first, since the core would be the recorder's, not the command's.
 */
public final class SignalDeath {
    private static final int RLIMIT_CORE = 4;
    private static final int SIG_UNBLOCK = 1;
    private static final int SIGACTION_SIZE = 152;

    private SignalDeath() {
    }

    /**
     * Resets {@code signal} to its default action, unblocks it in this thread and sends it to this thread.
     * Returns only when the signal did not end the process (its default action is not to terminate).
     */
    public static void dieBy(int signal) {
        LibC c = Native.LIBC;
        Pointer noCore = Native.allocate(16); // struct rlimit {0, 0}
        c.setrlimit(RLIMIT_CORE, noCore);
        Pointer defaultAction = Native.allocate(SIGACTION_SIZE); // sa_handler = SIG_DFL (0), no flags, empty mask
        c.sigaction(signal, defaultAction, null);
        Pointer set = Native.allocate(128);
        c.sigemptyset(set);
        c.sigaddset(set, signal);
        c.pthread_sigmask(SIG_UNBLOCK, set, null);
        c.tgkill(c.getpid(), c.gettid(), signal);
    }
}
