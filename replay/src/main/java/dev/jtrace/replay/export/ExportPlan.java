package dev.jtrace.replay.export;

import dev.jtrace.replay.TracedTask;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The calls of one task, each exported or skipped with a reason. */
public record ExportPlan(TracedTask task, List<PlannedCall> calls) {
    public ExportPlan {
        calls = List.copyOf(calls);
    }

    /** The names of the exported calls, sorted: the {@code -e trace=} set to diff a reproducer's trace by. */
    public Set<String> exportedNames() {
        Set<String> names = new TreeSet<>();
        calls.stream().filter(PlannedCall::exported).forEach(c -> names.add(c.call().name()));
        return names;
    }

    /**
     * The names all of whose calls were exported: comparing a reproducer's trace with the original by
     * these ({@code jtrace diff -e trace=NAMES}) sees exactly the re-issued calls on both sides.
     */
    public Set<String> fullyExportedNames() {
        Set<String> names = exportedNames();
        calls.stream().filter(c -> !c.exported()).forEach(c -> names.remove(c.call().name()));
        return names;
    }

    public List<PlannedCall> exported() {
        return calls.stream().filter(PlannedCall::exported).toList();
    }
}
