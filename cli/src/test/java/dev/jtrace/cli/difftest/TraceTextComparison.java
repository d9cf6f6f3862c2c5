package dev.jtrace.cli.difftest;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of strace's text jtrace reproduced: process by process (matched by ancestry name), the number of
 * strace's lines that appear in jtrace's text in the same order, and the first places where they differ.
 */
public final class TraceTextComparison {
    /**
     * @param matched     strace lines reproduced exactly, in order
     * @param total       strace lines
     * @param differences the first differing hunks, as {@code strace P1: ...} / {@code jtrace P1: ...} lines
     */
    public record Result(int matched, int total, List<String> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        /** Fraction of strace's lines matched; 1 for two empty texts. */
        public double fraction() {
            return total == 0 ? 1.0 : (double) matched / total;
        }

        public Result plus(Result other) {
            List<String> diffs = new ArrayList<>(differences);
            diffs.addAll(other.differences);
            return new Result(matched + other.matched, total + other.total, diffs);
        }

        @Override
        public String toString() {
            return String.format("%d/%d lines identical (%.1f%%)", matched, total, 100.0 * fraction());
        }
    }

    private static final int SHOWN_LINES_PER_SIDE = 2;
    private static final int SHOWN_LINE_LENGTH = 200;

    private TraceTextComparison() {
    }

    /** Compares both texts from their first {@code execve} on; reports at most {@code maxHunks} differing hunks. */
    public static Result compare(StraceText strace, StraceText jtrace, int maxHunks) {
        StraceText s = strace.fromFirstExecve();
        StraceText j = jtrace.fromFirstExecve();
        int matched = 0;
        List<String> differences = new ArrayList<>();
        for (var e : s.processes().entrySet()) {
            String process = e.getKey();
            List<String> a = e.getValue();
            List<String> b = j.lines(process);
            List<MatchingBlocks.Block> blocks = MatchingBlocks.of(a, b);
            matched += blocks.stream().mapToInt(MatchingBlocks.Block::size).sum();
            describeGaps(process, a, b, blocks, maxHunks, differences);
        }
        return new Result(matched, s.lineCount(), differences);
    }

    private static void describeGaps(String process, List<String> a, List<String> b, List<MatchingBlocks.Block> blocks,
                                     int maxHunks, List<String> out) {
        int i = 0;
        int j = 0;
        List<MatchingBlocks.Block> withEnd = new ArrayList<>(blocks);
        withEnd.add(new MatchingBlocks.Block(a.size(), b.size(), 0));
        int hunks = (int) out.stream().filter(l -> l.startsWith("@@")).count();
        for (MatchingBlocks.Block blk : withEnd) {
            if ((i < blk.a() || j < blk.b()) && hunks < maxHunks) {
                out.add("@@ " + process + " strace line " + (i + 1) + ", jtrace line " + (j + 1));
                show("strace", process, a.subList(i, blk.a()), out);
                show("jtrace", process, b.subList(j, blk.b()), out);
                if (j == blk.b()) {
                    out.add("  jtrace " + process + ": (missing)");
                }
                hunks++;
            }
            i = blk.a() + blk.size();
            j = blk.b() + blk.size();
        }
    }

    private static void show(String who, String process, List<String> lines, List<String> out) {
        for (String l : lines.subList(0, Math.min(lines.size(), SHOWN_LINES_PER_SIDE))) {
            out.add("  " + who + " " + process + ": " + (l.length() > SHOWN_LINE_LENGTH ? l.substring(0, SHOWN_LINE_LENGTH) : l));
        }
    }
}
