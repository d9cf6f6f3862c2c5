package dev.jtrace.record;

/** Decoding of a raw waitpid status (the W* macros) and the flags the tracer waits with. */
final class WaitStatus {
    static final int WUNTRACED = 2;
    static final int WNOTHREAD = 0x20000000;
    static final int WALL = 0x40000000;

    static final int SIGTRAP = 5;
    static final int SIGSTOP = 19;
    static final int SIGTSTP = 20;
    static final int SIGTTIN = 21;
    static final int SIGTTOU = 22;
    static final int SYSCALL_TRAP = SIGTRAP | 0x80;

    private WaitStatus() {
    }

    static boolean stopped(int status) {
        return (status & 0xff) == 0x7f;
    }

    /** WSTOPSIG, including the 0x80 bit of a syscall stop. */
    static int stopSignal(int status) {
        return (status >> 8) & 0xff;
    }

    /** The PTRACE_EVENT_* of a stop, 0 when it is not an event stop. */
    static int event(int status) {
        return (status >> 16) & 0xff;
    }

    /** The signals whose delivery puts a thread group into group-stop. */
    static boolean isStoppingSignal(int sig) {
        return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
    }
}
