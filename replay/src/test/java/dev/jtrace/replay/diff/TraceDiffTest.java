package dev.jtrace.replay.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.testdata.TestPrograms;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceDiffTest {
    @TempDir
    Path dir;

    private final TraceDiff all = new TraceDiff(SyscallShapes.builtIn(), c -> true, 2);

    private Trace record(String program) throws Exception {
        return Trace.record(TestPrograms.path(program).toString(), dir.toString());
    }

    @Test
    void twoRunsOfTheSameProgramDoNotDiffer() throws Exception {
        Trace a = record("rp_files");
        Trace b = record("rp_files");

        DiffResult r = all.compare(a, b);

        assertTrue(r.same(), () -> print(r));
        assertTrue(a.root().tid() != b.root().tid());
    }

    @Test
    void forkedChildrenAreMatchedByLineageAndFdsByProvenance() throws Exception {
        String script = "exec 5</etc/hostname; cat <&5 | cat; cat /dev/null";
        Trace a = Trace.record("sh", "-c", script);
        Trace b = Trace.record("sh", "-c", script);

        // When SIGCHLD interrupts the shell's waiting differs from run to run: leave the waiting out.
        TraceDiff noWaiting = new TraceDiff(SyscallShapes.builtIn(),
                c -> !c.name().equals("wait4") && !c.name().equals("rt_sigreturn"), 2);
        DiffResult r = noWaiting.compare(a, b);

        assertEquals(4, r.tasks().size());
        assertTrue(r.same(), () -> print(r));
    }

    @Test
    void theFirstRealDifferenceIsReportedAtTheDifferingWrite() throws Exception {
        Trace a = record("rp_files");
        Trace b = record("rp_files_variant");
        TraceDiff noExec = new TraceDiff(SyscallShapes.builtIn(), c -> !c.name().equals("execve"), 2);

        DiffResult r = noExec.compare(a, b);

        assertFalse(r.same());
        Divergence d = r.tasks().get(0).divergences().get(0);
        assertEquals(d.a().size(), d.b().size(), "the variant writes and then reads back other bytes");
        assertTrue(d.a().get(0).startsWith("write(fd<openat#") && d.a().get(0).contains("\"hello, replay\\n\", 14) = 14"),
                d.a()::toString);
        assertTrue(d.b().get(0).contains("\"other bytes\\n\", 12) = 12"), d.b()::toString);
        assertTrue(d.context().get(1).startsWith("openat(AT_FDCWD, \"d/c.txt\", "), d.context().toString());
        String text = print(r);
        assertTrue(text.contains("1 tasks: 0 same, 1 differ"), text);
    }

    @Test
    void withoutAFilterTheExecutablePathIsTheFirstDifference() throws Exception {
        DiffResult r = all.compare(record("rp_files"), record("rp_files_variant"));

        Divergence d = r.tasks().get(0).divergences().get(0);
        assertEquals(0, d.indexA());
        assertTrue(d.a().get(0).startsWith("execve(") && d.a().get(0).contains("rp_files\""), d.a()::toString);
    }

    private static String print(DiffResult r) {
        StringWriter w = new StringWriter();
        r.print(new PrintWriter(w), "a", "b");
        return w.toString();
    }
}
