package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** prctl: the arguments after the option depend on the option. */
final class Prctl implements CustomCall {
    private static final int PR_SET_NAME = 15, PR_GET_NAME = 16, PR_SET_PDEATHSIG = 1, PR_GET_DUMPABLE = 3,
            PR_SET_DUMPABLE = 4, PR_SET_NO_NEW_PRIVS = 38, PR_GET_NO_NEW_PRIVS = 39, PR_CAPBSET_READ = 23;

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        int option = c.intArg(0);
        p.add(entry(c.constant("prctl", option & 0xffffffffL)));
        switch (option) {
            case PR_SET_NAME -> p.add(entry(text(Strings.string(false), c, 1)));
            case PR_GET_NAME -> p.add(new Printed(threadName(c), true));
            case PR_SET_PDEATHSIG -> p.add(entry(text(Scalars.SIGNO, c, 1)));
            case PR_SET_DUMPABLE, PR_CAPBSET_READ -> p.add(entry(Long.toUnsignedString(c.arg(1))));
            case PR_SET_NO_NEW_PRIVS -> {
                for (int k = 1; k < 5; k++) {
                    p.add(entry(Long.toUnsignedString(c.arg(k))));
                }
            }
            case PR_GET_DUMPABLE, PR_GET_NO_NEW_PRIVS -> { }
            default -> {
                for (int k = 1; k < 5; k++) {
                    p.add(entry(Scalars.hex(c.arg(k))));
                }
            }
        }
        return p;
    }

    private static String threadName(CallView c) {
        var cap = c.exitCapture(1, "");
        if (!c.succeeded() || cap == null || !cap.readable()) {
            return CallView.pointer(c.arg(1));
        }
        byte[] d = cap.data();
        int n = 0;
        while (n < d.length && d[n] != 0) {
            n++;
        }
        StringBuilder b = new StringBuilder();
        Strings.quoted(c, new dev.jtrace.format.Capture(1, "", cap.address(), java.util.Arrays.copyOf(d, n), n, 0),
                n, true, false, c.options().stringLimit(), b);
        return b.toString();
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        if ((int) s.arg(0) == PR_SET_NAME && s.arg(1) != 0) {
            s.string(1, "", s.arg(1), s.snap());
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        if ((int) s.arg(0) == PR_GET_NAME && s.arg(1) != 0 && !s.failed()) {
            s.bytes(1, "", s.arg(1), 16);
        }
    }
}
