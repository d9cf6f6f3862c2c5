package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/** select/pselect6: generic arguments; the result lists the ready fds and the time left. */
final class Select implements CustomCall {
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
        var left = c.exitCapture(4, "");
        if (c.arg(4) != 0 && !c.options().dereference()) {
            // -e verbose= leaves the call out: the ready fds still print, the time left as its address
            b.append(first ? "" : ", ").append("left ").append(CallView.pointer(c.arg(4)));
            first = false;
        } else if (c.arg(4) != 0 && left != null && left.readable()) {
            try {
                String name = c.description().name();
                String t = TimeStructs.timespec(c.struct(name.endsWith("_time64") ? "kernel_timespec"
                        : name.endsWith("select") ? "timeval" : "timespec", left));
                b.append(first ? "" : ", ").append("left ").append(t);
                first = false;
            } catch (StructReader.Short e) {
                // the time left is not printed when it could not be read
            }
        }
        return first ? "" : b.append(')').toString();
    }
}
