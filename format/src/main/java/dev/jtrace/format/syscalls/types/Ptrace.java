package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** ptrace: PTRACE_TRACEME has no further arguments; the others print pid, addr and data. */
final class Ptrace implements CustomCall {
    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(c.constant("ptrace", c.arg(0))));
        if (c.arg(0) != 0) {
            p.add(entry(Integer.toString(c.intArg(1))));
            p.add(entry(Scalars.hex(c.arg(2))));
            p.add(entry(Scalars.hex(c.arg(3))));
        }
        return p;
    }
}
