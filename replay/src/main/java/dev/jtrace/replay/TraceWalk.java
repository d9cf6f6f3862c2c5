package dev.jtrace.replay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Visits every call of a trace in the order the calls took effect, across tasks, with the calling task's fd
 * origins and paths as they were just before the call; applies the call's effects on them after. A call that
 * reads into a buffer counts from when it returned (a read that waited for a pipe comes after the write that
 * filled it, and after the close that ended it); every other call from when it began (a write's data, a
 * fork's child, exist before the call returns).
 */
public final class TraceWalk {
    /** A call with the state it was made in. */
    public record Step(TracedTask task, Call call, Optional<SyscallShape> shape, FdOrigins fds, CallPaths paths) {
        /** The absolute path argument {@code arg} names, if known. */
        public Optional<String> path(int arg) {
            return shape.flatMap(s -> paths.resolve(call, s, arg, fds));
        }
    }

    /** What to do at each call. */
    public interface Visitor {
        void before(Step step);

        /** After the call's effects were applied: the fd origins it created. */
        default void after(Step step, List<FdOrigins.Origin> created) {
        }
    }

    private TraceWalk() {
    }

    private static long effectTime(Call c, SyscallShapes shapes) {
        if (c.entry() == null) {
            return c.exit().time();
        }
        boolean reads = c.exit() != null && shapes.shape(c.arch(), c.nr())
                .map(s -> s.indexOf(ArgKind.OUT_BUFFER) >= 0 || s.indexOf(ArgKind.OUT_VECTOR) >= 0).orElse(false);
        return reads ? c.exit().time() : c.entry().time();
    }

    public static void walk(Trace trace, SyscallShapes shapes, Visitor visitor) {
        Map<Integer, TracedTask> taskOf = new HashMap<>();
        trace.tasks().forEach(t -> taskOf.put(t.tid(), t));
        FdOrigins.Registry fdRegistry = FdOrigins.registry();
        CallPaths.Registry pathRegistry = CallPaths.registry();
        Map<Integer, FdOrigins> fds = new HashMap<>();
        Map<Integer, CallPaths> paths = new HashMap<>();
        List<Call> calls = new java.util.ArrayList<>(trace.calls());
        calls.sort(java.util.Comparator.comparingLong(c -> effectTime(c, shapes)));
        for (Call c : calls) {
            TracedTask task = taskOf.get(c.tid());
            FdOrigins f = fds.computeIfAbsent(task.tid(), t -> fdRegistry.forTask(task));
            CallPaths p = paths.computeIfAbsent(task.tid(), t -> pathRegistry.forTask(task));
            Optional<SyscallShape> shape = shapes.shape(c.arch(), c.nr());
            Step step = new Step(task, c, shape, f, p);
            visitor.before(step);
            List<FdOrigins.Origin> created = f.apply(c, shape);
            p.apply(c, shape.orElse(null), f, created);
            visitor.after(step, created);
        }
    }
}
