package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/** poll/ppoll: the generic arguments plus the revents (and ppoll's time left) after the return value. */
final class Poll implements CustomCall {
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
        if (c.rval() == 0) {
            return " (Timeout)";
        }
        if (!c.options().dereference()) {
            return ""; // -e verbose= leaves the call out: no revents
        }
        String fds = IoStructs.pollResult(c, 0, "nfds");
        String left = timeLeft(c);
        if (left == null || !fds.endsWith(")")) {
            return fds;
        }
        return fds.substring(0, fds.length() - 1) + ", left " + left + ")";
    }

    /** ppoll's remaining time, which the kernel wrote back into its timeout: {@code {tv_sec=0, tv_nsec=999}}. */
    private static String timeLeft(CallView c) {
        if (!c.description().name().startsWith("ppoll") || c.arg(2) == 0) {
            return null;
        }
        var cap = c.exitCapture(2, "");
        if (cap == null || !cap.readable()) {
            return null;
        }
        try {
            return TimeStructs.timespec(c.struct(c.description().name().equals("ppoll_time64") ? "kernel_timespec"
                    : "timespec", cap));
        } catch (StructReader.Short e) {
            return null;
        }
    }
}
