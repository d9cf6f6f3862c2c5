package dev.jtrace.format;

/**
 * A PTRACE_EVENT stop.
 *
 * @param message PTRACE_GETEVENTMSG: the new tid for FORK/VFORK/CLONE, the former tid for EXEC,
 *                the wait status for EXIT, the SECCOMP_RET_DATA for SECCOMP, 0 otherwise
 */
public record PtraceEvent(int tid, long time, Kind kind, long message) implements Stop {
    /** The PTRACE_EVENT_* kinds, with the kernel's numbers. */
    public enum Kind {
        FORK(1), VFORK(2), CLONE(3), EXEC(4), VFORK_DONE(5), EXIT(6), SECCOMP(7), STOP(128);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Kind ofCode(int code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown PTRACE_EVENT " + code);
        }
    }
}
