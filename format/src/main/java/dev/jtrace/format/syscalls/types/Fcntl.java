package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** fcntl: the third argument depends on the command; F_GETFD/F_GETFL decode their result. */
final class Fcntl implements CustomCall {
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
            F_DUPFD_CLOEXEC = 1030, F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11,
            F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_SETLEASE = 1024, F_GETLEASE = 1025, F_NOTIFY = 1026,
            F_ADD_SEALS = 1033;

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(text(Scalars.FD, c, 0)));
        int cmd = c.intArg(1);
        p.add(entry(c.constant("fcntl", cmd & 0xffffffffL)));
        switch (cmd) {
            case F_SETFD -> p.add(entry(c.constant("fd", c.arg(2) & 0xffffffffL)));
            case F_SETFL -> p.add(entry(c.constant("open", c.arg(2) & 0xffffffffL)));
            case F_DUPFD, F_DUPFD_CLOEXEC, F_SETOWN, F_SETPIPE_SZ -> p.add(entry(Integer.toString(c.intArg(2))));
            case F_SETSIG -> p.add(entry(text(Scalars.SIGNO, c, 2)));
            case F_SETLEASE -> p.add(entry(c.constant("lease", c.arg(2))));
            case F_NOTIFY -> p.add(entry(c.constant("dnotify", c.arg(2))));
            case F_ADD_SEALS -> p.add(entry(c.constant("seals", c.arg(2))));
            case F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETPIPE_SZ, F_GETLEASE -> { }
            default -> p.add(entry(Scalars.hex(c.arg(2))));
        }
        return p;
    }

    @Override
    public String result(CallView c) {
        int cmd = c.intArg(1);
        if (cmd == F_GETFD || cmd == F_GETFL) {
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
        // F_GETFL's 0 is O_RDONLY, which strace names; F_GETFD's 0 has no name
        if (c.succeeded() && (cmd == F_GETFL || cmd == F_GETFD && c.rval() != 0)) {
            return " (flags " + c.constants(cmd == F_GETFD ? "fd" : "open").symbolic(c.rval()) + ")";
        }
        return "";
    }
}
