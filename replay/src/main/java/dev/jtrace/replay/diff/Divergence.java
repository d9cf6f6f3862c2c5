package dev.jtrace.replay.diff;

import java.util.List;

/**
 * Where two tasks' call sequences first differ.
 *
 * @param index   the position of the first differing call among the compared calls
 * @param context the normalized calls both tasks made just before it
 * @param a       the call of trace A there, or null when A's task had no more calls
 * @param b       the call of trace B there, or null when B's task had no more calls
 */
public record Divergence(int index, List<String> context, String a, String b) {
    public Divergence {
        context = List.copyOf(context);
    }
}
