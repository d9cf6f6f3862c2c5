package dev.jtrace.record;

import dev.jtrace.format.decode.Errnos;

/** The errno values the recorder reacts to, and their messages for users. */
final class Errno {
    static final int EPERM = 1;
    static final int ESRCH = 3;
    static final int EINTR = 4;
    static final int ECHILD = 10;
    static final int EFAULT = 14;

    private Errno() {
    }

    /** strerror-like text, e.g. "No such process". */
    static String message(int errno) {
        String m = Errnos.message(errno);
        return m != null ? m : "errno " + errno;
    }
}
