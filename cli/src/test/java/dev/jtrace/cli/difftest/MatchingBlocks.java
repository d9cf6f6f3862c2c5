package dev.jtrace.cli.difftest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of lines two sequences have in common, found as Python's {@code difflib.SequenceMatcher}
 * (without junk heuristics) finds them: take the longest common run (earliest on ties), then recurse on what
 * lies left and right of it. Using the same algorithm as {@code strace-diff} keeps the two scores equal.
 */
public final class MatchingBlocks {
    /** {@code a[a..a+size)} equals {@code b[b..b+size)}. */
    public record Block(int a, int b, int size) {
    }

    private MatchingBlocks() {
    }

    /** The common blocks in increasing order (adjacent ones merged), without the terminating empty block. */
    public static List<Block> of(List<String> a, List<String> b) {
        Map<String, List<Integer>> positionsInB = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            positionsInB.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
        }
        List<Block> found = new ArrayList<>();
        Deque<int[]> ranges = new ArrayDeque<>();
        ranges.push(new int[] {0, a.size(), 0, b.size()});
        while (!ranges.isEmpty()) {
            int[] r = ranges.pop();
            Block best = longest(a, positionsInB, r[0], r[1], r[2], r[3]);
            if (best.size == 0) {
                continue;
            }
            found.add(best);
            if (r[0] < best.a && r[2] < best.b) {
                ranges.push(new int[] {r[0], best.a, r[2], best.b});
            }
            if (best.a + best.size < r[1] && best.b + best.size < r[3]) {
                ranges.push(new int[] {best.a + best.size, r[1], best.b + best.size, r[3]});
            }
        }
        found.sort(Comparator.comparingInt(Block::a));
        return merged(found);
    }

    /** Total number of lines in common blocks. */
    public static int matchedCount(List<String> a, List<String> b) {
        return of(a, b).stream().mapToInt(Block::size).sum();
    }

    private static Block longest(List<String> a, Map<String, List<Integer>> positionsInB, int alo, int ahi, int blo, int bhi) {
        int bestI = alo;
        int bestJ = blo;
        int bestSize = 0;
        Map<Integer, Integer> runEndingAt = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : positionsInB.getOrDefault(a.get(i), List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = runEndingAt.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestSize) {
                    bestI = i - k + 1;
                    bestJ = j - k + 1;
                    bestSize = k;
                }
            }
            runEndingAt = next;
        }
        return new Block(bestI, bestJ, bestSize);
    }

    private static List<Block> merged(List<Block> sorted) {
        List<Block> out = new ArrayList<>();
        for (Block blk : sorted) {
            if (!out.isEmpty()) {
                Block last = out.get(out.size() - 1);
                if (last.a + last.size == blk.a && last.b + last.size == blk.b) {
                    out.set(out.size() - 1, new Block(last.a, last.b, last.size + blk.size));
                    continue;
                }
            }
            out.add(blk);
        }
        return List.copyOf(out);
    }
}
