package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandPathTest {
    @TempDir
    Path dir;

    private Path file(String name, String perms) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        return p;
    }

    @Test
    void searchesPathForTheFirstExecutableRegularFile() throws Exception {
        file("a/tool", "rw-r--r--");
        Files.createDirectories(dir.resolve("b/tool"));
        file("c/tool", "rwxr-xr-x");
        file("d/tool", "rwxr-xr-x");
        String path = String.join(":", dir.resolve("missing").toString(), dir.resolve("a").toString(),
                dir.resolve("b").toString(), dir.resolve("c") + "/", dir.resolve("d").toString());
        assertEquals(dir.resolve("c/tool").toString(), CommandPath.resolve("tool", path));
    }

    @Test
    void aNameWithASlashIsUsedAsGiven() throws Exception {
        file("x/prog", "rwxr-xr-x");
        String given = dir + "/x/../x/prog";
        assertEquals(given, CommandPath.resolve(given, "/nonexistent"));
    }

    @Test
    void whatCannotBeFoundIsReportedAsStraceDoes() throws Exception {
        file("a/tool", "rw-r--r--");
        RecordException e = assertThrows(RecordException.class,
                () -> CommandPath.resolve("tool", dir.resolve("a").toString()));
        assertEquals("Can't stat 'tool': No such file or directory", e.getMessage());
        assertEquals("Can't stat './nope': No such file or directory",
                assertThrows(RecordException.class, () -> CommandPath.resolve("./nope", "/bin")).getMessage());
        assertThrows(RecordException.class, () -> CommandPath.resolve("", "/bin"));
    }
}
