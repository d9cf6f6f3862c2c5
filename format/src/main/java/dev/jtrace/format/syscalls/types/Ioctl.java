package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** ioctl: the request by name or as {@code _IOC(dir, type, nr, size)}, the argument by what the request takes. */
final class Ioctl implements CustomCall {
    private static final int FIONREAD = 0x541b, TIOCGWINSZ = 0x5413, TIOCGPGRP = 0x540f, TIOCSPGRP = 0x5410;
    private static final Set<Integer> DECIMAL_ARG = Set.of(0x40049409, 0x5409, 0x540a, 0x540b, 0x540e);
    private static final Set<Integer> INT_IN = Set.of(0x5421, 0x5452, TIOCSPGRP, 0x5423);
    private static final Set<Integer> INT_OUT = Set.of(FIONREAD, 0x5411, TIOCGPGRP, 0x5424, 0x80045430, 0x5415);
    /** Requests whose argument is a struct strace does not decode here (termios, winsize to set): an address. */
    private static final Set<Integer> POINTER_ARG = Set.of(0x5401, 0x5402, 0x5403, 0x5404, 0x5405, 0x5406, 0x5407,
            0x5408, 0x5414);
    private static final ArgType IN_INT = new PointerType(PointerType.Direction.IN, Pointees.value(4, 4, true));
    private static final ArgType OUT_INT = new PointerType(PointerType.Direction.OUT, Pointees.value(4, 4, true));
    private static final ArgType OUT_WINSIZE = new PointerType(PointerType.Direction.OUT, ProcessStructs.WINSIZE);

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(text(Scalars.FD, c, 0)));
        int req = (int) c.arg(1);
        String name = c.constants("ioctl").symbolic(req & 0xffffffffL);
        Constants mode = c.options().constants();
        if (name == null && mode == Constants.VERBOSE) {
            p.add(entry(Scalars.hex(req & 0xffffffffL) + " /* " + ioc(req) + " */"));
        } else if (name == null && mode == Constants.ABBREV) {
            p.add(entry(ioc(req)));
        } else {
            p.add(entry(c.constant("ioctl", req & 0xffffffffL)));
        }
        if (INT_IN.contains(req)) {
            p.add(entry(text(IN_INT, c, 2)));
        } else if (INT_OUT.contains(req)) {
            p.add(new Printed(text(OUT_INT, c, 2), true));
        } else if (req == TIOCGWINSZ) {
            p.add(new Printed(text(OUT_WINSIZE, c, 2), true));
        } else if (POINTER_ARG.contains(req)) {
            p.add(entry(CallView.pointer(c.arg(2))));
        } else if (DECIMAL_ARG.contains(req)) {
            p.add(entry(Long.toString(c.longArg(2))));
        } else {
            p.add(entry(Scalars.hex(c.arg(2))));
        }
        return p;
    }

    /** {@code _IOC(_IOC_READ|_IOC_WRITE, 0x54, 0x99, 0x4)}: the fields of an unknown request. */
    static String ioc(int req) {
        int dir = req >>> 30;
        String d = switch (dir) {
            case 0 -> "_IOC_NONE";
            case 1 -> "_IOC_WRITE";
            case 2 -> "_IOC_READ";
            default -> "_IOC_READ|_IOC_WRITE";
        };
        return "_IOC(" + d + ", " + Scalars.hex((req >> 8) & 0xff) + ", " + Scalars.hex(req & 0xff) + ", "
                + Scalars.hex((req >> 16) & 0x3fff) + ")";
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        if (INT_IN.contains((int) s.arg(1))) {
            IN_INT.captureAtEntry(s, 2);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        int req = (int) s.arg(1);
        if (INT_OUT.contains(req)) {
            OUT_INT.captureAtExit(s, 2);
        } else if (req == TIOCGWINSZ) {
            OUT_WINSIZE.captureAtExit(s, 2);
        }
    }
}
