package dev.jtrace.replay.engine;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a replay.
 *
 * @param divergences  the re-executed calls that came out differently, in replay order
 * @param replayed     how many calls were re-executed
 * @param emulated     how many were emulated, by syscall name
 * @param skipped      how many never ran, by syscall name (and those of tasks not selected with --pid)
 */
public record ReplayReport(List<ReplayDivergence> divergences, long replayed, Map<String, Long> emulated,
                           Map<String, Long> skipped) {
    public ReplayReport {
        divergences = List.copyOf(divergences);
        emulated = Map.copyOf(new TreeMap<>(emulated));
        skipped = Map.copyOf(new TreeMap<>(skipped));
    }

    public long emulatedCount() {
        return emulated.values().stream().mapToLong(Long::longValue).sum();
    }

    public long skippedCount() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line per divergent call, then the summary line. */
    public void printText(PrintWriter out) {
        for (ReplayDivergence d : divergences) {
            out.printf("divergence: task %s (pid %d) call %d: %s recorded = %s, replayed = %s%n",
                    d.task(), d.tid(), d.index() + 1, d.call(), d.recorded(), d.replayed());
        }
        out.printf("replayed %d, emulated %d, skipped %d, divergent %d%n", replayed, emulatedCount(), skippedCount(),
                divergences.size());
        if (!skipped.isEmpty()) {
            out.println("skipped: " + counts(skipped));
        }
        out.flush();
    }

    /** The report as one JSON object. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"replayed\":").append(replayed).append(",\"emulated\":")
                .append(emulatedCount()).append(",\"skipped\":").append(skippedCount()).append(",\"divergent\":")
                .append(divergences.size()).append(",\"emulatedBySyscall\":").append(jsonCounts(emulated))
                .append(",\"skippedBySyscall\":").append(jsonCounts(skipped)).append(",\"divergences\":[");
        for (int i = 0; i < divergences.size(); i++) {
            ReplayDivergence d = divergences.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"task\":").append(str(d.task())).append(",\"pid\":").append(d.tid())
                    .append(",\"call\":").append(d.index() + 1).append(",\"syscall\":").append(str(d.call()))
                    .append(",\"recorded\":").append(str(d.recorded())).append(",\"replayed\":")
                    .append(str(d.replayed())).append('}');
        }
        return sb.append("]}").toString();
    }

    private static String counts(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    private static String jsonCounts(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ",").append(str(k)).append(':').append(v));
        return sb.append('}').toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
