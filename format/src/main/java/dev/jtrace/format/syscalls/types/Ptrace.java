package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** ptrace: PTRACE_TRACEME has no further arguments; the others print pid, addr (an address) and data. */
final class Ptrace implements CustomCall {
    private static final long PTRACE_SETOPTIONS = 0x4200;
    private static final long PTRACE_SEIZE = 0x4206;

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(c.constant("ptrace", c.arg(0))));
        if (c.arg(0) != 0) {
            boolean known = c.constants("ptrace").symbolic(c.arg(0)) != null;
            p.add(entry(Integer.toString(c.intArg(1))));
            p.add(entry(CallView.pointer(c.arg(2))));
            // an unknown request's data is an address to strace; a known one's is a value (options, signal)
            long request = c.arg(0);
            if (request == PTRACE_SETOPTIONS || request == PTRACE_SEIZE) {
                p.add(entry(c.constant("ptrace_options", c.arg(3))));
            } else {
                p.add(entry(known ? Scalars.hex(c.arg(3)) : CallView.pointer(c.arg(3))));
            }
        }
        return p;
    }
}
