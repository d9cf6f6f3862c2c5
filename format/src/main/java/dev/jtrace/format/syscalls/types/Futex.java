package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** futex: which arguments follow the operation, and how, depends on the operation. */
final class Futex implements CustomCall {
    private static final int WAIT = 0, WAKE = 1, FD = 2, REQUEUE = 3, CMP_REQUEUE = 4, WAKE_OP = 5, LOCK_PI = 6,
            UNLOCK_PI = 7, TRYLOCK_PI = 8, WAIT_BITSET = 9, WAKE_BITSET = 10, WAIT_REQUEUE_PI = 11,
            CMP_REQUEUE_PI = 12, LOCK_PI2 = 13;
    private static final int PRIVATE_FLAG = 0x80, CLOCK_REALTIME = 0x100;
    private static final String[] WAKE_OPS = {"FUTEX_OP_SET", "FUTEX_OP_ADD", "FUTEX_OP_OR", "FUTEX_OP_ANDN",
        "FUTEX_OP_XOR"};
    private static final String[] WAKE_CMPS = {"FUTEX_OP_CMP_EQ", "FUTEX_OP_CMP_NE", "FUTEX_OP_CMP_LT",
        "FUTEX_OP_CMP_LE", "FUTEX_OP_CMP_GT", "FUTEX_OP_CMP_GE"};

    private final boolean time64;

    Futex(boolean time64) {
        this.time64 = time64;
    }

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        int op = c.intArg(1);
        int cmd = op & ~(PRIVATE_FLAG | CLOCK_REALTIME);
        p.add(entry(CallView.pointer(c.arg(0))));
        p.add(entry(operation(c, op, cmd)));
        String val = Integer.toString(c.intArg(2));
        String val2 = Integer.toString(c.intArg(3));
        String uaddr2 = CallView.pointer(c.arg(4));
        String timeout = text(new PointerType(PointerType.Direction.IN,
                time64 ? TimeStructs.TIMESPEC64 : TimeStructs.TIMESPEC), c, 3);
        switch (cmd) {
            case WAIT -> add(p, val, timeout);
            case WAKE, FD -> add(p, val);
            case REQUEUE -> add(p, val, val2, uaddr2);
            case CMP_REQUEUE, CMP_REQUEUE_PI -> add(p, val, val2, uaddr2, Integer.toString(c.intArg(5)));
            case WAKE_OP -> add(p, val, val2, uaddr2, wakeOp(c.intArg(5)));
            case LOCK_PI, LOCK_PI2 -> add(p, timeout);
            case UNLOCK_PI, TRYLOCK_PI -> { }
            case WAIT_BITSET -> add(p, val, timeout, bitset(c.intArg(5)));
            case WAKE_BITSET -> add(p, val, bitset(c.intArg(5)));
            case WAIT_REQUEUE_PI -> add(p, val, timeout, uaddr2);
            default -> add(p, Scalars.hex(c.arg(2)), Scalars.hex(c.arg(3)), Scalars.hex(c.arg(4)),
                    Scalars.hex(c.arg(5)));
        }
        return p;
    }

    private static void add(List<Printed> p, String... texts) {
        for (String t : texts) {
            p.add(entry(t));
        }
    }

    /** {@code FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME}. */
    private static String operation(CallView c, int op, int cmd) {
        String name = c.constants("futex_cmd").symbolic(cmd & 0xffffffffL);
        if (name == null) {
            return Scalars.hex(op & 0xffffffffL) + " /* FUTEX_??? */";
        }
        return name + ((op & PRIVATE_FLAG) != 0 ? "_PRIVATE" : "")
                + ((op & CLOCK_REALTIME) != 0 ? "|FUTEX_CLOCK_REALTIME" : "");
    }

    private static String bitset(int v) {
        return v == -1 ? "FUTEX_BITSET_MATCH_ANY" : Scalars.hex(v & 0xffffffffL);
    }

    /** {@code FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678}. */
    private static String wakeOp(int v) {
        int op = v >>> 28;
        StringBuilder b = new StringBuilder();
        if ((op & 8) != 0) {
            b.append("FUTEX_OP_OPARG_SHIFT<<28|");
        }
        int o = op & 7;
        b.append(o < WAKE_OPS.length ? WAKE_OPS[o] : Scalars.hex(o)).append("<<28|")
                .append(Scalars.hex((v >> 12) & 0xfff)).append("<<12|");
        int cmp = (v >> 24) & 0xf;
        b.append(cmp < WAKE_CMPS.length ? WAKE_CMPS[cmp] : Scalars.hex(cmp)).append("<<24|")
                .append(Scalars.hex(v & 0xfff));
        return b.toString();
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        int cmd = (int) s.arg(1) & ~(PRIVATE_FLAG | CLOCK_REALTIME);
        boolean timed = cmd == WAIT || cmd == LOCK_PI || cmd == WAIT_BITSET || cmd == WAIT_REQUEUE_PI
                || cmd == LOCK_PI2;
        if (timed && s.arg(3) != 0) {
            s.bytes(3, "", s.arg(3), s.arch() == dev.jtrace.format.Arch.I386 && !time64 ? 8 : 16);
        }
    }
}
