package dev.jtrace.analyze;

import dev.jtrace.format.decode.DecodeOptions;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@code jtrace analyze} can be told, in strace's terms.
 *
 * @param followForks     -f: prefix every line with the pid (strace -f -o FILE does, even for one process)
 * @param summary         -c / -C
 * @param sortBy          -S: the order of the -c table
 * @param wallClockSummary -w: the -c table sums wall-clock time instead of system CPU time
 * @param decode          -s, -x/-xx, -v, -X, -y/-yy: how arguments print
 * @param filter          -e trace=SET
 * @param signals         -e signal=SET
 * @param showDuration    -T: {@code <0.000123>} after each returned call
 * @param timestamps      -t, -tt, -ttt
 * @param relative        -r: time since the previous line
 * @param alignColumn     -a: the column of {@code =} (40 by default)
 * @param status          -z / -Z / -e status=SET: calls by how they ended
 * @param pidnsTranslation --pidns-translation: pids seen inside a pid namespace also in the recorder's
 * @param display         -q, -n, -i, -P, -e raw=, -e abbrev=, -e verbose=, -e quiet=
 */
public record AnalyzeOptions(boolean followForks, SummaryMode summary, SortKey sortBy, boolean wallClockSummary,
                             DecodeOptions decode, SyscallFilter filter, SignalFilter signals, boolean showDuration,
                             TimestampStyle timestamps, boolean relative, int alignColumn, StatusFilter status,
                             boolean pidnsTranslation, DisplayOptions display) {
    public static final int DEFAULT_ALIGN_COLUMN = 40;

    public AnalyzeOptions {
        Objects.requireNonNull(summary);
        Objects.requireNonNull(sortBy);
        Objects.requireNonNull(decode);
        Objects.requireNonNull(filter);
        Objects.requireNonNull(signals);
        Objects.requireNonNull(timestamps);
        Objects.requireNonNull(status);
        Objects.requireNonNull(display);
        if (alignColumn < 0) {
            throw new IllegalArgumentException("alignment column must not be negative: " + alignColumn);
        }
    }

    /** strace's defaults: no -f, no summary, everything traced. */
    public static AnalyzeOptions defaults() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** -c / -C. */
    public enum SummaryMode {
        /** The trace only. */
        NONE,
        /** -c: the table only. */
        ONLY,
        /** -C: the trace, then the table. */
        ALSO
    }

    /** -t / -tt / -ttt. */
    public enum TimestampStyle {
        NONE, SECONDS, MICROSECONDS, EPOCH;

        /** The style for {@code count} repetitions of -t. */
        public static TimestampStyle ofCount(int count) {
            return switch (count) {
                case 0 -> NONE;
                case 1 -> SECONDS;
                case 2 -> MICROSECONDS;
                default -> EPOCH;
            };
        }
    }

    /** How a call ended, as strace's {@code -e status=SET} names it. */
    public enum CallStatus {
        SUCCESSFUL, FAILED,
        /** The task died inside the call ({@code = ?}). */
        UNFINISHED,
        /** The return value could not be fetched. */
        UNAVAILABLE,
        /** The tracer detached inside the call. */
        DETACHED
    }

    /** -z / -Z / -e status=SET: the calls that print, by how they ended. */
    public static final class StatusFilter {
        public static final StatusFilter ALL = new StatusFilter(EnumSet.allOf(CallStatus.class));
        public static final StatusFilter SUCCESSFUL = new StatusFilter(EnumSet.of(CallStatus.SUCCESSFUL));
        public static final StatusFilter FAILED = new StatusFilter(EnumSet.of(CallStatus.FAILED));

        private final Set<CallStatus> shown;

        private StatusFilter(Set<CallStatus> shown) {
            this.shown = Set.copyOf(shown);
        }

        /** The filter showing these statuses ({@link #ALL} itself when all are). */
        public static StatusFilter of(Set<CallStatus> shown) {
            return shown.containsAll(ALL.shown) ? ALL : new StatusFilter(shown);
        }

        /** Parses a SET: successful, failed, unfinished, unavailable, detached, all, none; leading ! negates. */
        public static StatusFilter parse(String set) {
            String s = set.trim();
            boolean negated = s.startsWith("!");
            if (negated) {
                s = s.substring(1);
            }
            EnumSet<CallStatus> listed = EnumSet.noneOf(CallStatus.class);
            for (String token : s.split(",", -1)) {
                String t = token.trim().toLowerCase(java.util.Locale.ROOT);
                switch (t) {
                    case "all" -> listed.addAll(ALL.shown);
                    case "none" -> {
                    }
                    default -> {
                        try {
                            listed.add(CallStatus.valueOf(t.toUpperCase(java.util.Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("invalid status '" + token.trim() + "'");
                        }
                    }
                }
            }
            return of(negated ? EnumSet.complementOf(listed) : listed);
        }

        public boolean shows(CallStatus status) {
            return shown.contains(status);
        }

        @Override
        public String toString() {
            return "status=" + shown;
        }
    }

    /** Builds options from strace's defaults. */
    public static final class Builder {
        private boolean followForks;
        private SummaryMode summary = SummaryMode.NONE;
        private SortKey sortBy = SortKey.TIME;
        private boolean wallClockSummary;
        private DecodeOptions decode = DecodeOptions.DEFAULT;
        private SyscallFilter filter = SyscallFilter.ALL;
        private SignalFilter signals = SignalFilter.ALL;
        private boolean showDuration;
        private TimestampStyle timestamps = TimestampStyle.NONE;
        private boolean relative;
        private int alignColumn = DEFAULT_ALIGN_COLUMN;
        private StatusFilter status = StatusFilter.ALL;
        private boolean pidnsTranslation;
        private DisplayOptions display = DisplayOptions.DEFAULT;

        public Builder followForks(boolean v) {
            followForks = v;
            return this;
        }

        public Builder summary(SummaryMode v) {
            summary = v;
            return this;
        }

        public Builder sortBy(SortKey v) {
            sortBy = v;
            return this;
        }

        public Builder wallClockSummary(boolean v) {
            wallClockSummary = v;
            return this;
        }

        public Builder decode(DecodeOptions v) {
            decode = v;
            return this;
        }

        public Builder filter(SyscallFilter v) {
            filter = v;
            return this;
        }

        public Builder signals(SignalFilter v) {
            signals = v;
            return this;
        }

        public Builder showDuration(boolean v) {
            showDuration = v;
            return this;
        }

        public Builder timestamps(TimestampStyle v) {
            timestamps = v;
            return this;
        }

        public Builder relative(boolean v) {
            relative = v;
            return this;
        }

        public Builder alignColumn(int v) {
            alignColumn = v;
            return this;
        }

        public Builder status(StatusFilter v) {
            status = v;
            return this;
        }

        public Builder pidnsTranslation(boolean v) {
            pidnsTranslation = v;
            return this;
        }

        public Builder display(DisplayOptions v) {
            display = v;
            return this;
        }

        public AnalyzeOptions build() {
            return new AnalyzeOptions(followForks, summary, sortBy, wallClockSummary, decode, filter, signals, showDuration,
                    timestamps, relative, alignColumn, status, pidnsTranslation, display);
        }
    }
}
