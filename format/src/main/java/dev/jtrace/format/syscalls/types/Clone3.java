package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructView;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/** clone3: the struct clone_args is captured; printed as strace does for the common fields. */
final class Clone3 implements CustomCall {
    private static final String CLONE_ARGS = "clone_args";

    @Override
    public List<Printed> arguments(CallView c) {
        var cap = c.entryCapture(0, "");
        String args = CallView.pointer(c.arg(0));
        if (!c.options().dereference()) {
            // -e verbose= leaves the call out: the struct's address, and no parent_tid after the call
            return List.of(entry(args), new Printed(", " + Long.toUnsignedString(c.arg(1)), true, true));
        }
        StructView v = cap != null && cap.readable() ? c.struct(CLONE_ARGS, cap) : null;
        if (v != null && v.holds("tls")) { // CLONE_ARGS_SIZE_VER0 reaches tls
            long flags = v.get("flags");
            StringBuilder b = new StringBuilder("{flags=");
            String fl = c.constants("clone").symbolic(flags);
            if (c.options().constants() != DecodeOptions.Constants.ABBREV) {
                b.append(c.constant("clone", flags));
            } else {
                b.append(fl == null ? Scalars.hex(flags) : fl);
            }
            if ((flags & 0x1000) != 0) { // CLONE_PIDFD: strace shows the field only then
                b.append(", pidfd=").append(CallView.pointer(v.get("pidfd")));
            }
            if (v.get("child_tid") != 0) {
                b.append(", child_tid=").append(CallView.pointer(v.get("child_tid")));
            }
            if (v.get("parent_tid") != 0) {
                b.append(", parent_tid=").append(CallView.pointer(v.get("parent_tid")));
            }
            b.append(", exit_signal=");
            Scalars.signal(c, (int) v.get("exit_signal"), b);
            b.append(", stack=").append(CallView.pointer(v.get("stack"))).append(", stack_size=")
                    .append(Scalars.hex(v.get("stack_size")));
            if (v.get("tls") != 0) {
                b.append(", tls=").append(CallView.pointer(v.get("tls")));
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
            s.bytes(0, "", s.arg(0), Math.min(s.arg(1), Pointees.layout(CLONE_ARGS, s.arch()).size()));
        }
    }

    /** With CLONE_PARENT_SETTID the kernel stored the child's tid at parent_tid: strace shows it after "=>". */
    @Override
    public void captureAtExit(CaptureSite s) {
        StructLayout l = Pointees.layout(CLONE_ARGS, s.arch());
        int needed = l.offset("parent_tid") + l.field("parent_tid").elementSize(s.arch());
        if (s.failed() || s.arg(0) == 0 || s.arg(1) < needed) {
            return;
        }
        StructView v = l.view(s.bytes(0, "", s.arg(0), needed).data());
        if (!v.holds("parent_tid")) {
            return;
        }
        if ((v.get("flags") & 0x100000) != 0 && v.get("parent_tid") != 0) {
            s.bytes(0, "parent_tid", v.get("parent_tid"), 4);
        }
    }
}
