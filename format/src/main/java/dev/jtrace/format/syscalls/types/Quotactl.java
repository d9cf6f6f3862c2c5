package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * quotactl / quotactl_fd: which of id and addr print, and what addr is, depend on the command: Q_SYNC and
 * Q_QUOTAOFF take neither; Q_QUOTAON a quota format and a path; Q_GETFMT, Q_GETINFO, Q_SETINFO no id; Q_GETQUOTA,
 * Q_SETQUOTA, Q_GETNEXTQUOTA an id and a struct if_dqblk / if_nextdqblk. Other commands (XFS's among them) print the
 * id and the address.
 */
final class Quotactl implements CustomCall {
    private static final int ID = 2, ADDR = 3;
    private static final int Q_SYNC = 0x800001, Q_QUOTAON = 0x800002, Q_QUOTAOFF = 0x800003, Q_GETFMT = 0x800004,
            Q_GETINFO = 0x800005, Q_SETINFO = 0x800006, Q_GETQUOTA = 0x800007, Q_SETQUOTA = 0x800008,
            Q_GETNEXTQUOTA = 0x800009;
    private static final ArgType PATH = Strings.string(true);
    private static final ArgType FORMAT = new PointerType(Direction.OUT, QuotaStructs.FORMAT);
    private static final ArgType GET_INFO = new PointerType(Direction.OUT, QuotaStructs.DQINFO);
    private static final ArgType SET_INFO = new PointerType(Direction.IN, QuotaStructs.DQINFO);
    private static final ArgType GET_QUOTA = new PointerType(Direction.OUT, QuotaStructs.DQBLK);
    private static final ArgType SET_QUOTA = new PointerType(Direction.IN, QuotaStructs.DQBLK);
    private static final ArgType NEXT_QUOTA = new PointerType(Direction.OUT, QuotaStructs.NEXTDQBLK);

    private final boolean byFd;

    /** {@code byFd}: quotactl_fd(fd, cmd, id, addr) rather than quotactl(cmd, special, id, addr). */
    Quotactl(boolean byFd) {
        this.byFd = byFd;
    }

    /** The command of a QCMD(command, type) argument. */
    private static int command(long qcmd) {
        return (int) ((qcmd & 0xffffffffL) >>> 8);
    }

    private int commandArg() {
        return byFd ? 1 : 0;
    }

    private static ArgType addr(int command) {
        return switch (command) {
            case Q_QUOTAON -> PATH;
            case Q_GETFMT -> FORMAT;
            case Q_GETINFO -> GET_INFO;
            case Q_SETINFO -> SET_INFO;
            case Q_GETQUOTA -> GET_QUOTA;
            case Q_SETQUOTA -> SET_QUOTA;
            case Q_GETNEXTQUOTA -> NEXT_QUOTA;
            default -> null;
        };
    }

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        if (byFd) {
            p.add(entry(text(Scalars.FD, c, 0)));
            p.add(entry(text(Scalars.QUOTA_COMMAND, c, 1)));
        } else {
            p.add(entry(text(Scalars.QUOTA_COMMAND, c, 0)));
            p.add(entry(text(PATH, c, 1)));
        }
        int command = command(c.arg(commandArg()));
        if (command == Q_SYNC || command == Q_QUOTAOFF) {
            return p;
        }
        if (command == Q_QUOTAON) {
            p.add(entry(c.constant("quota_format", c.arg(ID) & 0xffffffffL)));
        } else if (command != Q_GETFMT && command != Q_GETINFO && command != Q_SETINFO) {
            p.add(entry(Integer.toString(c.intArg(ID))));
        }
        ArgType addr = addr(command);
        p.add(addr == null ? entry(CallView.pointer(c.arg(ADDR)))
                : new Printed(text(addr, c, ADDR), addr.printsAtExit()));
        return p;
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        if (!byFd) {
            PATH.captureAtEntry(s, 1);
        }
        ArgType addr = addr(command(s.arg(commandArg())));
        if (addr != null) {
            addr.captureAtEntry(s, ADDR);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        ArgType addr = addr(command(s.arg(commandArg())));
        if (addr != null) {
            addr.captureAtExit(s, ADDR);
        }
    }
}
