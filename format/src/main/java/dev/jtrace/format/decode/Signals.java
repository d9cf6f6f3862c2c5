package dev.jtrace.format.decode;

/** Signal names as strace prints them: SIGHUP..SIGSYS, SIGRTMIN, SIGRT_1..SIGRT_32. */
public final class Signals {
    private static final String[] NAMES = {null,
        "SIGHUP",
        "SIGINT",
        "SIGQUIT",
        "SIGILL",
        "SIGTRAP",
        "SIGABRT",
        "SIGBUS",
        "SIGFPE",
        "SIGKILL",
        "SIGUSR1",
        "SIGSEGV",
        "SIGUSR2",
        "SIGPIPE",
        "SIGALRM",
        "SIGTERM",
        "SIGSTKFLT",
        "SIGCHLD",
        "SIGCONT",
        "SIGSTOP",
        "SIGTSTP",
        "SIGTTIN",
        "SIGTTOU",
        "SIGURG",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGVTALRM",
        "SIGPROF",
        "SIGWINCH",
        "SIGIO",
        "SIGPWR",
        "SIGSYS",
    };
    private static final int SIGRTMIN = 32;
    private static final int SIGRTMAX = 64;

    private Signals() {
    }

    /** The strace name of a signal number, or null for a number that is not a signal. */
    public static String name(int signo) {
        if (signo > 0 && signo < NAMES.length) {
            return NAMES[signo];
        }
        if (signo == SIGRTMIN) {
            return "SIGRTMIN";
        }
        if (signo > SIGRTMIN && signo <= SIGRTMAX) {
            return "SIGRT_" + (signo - SIGRTMIN);
        }
        return null;
    }

    /** The name, or the bare number when it has none (as strace prints an unknown signal). */
    public static String nameOrNumber(int signo) {
        String n = name(signo);
        return n != null ? n : Integer.toString(signo);
    }

    /** A signal as -X prints it: the name (abbrev), the number (raw), or {@code 10 /* SIGUSR1 *}{@code /} (verbose). */
    public static String text(int signo, DecodeOptions.Constants mode) {
        String n = name(signo);
        if (n == null || mode == DecodeOptions.Constants.RAW) {
            return Integer.toString(signo);
        }
        return mode == DecodeOptions.Constants.VERBOSE ? signo + " /* " + n + " */" : n;
    }

    /** The number of a signal name (with or without the SIG prefix), or -1. */
    public static int number(String name) {
        String n = name.startsWith("SIG") ? name : "SIG" + name;
        for (int s = 1; s <= SIGRTMAX; s++) {
            if (n.equals(name(s))) {
                return s;
            }
        }
        return -1;
    }
}
