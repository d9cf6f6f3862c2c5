package dev.jtrace.replay.diff;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Errnos;
import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.CString;
import dev.jtrace.replay.FdOrigins;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.TracedTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/** Writes each call of a task as a {@link NormalizedCall}, tracking fd provenance along the way. */
final class CallNormalizer {
    static final String ANY = "*";
    /** Calls whose return value is whatever the interrupted code had in the register: not the call's own. */
    private static final Set<String> NO_RESULT = Set.of("rt_sigreturn", "sigreturn");

    private final SyscallShapes shapes;

    CallNormalizer(SyscallShapes shapes) {
        this.shapes = shapes;
    }

    /** The task's calls, normalized; {@code fds} is the task's fd table as it starts. */
    List<NormalizedCall> normalize(TracedTask task, FdOrigins fds) {
        List<NormalizedCall> out = new ArrayList<>(task.calls().size());
        for (Call c : task.calls()) {
            Optional<SyscallShape> shape = shapes.shape(c.arch(), c.nr());
            if (shape.isEmpty()) {
                out.add(new NormalizedCall(c, c.name() + "(...) = " + (c.returned() && c.errno() != 0
                        ? "-1 " + Errnos.name(c.errno()) : c.returned() ? ANY : "?")));
                continue;
            }
            SyscallShape s = shape.get();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < s.args().size(); i++) {
                args.add(argument(c, i, s.arg(i), s, fds));
            }
            fds.apply(c, shape);
            int pair = s.indexOf(ArgKind.OUT_FD_PAIR);
            if (pair >= 0 && c.succeeded()) {
                args.set(pair, FdOrigins.fdPair(c, pair).map(p -> "[" + fds.label(p[0]) + ", " + fds.label(p[1]) + "]")
                        .orElse(ANY));
            }
            String result;
            if (!c.returned()) {
                result = "?";
            } else if (c.errno() != 0) {
                result = "-1 " + Errnos.name(c.errno());
            } else if (s.result() == ArgKind.FD) {
                result = fds.label(c.result());
            } else if (s.result() == ArgKind.VALUE && !s.in("clock") && !NO_RESULT.contains(c.name())) {
                result = Long.toString(c.result());
            } else {
                result = ANY;
            }
            out.add(new NormalizedCall(c, c.name() + "(" + String.join(", ", args) + ") = " + result));
        }
        return out;
    }

    private static String argument(Call c, int i, ArgKind kind, SyscallShape s, FdOrigins fds) {
        switch (kind) {
            case FD:
            case DIRFD:
                return fds.label(c.arg(i));
            case PATH:
            case STRING:
            case IN_BUFFER:
                return c.entryCapture(i).map(CallNormalizer::quote).orElse(c.arg(i) == 0 ? "NULL" : ANY);
            case OUT_BUFFER:
                return c.succeeded() && !s.in("clock") ? c.exitCapture(i).map(CallNormalizer::quote).orElse(ANY) : ANY;
            case IN_VECTOR:
            case STRING_ARRAY:
                return elements(c.entry() == null ? List.of() : c.entry().captures(), i);
            case OUT_VECTOR:
                return c.succeeded() ? elements(c.exit().captures(), i) : ANY;
            case ENVIRONMENT:
                return ANY;
            case VALUE:
                return Long.toString(c.arg(i));
            default:
                return ANY;
        }
    }

    private static String elements(List<Capture> captures, int arg) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (Capture cap : captures) {
            if (cap.arg() == arg && !cap.path().isEmpty()) {
                j.add(quote(cap));
            }
        }
        return j.toString();
    }

    private static String quote(Capture cap) {
        if (!cap.readable()) {
            return "<unreadable>";
        }
        return CString.quote(cap.data()) + (cap.truncated() ? "..." : "");
    }
}
