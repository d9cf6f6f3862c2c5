package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/** clone3: the struct clone_args is captured; printed as strace does for the common fields. */
final class Clone3 implements CustomCall {
    @Override
    public List<Printed> arguments(CallView c) {
        var cap = c.entryCapture(0, "");
        String args = CallView.pointer(c.arg(0));
        if (!c.options().dereference()) {
            // -e verbose= leaves the call out: the struct's address, and no parent_tid after the call
            return List.of(entry(args), new Printed(", " + Long.toUnsignedString(c.arg(1)), true, true));
        }
        if (cap != null && cap.readable() && cap.data().length >= 64) {
            StructReader r = new StructReader(cap, c.arch());
            StringBuilder b = new StringBuilder("{flags=");
            String fl = c.constants("clone").symbolic(r.s64(0));
            if (c.options().constants() != DecodeOptions.Constants.ABBREV) {
                b.append(c.constant("clone", r.s64(0)));
            } else {
                b.append(fl == null ? Scalars.hex(r.s64(0)) : fl);
            }
            if ((r.s64(0) & 0x1000) != 0) { // CLONE_PIDFD: strace shows the field only then
                b.append(", pidfd=").append(CallView.pointer(r.s64(8)));
            }
            if (r.s64(16) != 0) {
                b.append(", child_tid=").append(CallView.pointer(r.s64(16)));
            }
            if (r.s64(24) != 0) {
                b.append(", parent_tid=").append(CallView.pointer(r.s64(24)));
            }
            b.append(", exit_signal=");
            Scalars.signal(c, (int) r.s64(32), b);
            b.append(", stack=").append(CallView.pointer(r.s64(40))).append(", stack_size=")
                    .append(Scalars.hex(r.s64(48)));
            if (r.s64(56) != 0) {
                b.append(", tls=").append(CallView.pointer(r.s64(56)));
            }
            args = b.append('}').toString();
        }
        StringBuilder exit = new StringBuilder();
        var tid = c.exitCapture(0, "parent_tid");
        if (c.succeeded() && tid != null && tid.readable() && tid.data().length >= 4) {
            exit.append(" => {parent_tid=[").append(c.context().pidText(new StructReader(tid, c.arch()).s32(0))).append("]}");
        }
        exit.append(", ").append(Long.toUnsignedString(c.arg(1)));
        return List.of(entry(args), new Printed(exit.toString(), true, true));
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        if (s.arg(0) != 0) {
            s.bytes(0, "", s.arg(0), Math.min(s.arg(1), 88));
        }
    }

    /** With CLONE_PARENT_SETTID the kernel stored the child's tid at parent_tid: strace shows it after "=>". */
    @Override
    public void captureAtExit(CaptureSite s) {
        if (s.failed() || s.arg(0) == 0 || s.arg(1) < 32) {
            return;
        }
        Capture args = s.bytes(0, "", s.arg(0), 32);
        if (args.data().length < 32) {
            return;
        }
        StructReader r = new StructReader(args, s.arch());
        if ((r.s64(0) & 0x100000) != 0 && r.s64(24) != 0) {
            s.bytes(0, "parent_tid", r.s64(24), 4);
        }
    }
}
