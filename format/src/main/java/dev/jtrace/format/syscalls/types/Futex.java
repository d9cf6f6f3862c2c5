package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** futex: the arguments after the op depend on the op. */
final class Futex implements CustomCall {
    private final boolean time64;

    Futex(boolean time64) {
        this.time64 = time64;
    }

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        int op = c.intArg(1);
        int cmd = op & 0x7f;
        p.add(entry(CallView.pointer(c.arg(0))));
        String name = c.constants("futex_cmd").symbolic(cmd);
        StringBuilder o = new StringBuilder(name == null ? Integer.toString(cmd) : name);
        if ((op & 0x80) != 0) {
            o.append("_PRIVATE");
        }
        if ((op & 0x100) != 0) {
            o.insert(0, "FUTEX_CLOCK_REALTIME|");
        }
        p.add(entry(o.toString()));
        p.add(entry(Integer.toString(c.intArg(2))));
        String timeout = text(new PointerType(PointerType.Direction.IN,
                time64 ? TimeStructs.TIMESPEC64 : TimeStructs.TIMESPEC), c, 3);
        switch (cmd) {
            case 0 -> p.add(entry(timeout));
            case 9 -> {
                p.add(entry(timeout));
                p.add(entry(Scalars.hex(c.arg(5) & 0xffffffffL)));
            }
            case 10 -> p.add(entry(Scalars.hex(c.arg(5) & 0xffffffffL)));
            case 3 -> {
                p.add(entry(Integer.toString(c.intArg(3))));
                p.add(entry(CallView.pointer(c.arg(4))));
            }
            case 4 -> {
                p.add(entry(Integer.toString(c.intArg(3))));
                p.add(entry(CallView.pointer(c.arg(4))));
                p.add(entry(Integer.toString(c.intArg(5))));
            }
            case 1, 7, 8 -> { }
            default -> {
                p.add(entry(timeout));
                p.add(entry(CallView.pointer(c.arg(4))));
                p.add(entry(Integer.toString(c.intArg(5))));
            }
        }
        return p;
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        int cmd = (int) s.arg(1) & 0x7f;
        if ((cmd == 0 || cmd == 9 || cmd > 10) && s.arg(3) != 0) {
            s.bytes(3, "", s.arg(3), s.arch() == dev.jtrace.format.Arch.I386 && !time64 ? 8 : 16);
        }
    }
}
