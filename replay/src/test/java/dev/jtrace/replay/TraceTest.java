package dev.jtrace.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceTest {
    @TempDir
    Path dir;

    @Test
    void queriesARecordedProgram() throws Exception {
        Trace t = Trace.record(TestPrograms.path("rp_files").toString(), dir.toString());

        assertEquals(0, t.exitStatus());
        List<String> own = t.pathsOpened().stream().filter(p -> !p.startsWith("/")).toList();
        assertEquals(List.of("d/a.txt", "d/a.txt", "d/c.txt", "d/missing.txt"), own);
        assertFalse(t.pathsOpenedSuccessfully().contains("d/missing.txt"));
        assertArrayEquals("done\n".getBytes(StandardCharsets.US_ASCII), t.bytesWritten(1));
        assertEquals(1, t.count("rename"));
        assertEquals(4, t.count("unlink"));
        assertEquals(1L, t.counts().get("mkdir"));
        assertEquals("execve", t.root().calls().get(0).name());
        assertEquals("exit_group", t.calls().get(t.calls().size() - 1).name());
        assertTrue(Files.exists(dir) && !Files.exists(dir.resolve("d")), "the program cleaned up after itself");
    }

    @Test
    void childrenAreOrderedByAncestry() throws Exception {
        Trace t = Trace.record("sh", "-c", "/bin/true; /bin/true");

        assertEquals(3, t.tasks().size());
        assertEquals(List.of(), t.root().lineage());
        assertEquals(List.of(0), t.tasks().get(1).lineage());
        assertEquals(List.of(1), t.tasks().get(2).lineage());
        assertEquals("root.1", t.tasks().get(2).lineageName());
        assertEquals(t.root().children(), List.of(t.tasks().get(1).tid(), t.tasks().get(2).tid()));
    }

    @Test
    void bytesWrittenFollowTheFdNumber() throws Exception {
        Trace t = Trace.record("sh", "-c", "printf xyz; printf abc");

        assertArrayEquals("xyzabc".getBytes(StandardCharsets.US_ASCII), t.bytesWritten(1));
        assertArrayEquals(new byte[0], t.bytesWritten(2));
    }
}
