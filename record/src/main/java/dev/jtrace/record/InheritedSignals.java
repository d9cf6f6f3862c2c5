package dev.jtrace.record;

/**
 * The signal state a launched command inherits, as it would from strace: the blocked mask and the
 * ignored signals that jtrace itself was started with (exec keeps both). The JVM changes its own
 * (HotSpot blocks and handles signals), so the {@code jtrace} launcher passes the originals from
 * /proc/PID/status as the system properties {@code jtrace.inherited.sigblk} and
 * {@code jtrace.inherited.sigign} (hex masks, bit N-1 for signal N). Without them: nothing blocked,
 * nothing ignored.
 *
 * @param blocked bit N-1 set: signal N starts blocked
 * @param ignored bit N-1 set: signal N keeps the JVM's disposition (ignored, when the JVM kept it
 *                ignored, as HotSpot does for SIGHUP, SIGINT and SIGTERM) instead of being reset to default
 */
public record InheritedSignals(long blocked, long ignored) {
    public static final InheritedSignals NONE = new InheritedSignals(0, 0);

    /** From the launcher's system properties; a malformed value is treated as absent. */
    public static InheritedSignals fromLauncher() {
        return new InheritedSignals(mask("jtrace.inherited.sigblk"), mask("jtrace.inherited.sigign"));
    }

    private static long mask(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseUnsignedLong(value.trim(), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
