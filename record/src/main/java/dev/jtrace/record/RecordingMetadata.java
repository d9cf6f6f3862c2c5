package dev.jtrace.record;

import dev.jtrace.format.TraceMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import jnr.ffi.Pointer;

/** Describes a recording about to start: the machine, the clocks, the recorder, the options. */
public final class RecordingMetadata {
    private static final int CLOCK_REALTIME = 0;
    private static final int CLOCK_MONOTONIC = 1;
    private static final int UTSNAME_FIELD = 65;

    private RecordingMetadata() {
    }

    /** The metadata of a recording with these options, captured now. */
    public static TraceMetadata capture(RecordOptions options, String descriptionsHash) {
        Pointer uts = Native.allocate(6 * UTSNAME_FIELD);
        Native.LIBC.uname(uts);
        Pointer realtime = Native.allocate(16);
        Pointer monotonic = Native.allocate(16);
        Native.LIBC.clock_gettime(CLOCK_REALTIME, realtime);
        Native.LIBC.clock_gettime(CLOCK_MONOTONIC, monotonic);
        return new TraceMetadata(TraceMetadata.CURRENT_FORMAT_VERSION, version(),
                utsField(uts, 1), utsField(uts, 2), utsField(uts, 4),
                options.command(), options.pids(), nanos(realtime), nanos(monotonic),
                Native.LIBC.getpid(), pidNamespace(), options.snapLength(), options.followForks(), descriptionsHash);
    }

    /** The recorder's version, from the build. */
    public static String version() {
        try (InputStream in = RecordingMetadata.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String utsField(Pointer uts, int index) {
        byte[] b = new byte[UTSNAME_FIELD];
        uts.get((long) index * UTSNAME_FIELD, b, 0, b.length);
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    private static long nanos(Pointer timespec) {
        return timespec.getLong(0) * 1_000_000_000L + timespec.getLong(8);
    }

    /** The inode number of the recorder's pid namespace (as in "pid:[4026531836]"), 0 if unknown. */
    private static long pidNamespace() {
        try {
            Object ino = Files.getAttribute(Path.of("/proc/self/ns/pid"), "unix:ino");
            return ((Number) ino).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }
}
