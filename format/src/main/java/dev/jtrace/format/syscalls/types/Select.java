package dev.jtrace.format.syscalls.types;

/** select/pselect6: generic arguments; the result lists the ready fds and the time left. */
final class Select implements ResultSuffixCall {
    @Override
    public String resultSuffix(CallView c) {
        if (c.rval() == 0) {
            return " (Timeout)";
        }
        StringBuilder b = new StringBuilder(" (");
        String[] names = {"in", "out", "except"};
        boolean first = true;
        for (int k = 0; k < 3; k++) {
            var cap = c.exitCapture(k + 1, "");
            if (c.arg(k + 1) == 0 || cap == null || !cap.readable()) {
                continue;
            }
            StringBuilder set = new StringBuilder();
            StructReader r = new StructReader(cap, c.arch());
            boolean any = false;
            for (int fd = 0; fd < c.intArg(0) && fd / 8 < r.size(); fd++) {
                if ((r.u8(fd / 8) >> (fd % 8) & 1) != 0) {
                    set.append(any ? " " : "");
                    Scalars.fd(c, fd, set);
                    any = true;
                }
            }
            if (any) {
                b.append(first ? "" : ", ").append(names[k]).append(" [").append(set).append(']');
                first = false;
            }
        }
        if (c.arg(4) != 0 && !c.options().dereference()) {
            // -e verbose= leaves the call out: the ready fds still print, the time left as its address
            b.append(first ? "" : ", ").append("left ").append(CallView.pointer(c.arg(4)));
            first = false;
        } else {
            String name = c.description().name();
            String left = ResultSuffixCall.timeLeft(c, 4, name.endsWith("_time64") ? "kernel_timespec"
                    : name.endsWith("select") ? "timeval" : "timespec");
            if (left != null) {
                b.append(first ? "" : ", ").append("left ").append(left);
                first = false;
            }
        }
        return first ? "" : b.append(')').toString();
    }
}
