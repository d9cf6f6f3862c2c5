package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.List;

/**
 * seccomp: the flags and the argument depend on the operation: SECCOMP_SET_MODE_FILTER takes filter flags and a
 * struct sock_fprog ({@code {len=1, filter=0x...}}, -v lists the instructions), SECCOMP_GET_ACTION_AVAIL an action
 * ({@code [SECCOMP_RET_LOG]}), SECCOMP_GET_NOTIF_SIZES fills struct seccomp_notif_sizes; other operations print the
 * flags in hex and the argument's address.
 */
final class Seccomp implements CustomCall {
    private static final int SET_MODE_FILTER = 1, GET_ACTION_AVAIL = 2, GET_NOTIF_SIZES = 3;
    private static final PointerType FILTER = new PointerType(Direction.IN, SeccompStructs.FPROG);
    private static final PointerType ACTION = new PointerType(Direction.IN, SeccompStructs.ACTION);
    private static final PointerType SIZES = new PointerType(Direction.OUT, SeccompStructs.NOTIF_SIZES);

    @Override
    public List<Printed> arguments(CallView c) {
        int op = c.intArg(0);
        String opText = c.constant("seccomp_op", op & 0xffffffffL);
        long flags = c.arg(1) & 0xffffffffL;
        String flagsText = op == SET_MODE_FILTER ? c.constant("seccomp_filter_flags", flags) : Scalars.hex(flags);
        PointerType arg = pointer(op);
        if (arg == null) {
            return List.of(entry(opText), entry(flagsText), entry(CallView.pointer(c.arg(2))));
        }
        return List.of(entry(opText), entry(flagsText), new Printed(CustomCalls.text(arg, c, 2), arg.printsAtExit()));
    }

    private static PointerType pointer(int op) {
        return switch (op) {
            case SET_MODE_FILTER -> FILTER;
            case GET_ACTION_AVAIL -> ACTION;
            case GET_NOTIF_SIZES -> SIZES;
            default -> null;
        };
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        PointerType arg = pointer((int) s.arg(0));
        if (arg != null) {
            arg.captureAtEntry(s, 2);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        PointerType arg = pointer((int) s.arg(0));
        if (arg != null) {
            arg.captureAtExit(s, 2);
        }
    }
}
