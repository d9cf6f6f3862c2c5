package dev.jtrace.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Holds a spawned child before its exec: the child opens this FIFO for reading, which blocks until
 * someone opens it for writing. The tracer opens it read-write ({@link #open()}, which never blocks
 * on Linux) once the child is seized, and keeps it open until the child is past its open. The FIFO
 * lives in a private (0700) directory, so no other user can open it and let the child go early.
 */
final class SpawnGate implements AutoCloseable {
    private static final int O_RDWR = 2;
    private static final int O_CLOEXEC = 0x80000;

    private final Path dir;
    private final Path fifo;
    private int fd = -1;
    private boolean closed;

    private SpawnGate(Path dir, Path fifo) {
        this.dir = dir;
        this.fifo = fifo;
    }

    static SpawnGate create() throws RecordException {
        Path dir;
        try {
            dir = Files.createTempDirectory("jtrace-launch-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException | UnsupportedOperationException e) {
            throw new RecordException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        Path fifo = dir.resolve("gate");
        if (Native.LIBC.mkfifo(fifo.toString(), 0600) != 0) {
            int errno = Native.errno();
            deleteQuietly(dir);
            throw new RecordException("mkfifo " + fifo + ": " + Errno.message(errno));
        }
        return new SpawnGate(dir, fifo);
    }

    /** The FIFO the child opens for reading. */
    String path() {
        return fifo.toString();
    }

    /** Lets the child's open (past or future) complete; keep the gate until the child is past it. */
    void open() throws RecordException {
        fd = Native.LIBC.open(fifo.toString(), O_RDWR | O_CLOEXEC, 0);
        if (fd < 0) {
            throw new RecordException("open " + fifo + ": " + Errno.message(Native.errno()));
        }
    }

    /**
     * Closes the tracer's end and removes the FIFO. A child that had not opened it yet would block
     * for good: only close once the child is past its open, or gone.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (fd >= 0) {
            Native.LIBC.close(fd);
        }
        deleteQuietly(fifo);
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a stale empty directory in the temp dir is harmless
        }
    }
}
