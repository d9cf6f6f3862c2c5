package dev.jtrace.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the C test programs that the testdata module compiles with gcc during the build. */
public final class TestPrograms {
    private TestPrograms() {
    }

    /** The project's root directory (set by surefire as {@code jtrace.root}, else the working dir's parent). */
    public static Path projectRoot() {
        String root = System.getProperty("jtrace.root");
        Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        return p.toAbsolutePath().normalize();
    }

    /** The compiled program {@code testdata/c/NAME.c}. */
    public static Path path(String name) {
        Path p = projectRoot().resolve("testdata/target/bin").resolve(name);
        if (!Files.isExecutable(p)) {
            throw new IllegalStateException("test program not built: " + p + " (run the build from the project root)");
        }
        return p;
    }
}
