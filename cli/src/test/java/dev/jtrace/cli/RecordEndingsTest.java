package dev.jtrace.cli;

import static dev.jtrace.cli.Processes.awaitTracedBy;
import static dev.jtrace.cli.Processes.jtrace;
import static dev.jtrace.cli.Processes.kill;
import static dev.jtrace.cli.RecordDetachTest.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.jtrace.cli.Processes.Target;
import dev.jtrace.cli.RecordDetachTest.Output;
import dev.jtrace.format.RecordingPart;
import dev.jtrace.format.TraceReader;
import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How jtrace record ends and what it leaves: exit status by signal, split files, refused attaches, ABI notices. */
@Timeout(120)
class RecordEndingsTest {
    @TempDir
    Path dir;

    private static String lastLines(String text, int n) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size())) + "\n";
    }

    @Test
    void aCommandKilledBySigsegvEndsJtraceBySigsegvToo() throws Exception {
        String pattern = Files.readString(Path.of("/proc/sys/kernel/core_pattern")).trim();
        Path trace = dir.resolve("t.avro");
        Process recorder = jtrace(dir, "record", "-o", trace.toString(), TestPrograms.path("rob_segv").toString());
        assertEquals(128 + 11, recorder.waitFor(), "killed by SIGSEGV, as strace is");
        String text = analyze(trace.toString()).out();
        boolean coreWritten = !pattern.startsWith("|") && !pattern.startsWith("/");
        if (coreWritten) {
            // core_pattern is a relative name: the command's core lands in its directory, the recorder leaves none.
            try (Stream<Path> files = Files.list(dir)) {
                List<String> cores = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("core"))
                        .toList();
                assertEquals(1, cores.size(), "the command's core only: " + cores);
            }
        }
        assumeFalse(pattern.startsWith("|"), "core_pattern pipes cores elsewhere: whether one is dumped is unknown");
        assertEquals("--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---\n"
                + "+++ killed by SIGSEGV (core dumped) +++\n", lastLines(text, 2));
    }

    @Test
    void aSplitRecordingKeepsTheNewestFilesWithinTheSizeAndReadsBackAsOne() throws Exception {
        Path trace = dir.resolve("t.avro");
        Process recorder = jtrace(dir, "record", "--max-size", "64K", "--rotate", "2", "--codec", "null", "-o",
                trace.toString(), "--", "/bin/sh", "-c", "i=0; while [ $i -lt 2500 ]; do i=$((i+1)); echo $i; done");
        assertEquals(0, recorder.waitFor());
        List<Path> parts;
        try (Stream<Path> files = Files.list(dir)) {
            parts = new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith("t.avro")).toList());
        }
        assertEquals(2, parts.size(), parts.toString());
        List<Integer> indexes = new ArrayList<>();
        String id = null;
        for (Path p : parts) {
            assertTrue(Files.size(p) <= 64 * 1024, p + " has " + Files.size(p) + " bytes");
            try (TraceReader r = TraceReader.open(p)) {
                RecordingPart part = r.part().orElseThrow();
                assertEquals(p.getFileName().toString(), part.index() == 0 ? "t.avro" : "t.avro." + part.index());
                assertTrue(id == null || id.equals(part.recordingId()));
                id = part.recordingId();
                indexes.add(part.index());
            }
        }
        Collections.sort(indexes);
        assertTrue(indexes.get(0) >= 1 && indexes.get(1) == indexes.get(0) + 1, indexes.toString());

        Collections.sort(parts);
        Collections.reverse(parts); // any order on the command line
        Output text = analyze(parts.stream().map(Path::toString).toArray(String[]::new));
        assertEquals("", text.err());
        assertEquals(0, text.status());
        assertTrue(text.out().endsWith("write(1, \"2500\\n\", 5)                  = 5\nexit_group(0)"
                + "                           = ?\n+++ exited with 0 +++\n")
                || text.out().endsWith("+++ exited with 0 +++\n"), lastLines(text.out(), 3));

        Output one = analyze(parts.get(0).toString());
        assertEquals(0, one.status(), "each part is a trace of its own");
        assertEquals("", one.err());
    }

    @Test
    void partsOfDifferentRecordingsOrWithAGapAreRefused() throws Exception {
        Path a = dir.resolve("a.avro");
        Path b = dir.resolve("b.avro");
        String loop = "i=0; while [ $i -lt 2500 ]; do i=$((i+1)); echo $i; done";
        for (Path p : List.of(a, b)) {
            assertEquals(0, jtrace(dir, "record", "--max-size", "64K", "--codec", "null", "-o", p.toString(), "--",
                    "/bin/sh", "-c", loop).waitFor());
        }
        assertTrue(Files.exists(dir.resolve("a.avro.2")), "the loop fills three parts");
        Output mixed = analyze(a.toString(), dir.resolve("b.avro.1").toString());
        assertEquals(1, mixed.status());
        assertEquals("jtrace analyze: " + dir.resolve("b.avro.1") + " belongs to another recording than " + a + "\n",
                mixed.err());
        Output gap = analyze(a.toString(), dir.resolve("a.avro.2").toString());
        assertEquals(1, gap.status());
        assertEquals("jtrace analyze: part 1 of the recording is missing (between " + a + " and "
                + dir.resolve("a.avro.2") + ")\n", gap.err());
    }

    @Test
    void attachingToAProcessTracedByStraceIsAOneLineErrorAndOtherPidsAreStillTraced() throws Exception {
        try (Target traced = new Target("rob_sigcount", "sleep"); Target free = new Target("rob_sigcount", "sleep")) {
            Process strace = new ProcessBuilder("strace", "-o", "/dev/null", "-p", Integer.toString(traced.pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                awaitTracedBy(traced.pid, strace);
                Path trace = dir.resolve("t.avro");
                Process alone = jtrace(dir, "record", "-o", trace.toString(), "-p", Integer.toString(traced.pid));
                String err = new String(alone.getErrorStream().readAllBytes());
                assertEquals(1, alone.waitFor());
                assertEquals("jtrace record: attach: pid " + traced.pid + ": Operation not permitted (it is already"
                        + " traced by pid " + Processes.tracer(traced.pid) + ", strace)\n", err);

                Process both = jtrace(dir, "record", "-o", trace.toString(), "-p", traced.pid + "," + free.pid);
                awaitTracedBy(free.pid, both);
                while (RecordDetachTest.readableStops(trace) < 3 && both.isAlive()) {
                    Thread.sleep(50);
                }
                kill(both.pid(), "INT");
                assertEquals(0, both.waitFor());
                String bothErr = new String(both.getErrorStream().readAllBytes());
                assertTrue(bothErr.startsWith("jtrace record: attach: pid " + traced.pid
                        + ": Operation not permitted (it is already traced by pid "), bothErr);
                String text = analyze(trace.toString()).out();
                assertTrue(text.contains(free.pid + " "), text);
                assertTrue(!text.contains(traced.pid + " "), text);
            } finally {
                strace.destroy();
                strace.waitFor();
            }
            kill(free.pid, "TERM");
            assertEquals("count=0", free.line());
        }
    }

    @Test
    void i386CallsAreCountedInTheirOwnTableAndTheModeSwitchesNoticedOnStderr() throws Exception {
        Path trace = dir.resolve("t.avro");
        assertEquals(0, jtrace(dir, "record", "-o", trace.toString(), TestPrograms.path("int80").toString())
                .waitFor());
        Output text = analyze(trace.toString());
        int pid;
        try (TraceReader r = TraceReader.open(trace)) {
            pid = r.iterator().next().tid();
        }
        assertEquals("[ Process PID=" + pid + " runs in 32 bit mode. ]\n[ Process PID=" + pid
                + " runs in 64 bit mode. ]\n", text.err());
        assertTrue(text.out().contains("\ngetpid("), text.out());
        Output toFile = analyze("-o", dir.resolve("out.txt").toString(), trace.toString());
        assertEquals("", toFile.err(), "strace -o FILE prints no notices");

        String table = analyze("-c", trace.toString()).out();
        String i386 = table.substring(table.indexOf("System call usage summary for 32 bit mode:\n"));
        List<String> names = i386.lines().filter(l -> l.matches("^ *[0-9.]+ .*")).map(l -> l.replaceAll(".* ", ""))
                .toList();
        assertEquals(List.of("getpid", "write", "close", "total").stream().sorted().toList(),
                names.stream().sorted().toList(), "strace leaves the unknown syscall_0x270f out: " + i386);
    }

}
