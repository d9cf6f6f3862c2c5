package dev.jtrace.format.syscalls.types;

/** Time structs: timespec, timeval, itimerval/itimerspec, utimensat times, tms. */
public final class TimeStructs {
    private static final long UTIME_NOW = (1L << 30) - 1;

    private static final long UTIME_OMIT = (1L << 30) - 2;

    /** struct timespec / timeval ({@code tv_nsec} / {@code tv_usec}), native longs of the ABI. */
    public static String timespec(StructReader r, int off, String frac) {
        int w = r.wordSize();
        return "{tv_sec=" + r.sword(off) + ", " + frac + "=" + r.sword(off + w) + "}";
    }

    public static final Pointee TIMESPEC = Pointees.fixed(16, 8, (c, r, out) -> out.append(timespec(r, 0, "tv_nsec")));

    /** struct __kernel_timespec: two 64-bit fields in both ABIs. */
    public static final Pointee TIMESPEC64 = Pointees.fixed(16, 16, (c, r, out) -> out.append("{tv_sec=").append(r.s64(0))
            .append(", tv_nsec=").append(r.s64(8)).append('}'));

    private static String timespec64(StructReader r, int off) {
        return "{tv_sec=" + r.s64(off) + ", tv_nsec=" + r.s64(off + 8) + "}";
    }

    /** struct __kernel_itimerspec (two 64-bit timespecs). */
    public static final Pointee ITIMERSPEC64 = Pointees.fixed(32, 32, (c, r, out) -> out.append("{it_interval=")
            .append(timespec64(r, 0)).append(", it_value=").append(timespec64(r, 16)).append('}'));

    /** utimensat_time64's two 64-bit timespecs. */
    public static final Pointee UTIMENS64 = Pointees.fixed(32, 32, (c, r, out) -> {
        out.append('[');
        for (int k = 0; k < 2; k++) {
            long nsec = r.s64(16 * k + 8);
            out.append(k > 0 ? ", " : "").append(nsec == UTIME_NOW ? "UTIME_NOW" : nsec == UTIME_OMIT ? "UTIME_OMIT"
                    : timespec64(r, 16 * k));
        }
        out.append(']');
    });

    public static final Pointee TIMEVAL = Pointees.fixed(16, 8, (c, r, out) -> out.append(timespec(r, 0, "tv_usec")));

    public static final Pointee TIMEZONE = Pointees.fixed(8, 8, (c, r, out) -> out.append("{tz_minuteswest=").append(r.s32(0))
            .append(", tz_dsttime=").append(r.s32(4)).append('}'));

    public static final Pointee ITIMERVAL = Pointees.fixed(32, 16, (c, r, out) -> out.append("{it_interval=")
            .append(timespec(r, 0, "tv_usec")).append(", it_value=").append(timespec(r, 2 * r.wordSize(), "tv_usec"))
            .append('}'));

    /** struct itimerspec: interval and value as timespecs of the ABI. */
    public static final Pointee ITIMERSPEC = Pointees.fixed(32, 16, (c, r, out) -> out.append("{it_interval=")
            .append(timespec(r, 0, "tv_nsec")).append(", it_value=").append(timespec(r, 2 * r.wordSize(), "tv_nsec"))
            .append('}'));

    /** utimensat's two timespecs: {@code [UTIME_NOW, UTIME_OMIT]} or {@code [{tv_sec=.., tv_nsec=..}, ...]}. */
    public static final Pointee UTIMENS = Pointees.fixed(32, 16, (c, r, out) -> {
        int w = r.wordSize();
        out.append('[');
        for (int k = 0; k < 2; k++) {
            long nsec = r.sword(2 * w * k + w);
            out.append(k > 0 ? ", " : "").append(nsec == UTIME_NOW ? "UTIME_NOW" : nsec == UTIME_OMIT ? "UTIME_OMIT"
                    : timespec(r, 2 * w * k, "tv_nsec"));
        }
        out.append(']');
    });

    /** utimes/futimesat: two timevals. */
    public static final Pointee TIMEVAL_PAIR = Pointees.fixed(32, 16, (c, r, out) -> out.append('[')
            .append(timespec(r, 0, "tv_usec")).append(", ").append(timespec(r, 2 * r.wordSize(), "tv_usec")).append(']'));

    /** struct utimbuf. */
    public static final Pointee UTIMBUF = Pointees.fixed(16, 8, (c, r, out) -> out.append("{actime=").append(r.sword(0))
            .append(", modtime=").append(r.sword(r.wordSize())).append('}'));

    /** struct tms: four clock_t. */
    public static final Pointee TMS = Pointees.fixed(32, 16, (c, r, out) -> {
        int w = r.wordSize();
        out.append("{tms_utime=").append(r.word(0)).append(", tms_stime=").append(r.word(w))
                .append(", tms_cutime=").append(r.word(2 * w)).append(", tms_cstime=").append(r.word(3 * w)).append('}');
    });

    private TimeStructs() {
    }
}
