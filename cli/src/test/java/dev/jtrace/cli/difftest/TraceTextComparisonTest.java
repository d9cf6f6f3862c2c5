package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison judged on strace alone: two strace runs of a deterministic workload must agree completely,
 * and a damaged text must score lower. This is what makes the differential suite's scores trustworthy.
 */
class TraceTextComparisonTest {
    @TempDir
    Path dir;

    private List<String> straceRun(String suiteLine, String name) throws IOException {
        Workload w = Workload.parse(suiteLine, TestPrograms::path);
        Path runDir = Files.createDirectories(dir.resolve(name));
        Tracers tracers = new Tracers(List.of("unused"), dir, Duration.ofSeconds(60));
        return Files.readAllLines(tracers.strace(w, runDir), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static TraceTextComparison.Result compare(List<String> strace, List<String> other) {
        return TraceTextComparison.compare(StraceText.parse(strace), StraceText.parse(other), 3);
    }

    @Test
    void twoStraceRunsOfTheSameProgramsAgreeCompletely() throws IOException {
        for (String workload : List.of(";; @files", ";; @signals", ";; @proc", ";; @net", ";; @time", ";; @io", ";; @mem",
                ";; @poll", ";; @int80", ";; @execs", "-y ;; @fds")) {
            List<String> first = straceRun(workload, "a");
            List<String> second = straceRun(workload, "b");
            assertTrue(!first.equals(second), "the raw texts differ (pids at least) for " + workload);
            TraceTextComparison.Result r = compare(first, second);
            assertEquals(r.total(), r.matched(), workload + ": " + r + "\n" + String.join("\n", r.differences()));
            assertTrue(r.total() > 20, workload + " traced too little: " + r);
        }
    }

    /** Where a signal or a thread's exit falls relative to another process's calls can change between runs. */
    @Test
    void twoStraceRunsOfRacyWorkloadsAgreeAlmostCompletely() throws IOException {
        for (String workload : List.of(";; @threads", "-s 64 ;; sh -c 'ls / | wc -l; echo done > /dev/null'")) {
            TraceTextComparison.Result r = compare(straceRun(workload, "a"), straceRun(workload, "b"));
            assertTrue(r.fraction() > 0.9, workload + ": " + r + "\n" + String.join("\n", r.differences()));
        }
    }

    @Test
    void droppingEveryThirdLineCostsAThirdOfTheScore() throws IOException {
        List<String> strace = straceRun(";; @files", "a");
        List<String> damaged = IntStream.range(0, strace.size()).filter(i -> i % 3 != 2).mapToObj(strace::get).toList();
        TraceTextComparison.Result r = compare(strace, damaged);
        assertTrue(r.fraction() < 0.70 && r.fraction() > 0.60, "score " + r);
        assertTrue(r.differences().get(0).startsWith("@@ P1 "), r.differences().get(0));
        assertTrue(r.differences().contains("  jtrace P1: (missing)"), String.join("\n", r.differences()));
    }

    @Test
    void aWrongValueCostsItsLineAndIsShown() throws IOException {
        List<String> strace = straceRun(";; @fds", "a");
        List<String> wrong = new ArrayList<>();
        for (String line : strace) {
            wrong.add(line.replace("= -1 EBADF (Bad file descriptor)", "= -1 EINVAL (Invalid argument)"));
        }
        long changed = strace.stream().filter(l -> l.contains("EBADF")).count();
        TraceTextComparison.Result r = compare(strace, wrong);
        assertEquals(r.total() - changed, r.matched(), r.toString());
        assertTrue(r.differences().stream().anyMatch(l -> l.startsWith("  strace P1: dup(999) = -1 EBADF")),
                String.join("\n", r.differences()));
        assertTrue(r.differences().stream().anyMatch(l -> l.startsWith("  jtrace P1: dup(999) = -1 EINVAL")),
                String.join("\n", r.differences()));
    }

    @Test
    void aMissingChildProcessCostsAllItsLines() throws IOException {
        List<String> strace = straceRun(";; @proc", "a");
        String childPid = strace.stream().filter(l -> l.contains("exited with 7")).findFirst().orElseThrow().split("\\s+")[0];
        List<String> withoutChild = strace.stream().filter(l -> !l.startsWith(childPid + " ")).toList();
        StraceText full = StraceText.parse(strace);
        TraceTextComparison.Result r = compare(strace, withoutChild);
        assertEquals(full.fromFirstExecve().lines("P1.1").size(), r.total() - r.matched(), r.toString());
    }
}
