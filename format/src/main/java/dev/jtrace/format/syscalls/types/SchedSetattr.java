package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.List;

/**
 * sched_setattr: the attributes at entry; when the kernel refused them as too big (E2BIG) it wrote its own size
 * back, which strace adds at exit: {@code {size=8} => {size=56}}. The flags print at exit.
 */
final class SchedSetattr implements CustomCall {
    private static final int E2BIG = 7;
    private static final ArgType ATTR = new PointerType(Direction.IN, SchedStructs.SCHED_ATTR);

    @Override
    public List<Printed> arguments(CallView c) {
        String flags = Integer.toUnsignedString(c.intArg(2));
        Capture size = c.exitCapture(1, "");
        String kernelSize = c.exited() && c.rval() == -E2BIG && size != null && size.data().length >= 4
                ? " => {size=" + c.struct("sched_attr", size).get("size") + "}" : "";
        // the attached part is always there (empty unless E2BIG), so that the entry half ends without a ", "
        return List.of(entry(text(Scalars.PID, c, 0)), entry(text(ATTR, c, 1)), new Printed(kernelSize, true, true),
                new Printed(flags, true));
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        ATTR.captureAtEntry(s, 1);
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        if (s.failed() && s.rval() == -E2BIG && s.arg(1) != 0) {
            s.bytes(1, "", s.arg(1), 4);
        }
    }
}
