package dev.jtrace.cli;

import static dev.jtrace.cli.DiffCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.cli.DiffCommandTest.Result;
import dev.jtrace.replay.export.SyzProgramParser;
import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private Path trace;

    @BeforeEach
    void record() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        trace = dir.resolve("t.jtrace");
        Result r = run("record", "-f", "-o", trace.toString(), "sh", "-c",
                TestPrograms.path("rp_files") + " " + work + " | cat >/dev/null");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void seedsAreOneFilePerInputStream() throws Exception {
        Path seeds = dir.resolve("seeds");

        Result r = run("export", "--format", "seeds", "--dir", seeds.toString(), trace.toString());

        assertEquals(0, r.status(), r.err());
        assertEquals("hello, replay\n", Files.readString(seeds.resolve("root.0_openat_4_d_a.txt")));
        Path pipe;
        try (var files = Files.list(seeds)) {
            pipe = files.filter(f -> f.getFileName().toString().startsWith("root.1_root_pipe2_")).findFirst().orElseThrow();
        }
        assertEquals("done\n", Files.readString(pipe));
    }

    @Test
    void cWritesAProgramForTheChosenTask() throws Exception {
        Path c = dir.resolve("repro.c");

        Result r = run("export", "--format", "c", "--task", "root.0", "-o", c.toString(), trace.toString());

        assertEquals(0, r.status(), r.err());
        String source = Files.readString(c);
        assertTrue(source.contains("int main(void)") && source.contains("\"d/a.txt\""), source);
    }

    @Test
    void theCReproducerRecordedAgainDiffsCleanAgainstTheOriginal() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work2"));
        Path original = dir.resolve("original.jtrace");
        assertEquals(0, run("record", "-o", original.toString(), TestPrograms.path("rp_files").toString(),
                work.toString()).status());
        Path c = dir.resolve("repro.c");
        assertEquals(0, run("export", "--format", "c", "-o", c.toString(), original.toString()).status());
        Path binary = dir.resolve("repro");
        Process gcc = new ProcessBuilder("gcc", "-static", "-O0", "-o", binary.toString(), c.toString())
                .redirectErrorStream(true).start();
        String gccOutput = new String(gcc.getInputStream().readAllBytes());
        assertEquals(0, gcc.waitFor(), gccOutput);
        Path reproduced = dir.resolve("repro.jtrace");
        assertEquals(0, run("record", "-o", reproduced.toString(), binary.toString()).status(), "no call came out differently");
        String set = Files.readAllLines(c).stream().filter(l -> l.contains("jtrace diff -e trace=")).findFirst()
                .orElseThrow().replaceAll(".*-e (trace=\\S+).*", "$1");

        Result diff = run("diff", "-e", set, original.toString(), reproduced.toString());

        assertEquals(0, diff.status(), diff.out());
    }

    @Test
    void syzWritesOneWellFormedProgramPerTask() throws Exception {
        Path syz = dir.resolve("syz");

        Result r = run("export", "--format", "syz", "--dir", syz.toString(), trace.toString());

        assertEquals(0, r.status(), r.err());
        for (String task : new String[] {"root", "root.0", "root.1"}) {
            SyzProgramParser.parse(Files.readString(syz.resolve(task + ".syz")));
        }
    }

    @Test
    void mistakesAreUsageErrorsOrOneLine() throws Exception {
        assertEquals(2, run("export", trace.toString()).status());
        assertEquals(2, run("export", "--format", "pdf", trace.toString()).status());
        assertEquals(2, run("export", "--format", "seeds", trace.toString()).status());
        Result noTask = run("export", "--format", "c", "--task", "root.7", trace.toString());
        assertEquals(1, noTask.status());
        assertEquals(1, noTask.err().lines().count(), noTask.err());
        assertTrue(noTask.err().contains("no task root.7"), noTask.err());
        Result badOut = run("export", "--format", "c", "-o", dir.resolve("missing/x.c").toString(), trace.toString());
        assertEquals(1, badOut.status());
        assertEquals("jtrace export: cannot write " + dir.resolve("missing/x.c") + ": no such directory\n",
                badOut.err());
    }
}
