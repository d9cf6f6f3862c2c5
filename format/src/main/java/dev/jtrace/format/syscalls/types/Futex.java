package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.decode.DecodeOptions;
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
            case WAKE_OP -> add(p, val, val2, uaddr2, wakeOp(c.intArg(5), c.options().constants()));
            case LOCK_PI, LOCK_PI2 -> add(p, timeout);
            case UNLOCK_PI, TRYLOCK_PI -> { }
            case WAIT_BITSET -> add(p, val, timeout, bitset(c.intArg(5), c.options().constants()));
            case WAKE_BITSET -> add(p, val, bitset(c.intArg(5), c.options().constants()));
            case WAIT_REQUEUE_PI -> add(p, val, timeout, uaddr2);
            // an operation strace does not know: the value, two pointers and val3 as a number
            default -> add(p, val, CallView.pointer(c.arg(3)), uaddr2, Scalars.hex(c.intArg(5) & 0xffffffffL));
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
        String hex = Scalars.hex(op & 0xffffffffL);
        return switch (c.options().constants()) {
            case RAW -> hex;
            case VERBOSE -> {
                String sym = symbolic(c, op, cmd);
                yield sym.startsWith("0x") ? sym : hex + " /* " + sym + " */";
            }
            default -> symbolic(c, op, cmd);
        };
    }

    private static String symbolic(CallView c, int op, int cmd) {
        String name = c.constants("futex_cmd").symbolic(cmd & 0xffffffffL);
        if (name == null) {
            return Scalars.hex(op & 0xffffffffL) + " /* FUTEX_??? */";
        }
        return name + ((op & PRIVATE_FLAG) != 0 ? "_PRIVATE" : "")
                + ((op & CLOCK_REALTIME) != 0 ? "|FUTEX_CLOCK_REALTIME" : "");
    }

    private static String bitset(int v, DecodeOptions.Constants mode) {
        String hex = Scalars.hex(v & 0xffffffffL);
        if (v != -1) {
            return hex;
        }
        return switch (mode) {
            case RAW -> hex;
            case VERBOSE -> hex + " /* FUTEX_BITSET_MATCH_ANY */";
            default -> "FUTEX_BITSET_MATCH_ANY";
        };
    }

    /**
     * {@code FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678}; strace comments an unknown operation or
     * comparison after its shift ({@code 0x7<<28 /* FUTEX_OP_??? *}{@code /}), and under -X raw every one.
     */
    private static String wakeOp(int v, DecodeOptions.Constants mode) {
        int op = v >>> 28;
        StringBuilder b = new StringBuilder();
        if ((op & 8) != 0) {
            b.append("FUTEX_OP_OPARG_SHIFT<<28|");
        }
        field(op & 7, WAKE_OPS, "FUTEX_OP_???", "<<28", mode, b);
        b.append('|').append(Scalars.hex((v >> 12) & 0xfff)).append("<<12|");
        field((v >> 24) & 0xf, WAKE_CMPS, "FUTEX_OP_CMP_???", "<<24", mode, b);
        return b.append('|').append(Scalars.hex(v & 0xfff)).toString();
    }

    private static void field(int v, String[] names, String unknown, String shift, DecodeOptions.Constants mode,
            StringBuilder b) {
        String hex = Scalars.hex(v);
        if (v >= names.length || mode == DecodeOptions.Constants.RAW) {
            b.append(hex).append(shift).append(" /* ").append(unknown).append(" */");
        } else if (mode == DecodeOptions.Constants.VERBOSE) {
            b.append(hex).append(" /* ").append(names[v]).append(" */").append(shift);
        } else {
            b.append(names[v]).append(shift);
        }
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
