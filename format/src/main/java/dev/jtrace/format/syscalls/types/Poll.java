package dev.jtrace.format.syscalls.types;

/** poll/ppoll: the generic arguments plus the revents (and ppoll's time left) after the return value. */
final class Poll implements ResultSuffixCall {
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
        if (!c.description().name().startsWith("ppoll")) {
            return null;
        }
        return ResultSuffixCall.timeLeft(c, 2, ResultSuffixCall.timespecOf(c));
    }
}
