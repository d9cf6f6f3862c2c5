package dev.jtrace.format.decode;

import java.util.Optional;

/**
 * What a decoder needs besides the stops: the display options, the pid of the calling task and
 * a way to name file descriptors (for -y/-yy, from the analyzer's fd table).
 */
public record DecodeContext(DecodeOptions options, int pid, FdNames fds) {
    /** Names a file descriptor of a process as -y/-yy print it inside {@code <...>}. */
    @FunctionalInterface
    public interface FdNames {
        Optional<String> name(int pid, int fd);

        FdNames NONE = (pid, fd) -> Optional.empty();
    }
}
