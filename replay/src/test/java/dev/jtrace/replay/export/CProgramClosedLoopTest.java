package dev.jtrace.replay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.diff.DiffResult;
import dev.jtrace.replay.diff.TraceDiff;
import dev.jtrace.testdata.TestPrograms;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record a program, export it as C, compile and record the reproducer: it makes the same exported calls. */
class CProgramClosedLoopTest {
    @TempDir
    Path dir;

    private final SyscallShapes shapes = SyscallShapes.builtIn();

    @Test
    void theReproducerMakesTheSameCalls() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Trace original = Trace.record(TestPrograms.path("rp_files").toString(), work.toString());
        ExportPlan plan = new ExportPlanner(shapes).plan(original, "root");
        Set<String> names = plan.fullyExportedNames();
        assertTrue(names.containsAll(Set.of("openat", "write", "read", "rename", "unlink", "mkdir", "lseek")), names::toString);

        Path source = Files.writeString(dir.resolve("repro.c"), CProgramWriter.write(plan, "rp_files"));
        Path binary = dir.resolve("repro");
        Process gcc = new ProcessBuilder("gcc", "-static", "-O0", "-Wall", "-o", binary.toString(), source.toString())
                .redirectErrorStream(true).start();
        String gccOutput = new String(gcc.getInputStream().readAllBytes());
        assertEquals(0, gcc.waitFor(), gccOutput);

        Trace reproduced = Trace.record(binary.toString());

        assertEquals(0, reproduced.exitStatus(), "every re-issued call returned what was recorded");
        DiffResult diff = new TraceDiff(shapes, c -> names.contains(c.name()), 3).compare(original, reproduced);
        StringWriter text = new StringWriter();
        diff.print(new PrintWriter(text), "original", "reproducer");
        assertTrue(diff.same(), text::toString);
        assertTrue(Files.readString(source).contains("jtrace diff -e trace=" + String.join(",", names)));
    }
}
