package dev.jtrace.format.syscalls.types;

/**
 * recvmmsg / recvmmsg_time64: the generic arguments, then {@code (Timeout)} when no message came, or the time the
 * kernel left in the timeout ({@code (left {tv_sec=0, tv_nsec=0})}), which its description captures at exit
 * ({@code inout<timespec>}).
 */
final class Recvmmsg implements ResultSuffixCall {
    private static final int TIMEOUT = 4;

    @Override
    public String resultSuffix(CallView c) {
        if (!c.succeeded()) {
            return "";
        }
        if (c.rval() == 0) {
            return " (Timeout)";
        }
        String left = ResultSuffixCall.timeLeft(c, TIMEOUT, ResultSuffixCall.timespecOf(c));
        return left == null ? "" : " (left " + left + ")";
    }
}
