package dev.jtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private Path record(String name, String program) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path trace = dir.resolve(name);
        Result r = run("record", "-f", "-o", trace.toString(), TestPrograms.path(program).toString(), work.toString());
        assertEquals(0, r.status(), r.err());
        return trace;
    }

    @Test
    void sameProgramTwiceExitsZero() throws Exception {
        Path a = record("a.jtrace", "rp_files");
        Path b = record("b.jtrace", "rp_files");

        Result r = run("diff", a.toString(), b.toString());

        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("1 tasks: 1 same, 0 differ"), r.out());
    }

    @Test
    void differentProgramsExitOneAndShowTheCall() throws Exception {
        Path a = record("a.jtrace", "rp_files");
        Path b = record("b.jtrace", "rp_files_variant");

        Result r = run("diff", "-e", "trace=!execve", "-C", "1", a.toString(), b.toString());

        assertEquals(1, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("--- " + a, lines[0]);
        assertTrue(lines[3].matches("@@ call (\\d+) / call \\1 @@"), r.out());
        assertTrue(lines[4].matches("\\s+\\d+  openat\\(AT_FDCWD, \"d/c.txt\", .*"), r.out());
        assertTrue(lines[5].matches("- +\\d+  write\\(fd<openat#\\d+>, \"hello, replay\\\\n\", 14\\) = 14"), r.out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(
                l -> l.matches("\\+ +\\d+  write\\(fd<openat#\\d+>, \"other bytes\\\\n\", 12\\) = 12")), r.out());
    }

    @Test
    void aFileThatIsNoTraceIsTroubleWithOneLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jtrace"), "not a trace");
        Path a = record("a.jtrace", "rp_files");

        Result r = run("diff", a.toString(), bad.toString());

        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("jtrace diff: ") && r.err().contains("bad.jtrace"), r.err());
    }

    @Test
    void oneFileIsAUsageError() {
        assertEquals(2, run("diff", "x").status());
        assertEquals(2, run("diff", "-e", "trace=nosuchcall", "x", "y").status());
    }
}
