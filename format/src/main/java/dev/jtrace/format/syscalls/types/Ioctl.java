package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ioctl: the request by name or as {@code _IOC(dir, type, nr, size)}, the argument by what the request takes. */
final class Ioctl implements CustomCall {
    private static final int TCSBRK = 0x5409, TCXONC = 0x540a, TCFLSH = 0x540b;
    private static final Set<Integer> DECIMAL_ARG = Set.of(0x40049409, TCSBRK, 0x540e);
    private static final ArgType IN_INT = in(Pointees.value(4, 4, true));
    private static final ArgType OUT_INT = out(Pointees.value(4, 4, true));
    private static final ArgType IN_TERMIOS = in(TtyStructs.TERMIOS), OUT_TERMIOS = out(TtyStructs.TERMIOS);
    private static final ArgType IN_TERMIOS2 = in(TtyStructs.TERMIOS2), OUT_TERMIOS2 = out(TtyStructs.TERMIOS2);
    private static final ArgType IN_TERMIO = in(TtyStructs.TERMIO), OUT_TERMIO = out(TtyStructs.TERMIO);
    /** Requests whose argument points to something strace decodes, by request number. */
    private static final Map<Integer, ArgType> TYPED = Map.ofEntries(
            Map.entry(0x5421, IN_INT), Map.entry(0x5452, IN_INT), Map.entry(0x5410, IN_INT), // FIONBIO FIOASYNC TIOCSPGRP
            Map.entry(0x5423, IN_INT), Map.entry(0x5420, IN_INT), Map.entry(0x40045431, IN_INT), // TIOCSETD TIOCPKT TIOCSPTLCK
            Map.entry(0x541b, OUT_INT), Map.entry(0x5411, OUT_INT), Map.entry(0x540f, OUT_INT), // FIONREAD TIOCOUTQ TIOCGPGRP
            Map.entry(0x5424, OUT_INT), Map.entry(0x80045430, OUT_INT), Map.entry(0x5415, OUT_INT), // TIOCGETD TIOCGPTN TIOCMGET
            Map.entry(0x80045440, OUT_INT), Map.entry(0x5429, OUT_INT), // TIOCGEXCL TIOCGSID
            Map.entry(0x5401, OUT_TERMIOS), Map.entry(0x5456, OUT_TERMIOS), // TCGETS TIOCGLCKTRMIOS
            Map.entry(0x5402, IN_TERMIOS), Map.entry(0x5403, IN_TERMIOS), Map.entry(0x5404, IN_TERMIOS),
            Map.entry(0x5457, IN_TERMIOS), // TCSETS TCSETSW TCSETSF TIOCSLCKTRMIOS
            Map.entry(0x802c542a, OUT_TERMIOS2), Map.entry(0x402c542b, IN_TERMIOS2), Map.entry(0x402c542c, IN_TERMIOS2),
            Map.entry(0x402c542d, IN_TERMIOS2), // TCGETS2 TCSETS2 TCSETSW2 TCSETSF2
            Map.entry(0x5405, OUT_TERMIO), Map.entry(0x5406, IN_TERMIO), Map.entry(0x5407, IN_TERMIO),
            Map.entry(0x5408, IN_TERMIO), // TCGETA TCSETA TCSETAW TCSETAF
            Map.entry(0x5413, out(ProcessStructs.WINSIZE)), Map.entry(0x5414, in(ProcessStructs.WINSIZE)));
    /** Requests without an argument: strace prints none. */
    private static final Set<Integer> NO_ARG = Set.of(0x540c, 0x540d, 0x5451, 0x5450, 0x5422, 0x5427, 0x5428,
            0x5437); // TIOCEXCL TIOCNXCL FIOCLEX FIONCLEX TIOCNOTTY TIOCSBRK TIOCCBRK TIOCVHANGUP

    private static ArgType in(Pointee p) {
        return new PointerType(PointerType.Direction.IN, p);
    }

    private static ArgType out(Pointee p) {
        return new PointerType(PointerType.Direction.OUT, p);
    }

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
        ArgType typed = TYPED.get(req);
        if (typed != null) {
            p.add(new Printed(text(typed, c, 2), typed.printsAtExit()));
        } else if (NO_ARG.contains(req)) {
            return p;
        } else if (req == TCFLSH || req == TCXONC) {
            p.add(entry(c.constant(req == TCFLSH ? "tcflsh" : "tcxonc", c.arg(2) & 0xffffffffL)));
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
        ArgType typed = TYPED.get((int) s.arg(1));
        if (typed != null) {
            typed.captureAtEntry(s, 2);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        ArgType typed = TYPED.get((int) s.arg(1));
        if (typed != null) {
            typed.captureAtExit(s, 2);
        }
    }
}
