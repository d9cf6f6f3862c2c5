package dev.jtrace.replay.diff;

import dev.jtrace.replay.Call;
import dev.jtrace.replay.FdOrigins;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.TracedTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Compares two traces task by task. Tasks are matched by lineage (the first task, its first child, ...),
 * not by pid; their calls are compared as {@link NormalizedCall} text, so what differs between any two runs
 * (pids, addresses, fd numbers, times, random bytes) does not count.
 */
public final class TraceDiff {
    private final CallNormalizer normalizer;
    private final Predicate<Call> compared;
    private final int contextLines;
    private final int maxDivergences;

    /**
     * @param compared       which calls take part (the others are skipped in both traces)
     * @param contextLines   how many equal calls to show before a divergence
     * @param maxDivergences how many divergences to find per task at most
     */
    public TraceDiff(SyscallShapes shapes, Predicate<Call> compared, int contextLines, int maxDivergences) {
        this.normalizer = new CallNormalizer(shapes);
        this.compared = compared;
        this.contextLines = contextLines;
        this.maxDivergences = maxDivergences;
    }

    /** Finds the first divergence of each task only. */
    public TraceDiff(SyscallShapes shapes, Predicate<Call> compared, int contextLines) {
        this(shapes, compared, contextLines, 1);
    }

    public DiffResult compare(Trace a, Trace b) {
        Map<String, TracedTask> tasksA = byLineage(a);
        Map<String, TracedTask> tasksB = byLineage(b);
        Map<String, List<String>> callsA = normalized(a);
        Map<String, List<String>> callsB = normalized(b);
        List<TaskDiff> out = new ArrayList<>();
        for (Map.Entry<String, TracedTask> e : tasksA.entrySet()) {
            TracedTask tb = tasksB.get(e.getKey());
            List<String> ca = callsA.get(e.getKey());
            if (tb == null) {
                out.add(new TaskDiff(e.getKey(), e.getValue().tid(), 0, ca.size(), 0, List.of()));
                continue;
            }
            List<String> cb = callsB.get(e.getKey());
            out.add(new TaskDiff(e.getKey(), e.getValue().tid(), tb.tid(), ca.size(), cb.size(),
                    SequenceAligner.divergences(ca, cb, contextLines, maxDivergences)));
        }
        for (Map.Entry<String, TracedTask> e : tasksB.entrySet()) {
            if (!tasksA.containsKey(e.getKey())) {
                out.add(new TaskDiff(e.getKey(), 0, e.getValue().tid(), 0, callsB.get(e.getKey()).size(), List.of()));
            }
        }
        return new DiffResult(out);
    }

    /** Every task's compared calls as normalized text, by lineage name. */
    public Map<String, List<String>> normalized(Trace t) {
        return normalizedCalls(t).entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put(e.getKey(), e.getValue().stream().map(NormalizedCall::text).toList()), Map::putAll);
    }

    /** Every task's compared calls, normalized, by lineage name. */
    public Map<String, List<NormalizedCall>> normalizedCalls(Trace t) {
        FdOrigins.Registry fds = FdOrigins.registry();
        Map<String, List<NormalizedCall>> out = new LinkedHashMap<>();
        for (TracedTask task : t.tasks()) {
            List<NormalizedCall> calls = normalizer.normalize(task, fds.forTask(task));
            out.put(task.lineageName(), calls.stream().filter(n -> compared.test(n.call())).toList());
        }
        return out;
    }

    private static Map<String, TracedTask> byLineage(Trace t) {
        Map<String, TracedTask> m = new LinkedHashMap<>();
        t.tasks().forEach(task -> m.put(task.lineageName(), task));
        return m;
    }
}
