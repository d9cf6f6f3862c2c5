package dev.jtrace.format.decode;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a decoder needs besides the stops: the display options, the pid of the calling task, a way to
 * name file descriptors (for -y/-yy, from the analyzer's fd table) and a way to translate pids into the
 * recorder's pid namespace (for --pidns-translation).
 */
public record DecodeContext(DecodeOptions options, int pid, FdNames fds, PidNames pids) {
    /** A context without pid translation. */
    public DecodeContext(DecodeOptions options, int pid, FdNames fds) {
        this(options, pid, fds, PidNames.NONE);
    }

    /** Names a file descriptor of a process as -y/-yy print it inside {@code <...>}. */
    @FunctionalInterface
    public interface FdNames {
        Optional<String> name(int pid, int fd);

        /** The name -yy prints: with socket addresses, device numbers, a pidfd's pid; by default {@link #name}. */
        default Optional<String> detailedName(int pid, int fd) {
            return name(pid, fd);
        }

        FdNames NONE = (pid, fd) -> Optional.empty();
    }

    /** Translates pids that a task sees (in its own pid namespace) into the recorder's pid namespace. */
    @FunctionalInterface
    public interface PidNames {
        /**
         * The recorder-namespace pid of the task that task {@code tid} calls {@code value}, when {@code tid} is
         * in another pid namespace than the recorder and that task is known and still exists; else empty.
         */
        OptionalInt outer(int tid, int value);

        PidNames NONE = (tid, value) -> OptionalInt.empty();
    }

    /**
     * A pid as strace prints it with --pidns-translation: {@code 2 /* 24483 in strace's PID NS *}{@code /}
     * when it translates, else just the number. "strace's PID NS" is the recorder's (jtrace.recorder.pidns).
     */
    public String pidText(long value) {
        OptionalInt outer = value > 0 && value <= Integer.MAX_VALUE ? pids.outer(pid, (int) value) : OptionalInt.empty();
        return outer.isPresent() ? value + " /* " + outer.getAsInt() + " in strace's PID NS */" : Long.toString(value);
    }
}
