package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.structs.StructView;

/**
 * adjtimex's and clock_adjtime's {@code struct timex} and i386 clock_adjtime64's {@code struct __kernel_timex} (the
 * same fields in 64 bits): every field, modes and status symbolically.
 */
final class TimexStructs {
    private TimexStructs() {
    }

    static final Pointee TIMEX = Pointees.struct("timex", TimexStructs::print);
    static final Pointee TIMEX64 = Pointees.struct("kernel_timex", TimexStructs::print);

    private static void print(CallView c, StructView v, StringBuilder out) {
        StructView time = v.struct("time");
        out.append("{modes=").append(c.constant("adjtimex_modes", v.get("modes")))
                .append(", offset=").append(v.get("offset")).append(", freq=").append(v.get("freq"))
                .append(", maxerror=").append(v.get("maxerror")).append(", esterror=").append(v.get("esterror"))
                .append(", status=").append(c.constant("adjtimex_status", v.get("status") & 0xffffffffL))
                .append(", constant=").append(v.get("constant")).append(", precision=").append(v.get("precision"))
                .append(", tolerance=").append(v.get("tolerance"))
                .append(", time={tv_sec=").append(time.get("tv_sec")).append(", tv_usec=").append(time.get("tv_usec"))
                .append("}, tick=").append(v.get("tick")).append(", ppsfreq=").append(v.get("ppsfreq"))
                .append(", jitter=").append(v.get("jitter")).append(", shift=").append(v.get("shift"))
                .append(", stabil=").append(v.get("stabil")).append(", jitcnt=").append(v.get("jitcnt"))
                .append(", calcnt=").append(v.get("calcnt")).append(", errcnt=").append(v.get("errcnt"))
                .append(", stbcnt=").append(v.get("stbcnt")).append(", tai=").append(v.get("tai")).append('}');
    }
}
