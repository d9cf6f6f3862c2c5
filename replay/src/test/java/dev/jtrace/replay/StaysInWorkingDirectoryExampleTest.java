package dev.jtrace.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example: a program must never open a file outside its working directory. */
class StaysInWorkingDirectoryExampleTest {
    @TempDir
    Path work;

    @Test
    void opensNothingOutsideItsWorkingDirectory() throws Exception {
        Trace trace = Trace.record(TestPrograms.path("rp_files").toString(), work.toString());

        List<String> outside = trace.pathsOpened().stream()
                .filter(p -> !isDynamicLoaderFile(p))
                .filter(p -> !isInside(work, p))
                .toList();
        assertEquals(List.of(), outside);
    }

    @Test
    void theCheckCatchesAProgramThatLeavesIt() throws Exception {
        Trace trace = Trace.record("sh", "-c", "cd " + work + " && cat ../../etc/hostname > /dev/null");

        List<String> outside = trace.pathsOpened().stream()
                .filter(p -> !isDynamicLoaderFile(p))
                .filter(p -> !isInside(work, p))
                .toList();
        assertTrue(outside.contains("../../etc/hostname"), outside::toString);
    }

    /** Relative paths are taken relative to the working directory (the programs here chdir into it first). */
    static boolean isInside(Path workingDirectory, String opened) {
        Path p = workingDirectory.resolve(opened).normalize();
        return p.startsWith(workingDirectory);
    }

    static boolean isDynamicLoaderFile(String p) {
        return p.equals("/etc/ld.so.cache") || p.startsWith("/lib/") || p.startsWith("/usr/lib/")
                || p.startsWith("/lib64/");
    }
}
