package dev.jtrace.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Stop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** However tasks' stops interleave, the text must say the same as if they had not. */
class InterleavingTest {
    private static final AnalyzeOptions FOLLOW = AnalyzeOptions.builder().followForks(true).build();

    /**
     * Each element of {@code schedule} picks the task (of three) whose next stop comes next; each task
     * makes {@code calls} read calls.
     */
    @Property(tries = 200)
    void joiningUnfinishedAndResumedGivesEachTasksCallsInOrder(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 2) Integer> schedule,
            @ForAll @IntRange(min = 1, max = 8) int calls) throws IOException {
        int[] next = new int[3];
        List<Stop> stops = new ArrayList<>();
        long time = 0;
        List<Integer> order = new ArrayList<>(schedule);
        for (int task = 0; task < 3; task++) {
            for (int i = 0; i < 2 * calls; i++) {
                order.add(task); // enough turns for every task to finish
            }
        }
        for (int task : order) {
            int k = next[task]++;
            if (k >= 2 * calls) {
                continue;
            }
            int tid = 100 + task;
            int call = k / 2;
            stops.add(k % 2 == 0 ? Stops.in(tid, time++, "read", call, 4096, 100 * tid + call)
                    : Stops.out(tid, time++, "read", call));
        }
        String text = AnalyzerTest.run(Stops.attached(), FOLLOW, stops.toArray(Stop[]::new));
        Map<String, List<String>> joined = join(text);
        for (int task = 0; task < 3; task++) {
            int tid = 100 + task;
            List<String> expected = new ArrayList<>();
            for (int call = 0; call < calls; call++) {
                expected.add("read(" + call + ", 4096, " + (100 * tid + call) + ") = " + call);
            }
            assertEquals(expected, joined.get(Integer.toString(tid)));
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf(" = ");
            if (eq >= 0) {
                assertTrue(line.indexOf("= ") >= 40 && (line.indexOf("= ") == 40 || !line.startsWith(" ", eq - 1)),
                        "misaligned: " + line);
            }
        }
    }

    /** Per pid, the calls with unfinished/resumed pairs joined and alignment spaces squeezed. */
    private static Map<String, List<String>> join(String text) {
        Map<String, List<String>> byPid = new LinkedHashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String pid = line.substring(0, 5).trim();
            String body = line.substring(6);
            if (body.endsWith(LineWriter.UNFINISHED)) {
                pending.put(pid, body.substring(0, body.length() - LineWriter.UNFINISHED.length()));
                continue;
            }
            if (body.startsWith("<... ")) {
                body = pending.remove(pid) + body.substring(body.indexOf("resumed>") + "resumed>".length());
            }
            byPid.computeIfAbsent(pid, p -> new ArrayList<>()).add(body.replaceAll(" +=", " ="));
        }
        return byPid;
    }
}
