package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** i386 _llseek: the two offset halves print as one 64-bit number, the result as {@code [N]}. */
final class Llseek implements CustomCall {
    private static final ArgType RESULT = new PointerType(PointerType.Direction.OUT, Pointees.value(8, 8, true));

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(text(Scalars.FD, c, 0)));
        p.add(entry(Long.toString(c.arg(1) << 32 | c.arg(2))));
        p.add(new Printed(text(RESULT, c, 3), true));
        p.add(new Printed(c.constant("seek", c.arg(4)), true));
        return p;
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        RESULT.captureAtExit(s, 3);
    }
}
