package dev.jtrace.cli;

import static dev.jtrace.cli.DiffCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.cli.DiffCommandTest.Result;
import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFaithfulReplayExitsZeroWithASummary() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path trace = dir.resolve("t.jtrace");
        assertEquals(0, run("record", "-f", "-o", trace.toString(), TestPrograms.path("rp_files").toString(),
                work.toString()).status());

        Result r = run("replay", "--root", dir.resolve("root").toString(), trace.toString());

        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().matches("(?s)replayed \\d+, emulated \\d+, skipped \\d+, divergent 0\n.*"), r.out());
    }

    @Test
    void aDivergenceExitsOneAndTheJsonReportNamesTheCall() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "x\n");
        Path trace = dir.resolve("t.jtrace");
        assertEquals(0, run("record", "-o", trace.toString(), "cat", input.toString()).status());
        Path root = dir.resolve("root");
        Path inRoot = root.resolve(input.toString().substring(1));
        Files.createDirectories(inRoot.getParent());
        Files.writeString(inRoot, "x\n");
        Files.setPosixFilePermissions(inRoot, PosixFilePermissions.fromString("---------"));
        Path report = dir.resolve("report.json");

        Result r = run("replay", "--root", root.toString(), "--json", "--report", report.toString(), trace.toString());

        assertEquals(1, r.status(), r.err());
        String json = Files.readString(report);
        assertTrue(json.contains("\"divergent\":1") && json.contains("\"replayed\":\"-1 EACCES\"")
                && json.contains(input.toString()), json);
    }

    @Test
    void troubleExitsTwoWithOneLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad"), "no trace");

        Result r = run("replay", bad.toString());

        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(2, run("replay", "--speed", "-1", bad.toString()).status());
    }
}
