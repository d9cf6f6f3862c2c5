package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.Signals;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** fcntl: the third argument depends on the command; F_GETFD/F_GETFL decode their result. */
final class Fcntl implements CustomCall {
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
            F_DUPFD_CLOEXEC = 1030, F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11,
            F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_SETLEASE = 1024, F_GETLEASE = 1025, F_NOTIFY = 1026,
            F_ADD_SEALS = 1033, F_GET_SEALS = 1034, F_GETLK = 5, F_SETLK = 6, F_SETLKW = 7, F_GETLK64 = 12,
            F_SETLK64 = 13, F_SETLKW64 = 14, F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38,
            F_SETOWN_EX = 15, F_GETOWN_EX = 16;
    private static final PointerType SET_LOCK = new PointerType(PointerType.Direction.IN, FcntlStructs.FLOCK);
    private static final PointerType GET_LOCK = new PointerType(PointerType.Direction.OUT,
            FcntlStructs.FLOCK_QUERIED);
    private static final PointerType SET_LOCK64 = new PointerType(PointerType.Direction.IN, FcntlStructs.FLOCK64);
    private static final PointerType GET_LOCK64 = new PointerType(PointerType.Direction.OUT,
            FcntlStructs.FLOCK64_QUERIED);
    private static final PointerType SET_OWNER = new PointerType(PointerType.Direction.IN, FcntlStructs.F_OWNER_EX);
    private static final PointerType GET_OWNER = new PointerType(PointerType.Direction.OUT,
            FcntlStructs.F_OWNER_EX);

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(text(Scalars.FD, c, 0)));
        int cmd = c.intArg(1);
        p.add(entry(c.constant("fcntl", cmd & 0xffffffffL)));
        PointerType struct = structArgument(c.description().name(), c.arch(), cmd);
        if (struct != null) {
            p.add(new Printed(text(struct, c, 2), struct.printsAtExit()));
            return p;
        }
        switch (cmd) {
            case F_SETFD -> p.add(entry(c.constant("fd", c.arg(2) & 0xffffffffL)));
            case F_SETFL -> p.add(entry(c.constant("open", c.arg(2) & 0xffffffffL)));
            case F_DUPFD, F_DUPFD_CLOEXEC, F_SETOWN, F_SETPIPE_SZ -> p.add(entry(Integer.toString(c.intArg(2))));
            case F_SETSIG -> p.add(entry(text(Scalars.SIGNO, c, 2)));
            case F_SETLEASE -> p.add(entry(c.constant("lease", c.arg(2))));
            case F_NOTIFY -> p.add(entry(c.constant("dnotify", c.arg(2))));
            case F_ADD_SEALS -> p.add(entry(c.constant("seals", c.arg(2))));
            case F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETPIPE_SZ, F_GETLEASE, F_GET_SEALS -> { }
            default -> p.add(entry(Scalars.hex(c.arg(2))));
        }
        return p;
    }

    /**
     * The struct behind the third argument, or null when it is a number: i386's fcntl64 takes the 64-bit lock for
     * its *LK64 and OFD commands, every other ABI and command the native struct flock.
     */
    private static PointerType structArgument(String syscall, Arch arch, int cmd) {
        boolean lock64 = arch == Arch.I386 && syscall.equals("fcntl64");
        return switch (cmd) {
            case F_SETLK, F_SETLKW -> SET_LOCK;
            case F_GETLK -> GET_LOCK;
            case F_SETLK64, F_SETLKW64 -> lock64 ? SET_LOCK64 : null;
            case F_GETLK64 -> lock64 ? GET_LOCK64 : null;
            case F_OFD_SETLK, F_OFD_SETLKW -> lock64 ? SET_LOCK64 : SET_LOCK;
            case F_OFD_GETLK -> lock64 ? GET_LOCK64 : GET_LOCK;
            case F_SETOWN_EX -> SET_OWNER;
            case F_GETOWN_EX -> GET_OWNER;
            default -> null;
        };
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        PointerType struct = structArgument(s.description().name(), s.arch(), (int) s.arg(1));
        if (struct != null) {
            struct.captureAtEntry(s, 2);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        PointerType struct = structArgument(s.description().name(), s.arch(), (int) s.arg(1));
        if (struct != null) {
            struct.captureAtExit(s, 2);
        }
    }

    @Override
    public String result(CallView c) {
        int cmd = c.intArg(1);
        if (cmd == F_GETFD || cmd == F_GETFL || cmd == F_GET_SEALS || cmd == F_GETLEASE) {
            return Scalars.hex(c.rval());
        }
        if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
            StringBuilder b = new StringBuilder();
            Scalars.fd(c, (int) c.rval(), b);
            return b.toString();
        }
        return null;
    }

    @Override
    public String resultSuffix(CallView c) {
        int cmd = c.intArg(1);
        if (!c.succeeded()) {
            return "";
        }
        switch (cmd) {
            case F_GETSIG:
                String name = Signals.name((int) c.rval());
                return name == null ? "" : " (" + name + ")";
            case F_GET_SEALS:
                return " (seals " + c.constants("seals").symbolic(c.rval()) + ")";
            case F_GETLEASE:
                return " (" + c.constants("lease").symbolic(c.rval()) + ")";
            default:
                break;
        }
        // F_GETFL's 0 is O_RDONLY, which strace names; F_GETFD's 0 has no name
        if (c.succeeded() && (cmd == F_GETFL || cmd == F_GETFD && c.rval() != 0)) {
            // F_GETFD's flags follow -X, F_GETFL's do not
            return " (flags " + (cmd == F_GETFD ? c.constant("fd", c.rval()) : c.constants("open").symbolic(c.rval()))
                    + ")";
        }
        return "";
    }
}
