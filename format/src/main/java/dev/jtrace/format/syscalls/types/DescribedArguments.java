package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.DescribedSyscall;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/**
 * A call's arguments by its description: the DSL types' own capture and printing, or the custom code's. The
 * planner and the decoder use it for every call, and calls that carry another call (socketcall, ipc, old select
 * and mmap) for the one they carry.
 */
public final class DescribedArguments {
    private DescribedArguments() {
    }

    public static List<Printed> printed(DescribedSyscall s, CallView call) {
        if (s.custom() != null) {
            List<Printed> p = s.custom().arguments(call);
            if (p != null) {
                return p;
            }
        }
        List<Printed> out = new ArrayList<>();
        boolean atExit = false;
        for (int i = 0; i < s.types().size(); i++) {
            ArgType t = s.types().get(i);
            atExit |= t.printsAtExit();
            if (!t.present(call, i)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            if (!atExit || call.exited()) {
                t.print(call, i, b);
            }
            out.add(new Printed(b.toString(), atExit));
        }
        return out;
    }

    public static void captureAtEntry(DescribedSyscall s, CaptureSite site) {
        if (s.custom() != null) {
            s.custom().captureAtEntry(site);
        }
        for (int i = 0; i < s.types().size(); i++) {
            if (s.custom() == null || s.custom().genericArguments()) {
                s.types().get(i).captureAtEntry(site, i);
            }
        }
    }

    public static void captureAtExit(DescribedSyscall s, CaptureSite site) {
        if (s.custom() != null) {
            s.custom().captureAtExit(site);
        }
        for (int i = 0; i < s.types().size(); i++) {
            if (s.custom() == null || s.custom().genericArguments()) {
                s.types().get(i).captureAtExit(site, i);
            }
        }
    }
}
