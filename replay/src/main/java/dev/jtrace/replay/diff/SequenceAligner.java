package dev.jtrace.replay.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches where two call sequences differ: walks both while they agree and, at a difference,
 * looks ahead (up to {@value #LOOKAHEAD} calls on each side) for the nearest point where they agree again
 * for {@value #AGREE} calls in a row. Beyond the lookahead the rest of both sequences is one stretch.
 */
final class SequenceAligner {
    static final int LOOKAHEAD = 64;
    static final int AGREE = 3;

    private SequenceAligner() {
    }

    static List<Divergence> divergences(List<String> a, List<String> b, int contextLines, int max) {
        List<Divergence> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (out.size() < max) {
            while (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            }
            if (i == a.size() && j == b.size()) {
                break;
            }
            int[] sync = resync(a, b, i, j);
            List<String> context = a.subList(Math.max(0, i - contextLines), i);
            out.add(new Divergence(i, j, context, a.subList(i, sync[0]), b.subList(j, sync[1])));
            i = sync[0];
            j = sync[1];
        }
        return out;
    }

    /** The nearest (by total distance) pair of positions from which both agree again, or both ends. */
    private static int[] resync(List<String> a, List<String> b, int i, int j) {
        for (int distance = 1; distance <= 2 * LOOKAHEAD; distance++) {
            for (int x = Math.max(0, distance - LOOKAHEAD); x <= Math.min(distance, LOOKAHEAD); x++) {
                int y = distance - x;
                if (agree(a, b, i + x, j + y)) {
                    return new int[] {i + x, j + y};
                }
            }
        }
        return new int[] {a.size(), b.size()};
    }

    /** Whether both agree for {@value #AGREE} calls from there, or agree up to both their ends. */
    private static boolean agree(List<String> a, List<String> b, int i, int j) {
        int leftA = a.size() - i;
        int leftB = b.size() - j;
        if (leftA < 0 || leftB < 0) {
            return false;
        }
        int n = leftA == leftB && leftA < AGREE ? leftA : AGREE;
        if (leftA < n || leftB < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!a.get(i + k).equals(b.get(j + k))) {
                return false;
            }
        }
        return true;
    }
}
