package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.jtrace.testdata.TestPrograms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * jtrace against strace on every workload of {@code testdata/workloads/differential.suite}. Text workloads are
 * scored (strace lines reproduced); the suite fails when the overall score is below {@code jtrace.diff.min}
 * (default 0.80). Summary ({@code -c}) workloads fail unless every syscall's call and error counts are equal.
 * System properties: {@code jtrace.command} (default {@code ROOT/jtrace}), {@code jtrace.diff.min},
 * {@code jtrace.diff.show} (differing hunks printed per workload, default 3), {@code jtrace.diff.keep}
 * (a directory to keep every workload's texts in).
 */
class StraceDifferentialIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Path root = TestPrograms.projectRoot();
    private final double minFraction = Double.parseDouble(System.getProperty("jtrace.diff.min", "0.80"));
    private final int shownHunks = Integer.getInteger("jtrace.diff.show", 3);
    private TraceTextComparison.Result overall = new TraceTextComparison.Result(0, 0, List.of());
    /** Every syscall strace printed across the text workloads: how much of the ABI the suite exercises. */
    private final java.util.Set<String> syscallsSeen = new java.util.TreeSet<>();

    @TestFactory
    Stream<DynamicTest> jtraceMatchesStrace() throws IOException {
        List<String> jtrace = ShellWords.split(System.getProperty("jtrace.command", root.resolve("jtrace").toString()));
        String launcher = jtrace.get(0);
        skipUnless(!launcher.contains("/") || Files.isExecutable(Path.of(launcher)),
                "jtrace launcher " + launcher + " not found: the differential suite needs it (set -Djtrace.command=...)");
        skipUnless(Stream.of("/usr/bin/strace", "/bin/strace").anyMatch(p -> Files.isExecutable(Path.of(p))),
                "strace is not installed: it is the reference of the differential suite");
        List<Workload> suite = WorkloadSuite.read(root.resolve("testdata/workloads/differential.suite"), TestPrograms::path);
        Path cwd = Files.createTempDirectory("jtrace-difftest-cwd-");
        Tracers tracers = new Tracers(jtrace, cwd, TIMEOUT);
        Stream<DynamicTest> each = IntStream.range(0, suite.size()).mapToObj(i -> {
            Workload w = suite.get(i);
            String keepName = String.format("%02d_%s", i + 1, w.source().replaceAll("[^\\w.@-]+", "_"));
            return dynamicTest(w.source(), () -> {
                if (w.isSummary()) {
                    compareSummaries(tracers, w, keepName);
                } else {
                    compareTexts(tracers, w, keepName);
                }
            });
        });
        Stream<DynamicTest> total = Stream.of(dynamicTest("overall score >= " + minFraction, () -> {
            deleteTree(cwd);
            System.out.println("[differential] TOTAL: " + overall);
            System.out.println("[differential] distinct syscalls strace printed: " + syscallsSeen.size() + " "
                    + syscallsSeen);
            assertTrue(overall.fraction() >= minFraction,
                    "jtrace reproduced " + overall + " of strace's lines; at least " + 100 * minFraction + "% required");
        }));
        return Stream.concat(each, total);
    }

    /** A skipped test factory shows as "0 tests" in reports: say why on stdout too. */
    private static void skipUnless(boolean condition, String why) {
        if (!condition) {
            System.out.println("[differential] SKIPPED: " + why);
        }
        assumeTrue(condition, why);
    }

    private void compareTexts(Tracers tracers, Workload w, String keepName) throws IOException {
        inWorkDir(keepName, dir -> {
            StraceText strace = StraceText.read(tracers.strace(w, dir));
            int straceLines = strace.fromFirstExecve().lineCount();
            syscallsSeen.addAll(strace.syscallNames());
            Path jtraceText;
            try {
                jtraceText = tracers.jtrace(w, dir);
            } catch (IllegalStateException e) {
                overall = overall.plus(new TraceTextComparison.Result(0, straceLines, List.of()));
                System.out.println("[differential] " + w.source() + "\n  0/" + straceLines + " lines: " + e.getMessage());
                throw e;
            }
            TraceTextComparison.Result r = TraceTextComparison.compare(strace, StraceText.read(jtraceText), shownHunks);
            overall = overall.plus(new TraceTextComparison.Result(r.matched(), r.total(), List.of()));
            System.out.println("[differential] " + w.source() + "\n  " + r);
            r.differences().forEach(System.out::println);
        });
    }

    private void compareSummaries(Tracers tracers, Workload w, String keepName) throws IOException {
        inWorkDir(keepName, dir -> {
            SyscallSummary strace = SyscallSummary.read(tracers.strace(w, dir));
            SyscallSummary jtrace = SyscallSummary.read(tracers.jtrace(w, dir));
            List<String> differences = strace.differencesFrom(jtrace);
            System.out.println("[differential] " + w.source() + "\n  " + (strace.counts().size() - differences.size())
                    + " of " + strace.counts().size() + " syscalls with equal counts");
            differences.forEach(d -> System.out.println("  " + d));
            assertTrue(differences.isEmpty(), "per-syscall counts differ for " + w.source() + ":\n  "
                    + String.join("\n  ", differences));
        });
    }

    private interface WorkDirAction {
        void run(Path dir) throws IOException;
    }

    /** Runs {@code action} in a fresh directory, copied to {@code jtrace.diff.keep/keepName} if that is set. */
    private void inWorkDir(String keepName, WorkDirAction action) throws IOException {
        Path dir = Files.createTempDirectory("jtrace-difftest-");
        try {
            action.run(dir);
        } finally {
            String keep = System.getProperty("jtrace.diff.keep");
            if (keep != null) {
                Path to = Path.of(keep).resolve(keepName);
                Files.createDirectories(to);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
