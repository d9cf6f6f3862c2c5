package dev.jtrace.analyze;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

/**
 * What the analysis may take from the machine it runs on: the time zone for -t/-tt, and, when the
 * trace was recorded on this machine, the real paths of opened files. strace's -y reads
 * /proc/PID/fd, so it shows {@code /usr/lib/x86_64-linux-gnu/libc.so.6} for a program that opened
 * {@code /lib/x86_64-linux-gnu/libc.so.6}; the trace only has the path the program passed.
 *
 * @param zone     the time zone of -t/-tt lines
 * @param realPath maps an absolute path to the one the kernel would report
 */
public record Host(ZoneId zone, UnaryOperator<String> realPath) {
    /** Paths as the program passed them (made absolute and normalized), in the local time zone. */
    public static Host detached() {
        return new Host(ZoneId.systemDefault(), UnaryOperator.identity());
    }

    /** Paths resolved through this machine's file system where they still exist (symbolic links followed). */
    public static Host local() {
        return new Host(ZoneId.systemDefault(), Host::resolve);
    }

    private static String resolve(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return path;
        }
    }
}
