package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/**
 * ptrace: PTRACE_TRACEME has no further arguments; the others print pid, addr (an address) and data, which
 * PTRACE_GETSIGINFO and PTRACE_SETSIGINFO point to a siginfo_t (read back at exit, given at entry).
 */
final class Ptrace implements CustomCall {
    private static final long GETSIGINFO = 0x4202;
    private static final long SETSIGINFO = 0x4203;
    private static final long PTRACE_SETOPTIONS = 0x4200;
    private static final long PTRACE_SEIZE = 0x4206;
    private static final ArgType SIGINFO_OUT = new PointerType(PointerType.Direction.OUT, SignalStructs.SIGINFO);
    private static final ArgType SIGINFO_IN = new PointerType(PointerType.Direction.IN, SignalStructs.SIGINFO);

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(c.constant("ptrace", c.arg(0))));
        if (c.arg(0) != 0) {
            boolean known = c.constants("ptrace").symbolic(c.arg(0)) != null;
            p.add(entry(Integer.toString(c.intArg(1))));
            p.add(entry(CallView.pointer(c.arg(2))));
            long request = c.arg(0);
            if (request == GETSIGINFO) {
                p.add(new Printed(text(SIGINFO_OUT, c, 3), true));
            } else if (request == SETSIGINFO) {
                p.add(entry(text(SIGINFO_IN, c, 3)));
            } else if (request == PTRACE_SETOPTIONS || request == PTRACE_SEIZE) {
                p.add(entry(c.constant("ptrace_options", c.arg(3))));
            } else {
                // an unknown request's data is an address to strace; a known one's is a value (signal)
                p.add(entry(known ? Scalars.hex(c.arg(3)) : CallView.pointer(c.arg(3))));
            }
        }
        return p;
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        if (s.arg(0) == SETSIGINFO) {
            SIGINFO_IN.captureAtEntry(s, 3);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        if (s.arg(0) == GETSIGINFO) {
            SIGINFO_OUT.captureAtExit(s, 3);
        }
    }
}
