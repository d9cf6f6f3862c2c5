package dev.jtrace.replay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCorpusTest {
    @TempDir
    Path dir;

    private final InputStreams streams = new InputStreams(SyscallShapes.builtIn());

    @Test
    void eachOpenedFileIsOneStream() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Trace t = Trace.record(TestPrograms.path("rp_files").toString(), work.toString());

        Map<String, byte[]> s = streams.of(t);

        assertTrue(s.containsKey("root_openat_4_d_a.txt"), s.keySet().toString());
        assertEquals("hello, replay\n", new String(s.get("root_openat_4_d_a.txt")));
        assertEquals("hello, replay\n", new String(s.get("root_openat_5_d_c.txt")));
    }

    @Test
    void aChildReadingItsParentsPipeNamesThePipe() throws Exception {
        Trace t = Trace.record("sh", "-c", "printf abc | cat > /dev/null");

        Map<String, byte[]> s = streams.of(t);

        String name = s.keySet().stream().filter(k -> k.startsWith("root.1_root_pipe2_")).findFirst().orElseThrow(
                () -> new AssertionError(s.keySet().toString()));
        assertEquals("abc", new String(s.get(name)));
    }

    @Test
    void theCorpusHasOneFilePerNonEmptyStream() throws Exception {
        Trace t = Trace.record("sh", "-c", "printf abc | cat > /dev/null");

        List<Path> files = new SeedCorpus(streams).write(t, dir.resolve("seeds"));

        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("root.1_root_pipe2_")));
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
            assertEquals(dir.resolve("seeds"), f.getParent());
        }
    }
}
