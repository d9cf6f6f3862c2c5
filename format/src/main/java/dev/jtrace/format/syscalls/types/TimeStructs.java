package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.structs.StructView;
import java.util.List;

/** Time structs: timespec, timeval, itimerval/itimerspec, utimensat times, tms. */
public final class TimeStructs {
    private static final long UTIME_NOW = (1L << 30) - 1;

    private static final long UTIME_OMIT = (1L << 30) - 2;

    /** struct timespec, __kernel_timespec or timeval: {@code {tv_sec=1, tv_nsec=2}} ({@code tv_usec} for a timeval). */
    public static String timespec(StructView v) {
        String frac = v.layout().has("tv_usec") ? "tv_usec" : "tv_nsec";
        return "{tv_sec=" + v.get("tv_sec") + ", " + frac + "=" + v.get(frac) + "}";
    }

    private static void timer(StructView v, StringBuilder out) {
        out.append("{it_interval=").append(timespec(v.struct("it_interval"))).append(", it_value=")
                .append(timespec(v.struct("it_value"))).append('}');
    }

    /** utimensat's two times: {@code [UTIME_NOW, UTIME_OMIT]} or {@code [{tv_sec=.., tv_nsec=..}, ...]}. */
    private static void utimens(List<StructView> times, StringBuilder out) {
        out.append('[');
        for (int k = 0; k < times.size(); k++) {
            long nsec = times.get(k).get("tv_nsec");
            out.append(k > 0 ? ", " : "").append(nsec == UTIME_NOW ? "UTIME_NOW" : nsec == UTIME_OMIT ? "UTIME_OMIT"
                    : timespec(times.get(k)));
        }
        out.append(']');
    }

    public static final Pointee TIMESPEC = Pointees.struct("timespec", (c, v, out) -> out.append(timespec(v)));

    /** struct __kernel_timespec: two 64-bit fields in both ABIs. */
    public static final Pointee TIMESPEC64 = Pointees.struct("kernel_timespec", (c, v, out) -> out.append(timespec(v)));

    /** struct __kernel_itimerspec (two 64-bit timespecs). */
    public static final Pointee ITIMERSPEC64 = Pointees.struct("kernel_itimerspec", (c, v, out) -> timer(v, out));

    /** utimensat_time64's two 64-bit timespecs. */
    public static final Pointee UTIMENS64 = Pointees.structArray("kernel_timespec", 2, (c, t, out) -> utimens(t, out));

    public static final Pointee TIMEVAL = Pointees.struct("timeval", (c, v, out) -> out.append(timespec(v)));

    public static final Pointee TIMEZONE = Pointees.struct("timezone", (c, v, out) -> out.append("{tz_minuteswest=")
            .append(v.get("tz_minuteswest")).append(", tz_dsttime=").append(v.get("tz_dsttime")).append('}'));

    public static final Pointee ITIMERVAL = Pointees.struct("itimerval", (c, v, out) -> timer(v, out));

    /** struct itimerspec: interval and value as timespecs of the ABI. */
    public static final Pointee ITIMERSPEC = Pointees.struct("itimerspec", (c, v, out) -> timer(v, out));

    /** utimensat's two timespecs. */
    public static final Pointee UTIMENS = Pointees.structArray("timespec", 2, (c, t, out) -> utimens(t, out));

    /** utimes/futimesat: two timevals. */
    public static final Pointee TIMEVAL_PAIR = Pointees.structArray("timeval", 2, (c, t, out) -> out.append('[')
            .append(timespec(t.get(0))).append(", ").append(timespec(t.get(1))).append(']'));

    /** struct utimbuf. */
    public static final Pointee UTIMBUF = Pointees.struct("utimbuf", (c, v, out) -> out.append("{actime=")
            .append(v.get("actime")).append(", modtime=").append(v.get("modtime")).append('}'));

    /** struct tms: four clock_t, which strace prints zero-extended from the ABI's word. */
    public static final Pointee TMS = Pointees.struct("tms", (c, v, out) -> {
        String sep = "{";
        for (String f : new String[] {"tms_utime", "tms_stime", "tms_cutime", "tms_cstime"}) {
            out.append(sep).append(f).append('=').append(Long.toUnsignedString(c.wordSize() == 4 ? v.get(f) & 0xffffffffL : v.get(f)));
            sep = ", ";
        }
        out.append('}');
    });

    private TimeStructs() {
    }
}
