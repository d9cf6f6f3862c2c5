package dev.jtrace.cli;

import dev.jtrace.record.SignalDeath;

/**
 * How the jtrace process ends when a recorded command was killed by a signal: as strace does, by the same
 * signal (without a core file), once the trace is closed. Only {@link Main#main} applies it, so that in-process
 * callers of {@link Main#run} get the shell status (128 + signal) instead of dying.
 */
final class Termination {
    private static volatile int signal;

    private Termination() {
    }

    /** Asks that the process end by {@code sig} after the command returns. */
    static void dieBy(int sig) {
        signal = sig;
    }

    /** Ends the process by the requested signal, if any; returns when there is none or it did not kill. */
    static void apply() {
        int sig = signal;
        if (sig != 0) {
            System.out.flush();
            System.err.flush();
            SignalDeath.dieBy(sig);
        }
    }
}
