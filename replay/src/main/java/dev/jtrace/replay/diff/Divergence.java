package dev.jtrace.replay.diff;

import java.util.List;

/**
 * A stretch where two tasks' call sequences differ, after {@code context} equal calls.
 *
 * @param indexA  the position in A's compared calls where the difference begins
 * @param indexB  the same position in B's
 * @param context the normalized calls both tasks made just before it
 * @param a       A's calls in the stretch (empty when B made extra calls)
 * @param b       B's calls in the stretch (empty when A made extra calls)
 */
public record Divergence(int indexA, int indexB, List<String> context, List<String> a, List<String> b) {
    public Divergence {
        context = List.copyOf(context);
        a = List.copyOf(a);
        b = List.copyOf(b);
    }
}
