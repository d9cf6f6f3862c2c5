package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/**
 * recvmmsg / recvmmsg_time64: the generic arguments, then {@code (Timeout)} when no message came, or the time the
 * kernel left in the timeout ({@code (left {tv_sec=0, tv_nsec=0})}), which its description captures at exit
 * ({@code inout<timespec>}).
 */
final class Recvmmsg implements CustomCall {
    private static final int TIMEOUT = 4;

    @Override
    public List<Printed> arguments(CallView c) {
        return null;
    }

    @Override
    public boolean genericArguments() {
        return true;
    }

    @Override
    public String resultSuffix(CallView c) {
        if (!c.succeeded()) {
            return "";
        }
        if (c.rval() == 0) {
            return " (Timeout)";
        }
        Capture left = c.arg(TIMEOUT) == 0 ? null : c.exitCapture(TIMEOUT, "");
        if (left == null || !left.readable()) {
            return "";
        }
        Pointee time = c.description().name().endsWith("_time64") ? TimeStructs.TIMESPEC64 : TimeStructs.TIMESPEC;
        StringBuilder b = new StringBuilder(" (left ");
        try {
            time.print(c, TIMEOUT, left, b);
        } catch (StructReader.Short e) {
            return "";
        }
        return b.append(')').toString();
    }
}
