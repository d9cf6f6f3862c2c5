package dev.jtrace.record.inject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyscallHostTest {
    private static final int WRITE = 1;
    private static final int OPENAT = 257;
    private static final int CLOSE = 3;
    private static final int READ = 0;
    private static final int MMAP = 9;
    private static final int GETPID = 39;

    @TempDir
    Path dir;

    @Test
    void theHostMakesTheCallsInItsOwnProcess() throws Exception {
        try (SyscallHost host = SyscallHost.start()) {
            assertEquals(host.pid(), host.syscall(GETPID));
            assertTrue(host.pid() != ProcessHandle.current().pid());

            long mem = host.syscall(MMAP, 0, 65536, 3, 0x22, -1, 0);
            assertTrue(mem > 0, "mmap: " + mem);
            Path file = dir.resolve("made-by-host");
            host.write(mem, (file + "\0").getBytes(StandardCharsets.UTF_8));
            host.write(mem + 4096, "hello".getBytes(StandardCharsets.US_ASCII));
            long fd = host.syscall(OPENAT, -100, mem, 0x241, 0644);
            assertTrue(fd >= 3, "openat: " + fd);
            assertEquals(5, host.syscall(WRITE, fd, mem + 4096, 5));
            assertEquals(0, host.syscall(CLOSE, fd));
            assertEquals("hello", Files.readString(file));

            long rfd = host.syscall(OPENAT, -100, mem, 0, 0);
            assertEquals(5, host.syscall(READ, rfd, mem + 8192, 100));
            assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), host.read(mem + 8192, 5));
            assertEquals(-9, host.syscall(CLOSE, 1000), "EBADF comes back as -errno");
        }
    }
}
