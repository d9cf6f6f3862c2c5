package dev.jtrace.analyze;

import dev.jtrace.analyze.AnalyzeOptions.TimestampStyle;
import dev.jtrace.format.TraceMetadata;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The time prefix of a line for -t, -tt, -ttt and -r, computed from a stop's CLOCK_MONOTONIC time and
 * the recording's realtime/monotonic anchor, in the local time zone as strace prints it.
 */
final class Timestamper {
    private final TimestampStyle style;
    private final boolean relative;
    private final long realtimeMinusMonotonic;
    private final ZoneId zone;
    private long previous = Long.MIN_VALUE;

    Timestamper(TimestampStyle style, boolean relative, TraceMetadata metadata, ZoneId zone) {
        this.style = style;
        this.relative = relative;
        this.realtimeMinusMonotonic = metadata.startRealtimeNs() - metadata.startMonotonicNs();
        this.zone = zone;
    }

    /** The prefix (with its trailing space) for a line printed at {@code monotonicNs}; empty without -t/-r. */
    String prefix(long monotonicNs) {
        StringBuilder b = new StringBuilder();
        if (style != TimestampStyle.NONE) {
            long wall = monotonicNs + realtimeMinusMonotonic;
            long sec = Math.floorDiv(wall, 1_000_000_000L);
            long micros = Math.floorMod(wall, 1_000_000_000L) / 1000;
            if (style == TimestampStyle.EPOCH) {
                b.append(sec).append('.').append(micros6(micros));
            } else {
                LocalTime t = Instant.ofEpochSecond(sec).atZone(zone).toLocalTime();
                b.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
                if (style == TimestampStyle.MICROSECONDS) {
                    b.append('.').append(micros6(micros));
                }
            }
            b.append(' ');
        }
        if (relative) {
            long delta = previous == Long.MIN_VALUE ? 0 : Math.max(0, monotonicNs - previous);
            previous = monotonicNs;
            String r = CFormat.right(Long.toString(delta / 1_000_000_000L), 6) + "." + micros6(delta % 1_000_000_000L / 1000);
            b.append(style == TimestampStyle.NONE ? r + " " : "(+" + r + ") ");
        }
        return b.toString();
    }

    private static String micros6(long micros) {
        return String.format("%06d", micros);
    }
}
