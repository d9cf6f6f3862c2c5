package dev.jtrace.replay.diff;

import java.util.List;

/**
 * The comparison of the tasks at one lineage in two traces.
 *
 * @param lineage    the lineage name ({@code root}, {@code root.0}, ...)
 * @param tidA       the task's tid in trace A, or 0 when A has no task there
 * @param tidB       likewise in trace B
 * @param callsA     how many compared calls A's task made
 * @param callsB     likewise for B
 * @param divergences where they differ (the first few), empty when they made the same calls
 */
public record TaskDiff(String lineage, int tidA, int tidB, int callsA, int callsB, List<Divergence> divergences) {
    public TaskDiff {
        divergences = List.copyOf(divergences);
    }

    public boolean onlyInA() {
        return tidB == 0;
    }

    public boolean onlyInB() {
        return tidA == 0;
    }

    public boolean same() {
        return tidA != 0 && tidB != 0 && divergences.isEmpty();
    }
}
