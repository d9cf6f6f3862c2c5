package dev.jtrace.format.syscalls.types;

import java.util.List;

/**
 * A call whose arguments print as its description says and whose only custom part is the text after the return
 * value: poll's revents, select's ready sets, the time left in a timeout the kernel wrote back.
 */
interface ResultSuffixCall extends CustomCall {
    @Override
    default List<Printed> arguments(CallView call) {
        return null;
    }

    @Override
    default boolean genericArguments() {
        return true;
    }

    @Override
    String resultSuffix(CallView call);

    /**
     * The time the kernel left in timeout argument {@code arg} (struct {@code struct}, read at exit):
     * {@code {tv_sec=0, tv_nsec=999}}; null when the argument is NULL or was not read.
     */
    static String timeLeft(CallView c, int arg, String struct) {
        if (c.arg(arg) == 0) {
            return null;
        }
        var left = c.exitCapture(arg, "");
        if (left == null || !left.readable()) {
            return null;
        }
        try {
            return TimeStructs.timespec(c.struct(struct, left));
        } catch (StructReader.Short e) {
            return null;
        }
    }

    /** timespec, or kernel_timespec for the {@code _time64} calls. */
    static String timespecOf(CallView c) {
        return c.description().name().endsWith("_time64") ? "kernel_timespec" : "timespec";
    }
}
