package dev.jtrace.replay.diff;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Errnos;
import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.CString;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.TracedTask;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/** Writes each call of a task as a {@link NormalizedCall}, tracking fd provenance along the way. */
final class CallNormalizer {
    static final String ANY = "*";
    private static final Set<String> CREATES_TASK = Set.of("fork", "vfork", "clone", "clone3");
    /** Calls whose return value is whatever the interrupted code had in the register: not the call's own. */
    private static final Set<String> NO_RESULT = Set.of("rt_sigreturn", "sigreturn");

    private final SyscallShapes shapes;

    CallNormalizer(SyscallShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The task's calls, normalized. {@code inherited} holds the task's fds as it started; the fd labels
     * of every child it creates are put into {@code childFds} by child tid.
     */
    List<NormalizedCall> normalize(TracedTask task, FdLabels inherited, Map<Integer, FdLabels> childFds) {
        FdLabels fds = inherited;
        int created = 0;
        List<NormalizedCall> out = new ArrayList<>(task.calls().size());
        for (Call c : task.calls()) {
            Optional<SyscallShape> shape = shapes.shape(c.arch(), c.nr());
            if (shape.isEmpty()) {
                out.add(new NormalizedCall(c, c.name() + "(...) = " + (c.returned() && c.errno() != 0
                        ? "-1 " + Errnos.name(c.errno()) : c.returned() ? ANY : "?")));
                continue;
            }
            SyscallShape s = shape.get();
            StringJoiner args = new StringJoiner(", ", c.name() + "(", ")");
            for (int i = 0; i < s.args().size(); i++) {
                ArgKind kind = s.arg(i);
                if (kind == ArgKind.OUT_FD_PAIR && c.succeeded()) {
                    created++;
                    args.add(fdPair(c, i, fds, c.name() + "#" + created));
                } else {
                    args.add(argument(c, i, kind, s, fds));
                }
            }
            String result;
            if (!c.returned()) {
                result = "?";
            } else if (c.errno() != 0) {
                result = "-1 " + Errnos.name(c.errno());
            } else if (s.result() == ArgKind.FD) {
                created++;
                fds.created(c.result(), c.name() + "#" + created);
                result = fds.label(c.result());
            } else if (s.result() == ArgKind.VALUE && !s.in("clock") && !NO_RESULT.contains(c.name())) {
                result = Long.toString(c.result());
            } else {
                result = ANY;
            }
            if (c.succeeded() && c.name().equals("close")) {
                fds.closed(c.arg(0));
            }
            if (c.succeeded() && CREATES_TASK.contains(c.name())) {
                childFds.put((int) c.result(), fds.copy());
            }
            out.add(new NormalizedCall(c, args + " = " + result));
        }
        return out;
    }

    private static String argument(Call c, int i, ArgKind kind, SyscallShape s, FdLabels fds) {
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
            case VALUE:
                return Long.toString(c.arg(i));
            default:
                return ANY;
        }
    }

    private static String fdPair(Call c, int i, FdLabels fds, String label) {
        Optional<Capture> cap = c.exitCapture(i);
        if (cap.isEmpty() || cap.get().data().length < 8) {
            return ANY;
        }
        ByteBuffer b = ByteBuffer.wrap(cap.get().data()).order(ByteOrder.LITTLE_ENDIAN);
        int fd0 = b.getInt(0);
        int fd1 = b.getInt(4);
        fds.created(fd0, label + "[0]");
        fds.created(fd1, label + "[1]");
        return "[" + fds.label(fd0) + ", " + fds.label(fd1) + "]";
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
