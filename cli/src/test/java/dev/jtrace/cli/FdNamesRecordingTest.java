package dev.jtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * -y on a real recording: fds inherited from before the recording and the working directory come from the
 * recorder's snapshot, pipes created during it carry the inode the recorder read from /proc.
 */
@Timeout(120)
class FdNamesRecordingTest {
    @TempDir
    Path dir;

    @Test
    void inheritedFdsTheCwdAndNewPipesAreNamed() throws Exception {
        Path trace = dir.resolve("fds.jtrace");
        Path text = dir.resolve("fds.txt");
        assertEquals(0, new RecordCommand().run(new String[] {"-o", trace.toString(), "--",
                TestPrograms.path("fds").toString()}));
        assertEquals(0, new AnalyzeCommand().run(new String[] {"-y", "-o", text.toString(), trace.toString()}));
        List<String> lines = Files.readAllLines(text);
        String cwd = Path.of("").toAbsolutePath().toString();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("openat(AT_FDCWD<" + cwd + ">, ")), String.join("\n", lines));
        String stdout = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("write(1<" + stdout + ">, \"fds ok\\n\"")),
                String.join("\n", lines));
        String pipe = lines.stream().filter(l -> l.startsWith("pipe2([")).findFirst().orElseThrow();
        assertTrue(pipe.matches("pipe2\\(\\[3<pipe:\\[(\\d+)]>, 4<pipe:\\[\\1]>], 0\\) += 0"), pipe);
        assertTrue(lines.stream().noneMatch(l -> l.contains(":[?]")), String.join("\n", lines));
    }
}
