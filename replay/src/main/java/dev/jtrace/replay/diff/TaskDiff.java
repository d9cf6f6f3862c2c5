package dev.jtrace.replay.diff;

import java.util.Optional;

/**
 * The comparison of the tasks at one lineage in two traces.
 *
 * @param lineage    the lineage name ({@code root}, {@code root.0}, ...)
 * @param tidA       the task's tid in trace A, or 0 when A has no task there
 * @param tidB       likewise in trace B
 * @param callsA     how many compared calls A's task made
 * @param callsB     likewise for B
 * @param divergence where they first differ, empty when they made the same calls
 */
public record TaskDiff(String lineage, int tidA, int tidB, int callsA, int callsB, Optional<Divergence> divergence) {
    public boolean onlyInA() {
        return tidB == 0;
    }

    public boolean onlyInB() {
        return tidA == 0;
    }

    public boolean same() {
        return tidA != 0 && tidB != 0 && divergence.isEmpty();
    }
}
