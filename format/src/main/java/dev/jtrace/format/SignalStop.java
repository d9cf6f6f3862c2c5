package dev.jtrace.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A signal-delivery stop, with the full siginfo_t (128 bytes, x86_64 layout, as PTRACE_GETSIGINFO
 * returns it; for a 32-bit tracee too, since the tracer is 64-bit).
 */
public record SignalStop(int tid, long time, int signo, byte[] siginfo) implements Stop {
    public static final int SIGINFO_SIZE = 128;

    public SignalStop {
        siginfo = siginfo.clone();
    }

    @Override
    public byte[] siginfo() {
        return siginfo.clone();
    }

    /** siginfo_t as a little-endian buffer (si_signo at 0, si_errno at 4, si_code at 8, the union at 16). */
    public ByteBuffer siginfoBuffer() {
        return ByteBuffer.wrap(siginfo).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignalStop s && tid == s.tid && time == s.time && signo == s.signo
                && Arrays.equals(siginfo, s.siginfo);
    }

    @Override
    public int hashCode() {
        return (tid * 31 + Long.hashCode(time)) * 31 + signo;
    }

    @Override
    public String toString() {
        return "SignalStop[tid=" + tid + ", time=" + time + ", signo=" + signo + "]";
    }
}
