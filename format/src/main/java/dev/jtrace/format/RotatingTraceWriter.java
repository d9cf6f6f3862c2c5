package dev.jtrace.format;

import java.io.Flushable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a recording as a series of trace files of at most about {@code maxBytes} each, keeping only the newest
 * {@code keep} of them: part 0 is {@code FILE}, part i is {@code FILE.i}; when part i is created, part i-keep is
 * deleted. Each part is a complete trace on its own (header, same {@link TraceMetadata}, end block) that also
 * names its {@link RecordingPart}, so {@link RecordingReader} can put the parts back together.
 *
 * <p>A part is closed before a block would take it past {@code maxBytes}: parts stay within the limit unless a
 * single stop is larger than a sixteenth of it. Not thread-safe (use it behind an {@link AsyncStopSink}).
 */
public final class RotatingTraceWriter implements StopSink, Flushable {
    /** The smallest size limit: a part holds the schema and metadata (some KiB) before any stop. */
    public static final long MIN_MAX_BYTES = 64 * 1024;
    private static final int MAX_BLOCK = TraceWriter.DEFAULT_SYNC_INTERVAL;

    private final Path base;
    private final TraceMetadata metadata;
    private final Compression compression;
    private final long maxBytes;
    private final int keep;
    private final int blockBytes;
    private TraceWriter current;
    private RecordingPart part;
    private long stopsBefore;
    private long bytesBefore;

    /**
     * Creates part 0.
     *
     * @param maxBytes the size limit of a part, at least {@link #MIN_MAX_BYTES}
     * @param keep     how many of the newest parts to keep; {@code Integer.MAX_VALUE} keeps all
     */
    public RotatingTraceWriter(Path base, TraceMetadata metadata, Compression compression, long maxBytes, int keep)
            throws IOException {
        if (maxBytes < MIN_MAX_BYTES) {
            throw new IllegalArgumentException("the size limit must be at least " + MIN_MAX_BYTES / 1024
                    + "K, got " + maxBytes + " bytes");
        }
        if (keep < 1) {
            throw new IllegalArgumentException("must keep at least 1 file, got " + keep);
        }
        this.base = base;
        this.metadata = metadata;
        this.compression = compression;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.blockBytes = (int) Math.min(MAX_BLOCK, maxBytes / 16);
        this.part = RecordingPart.first();
        this.current = TraceWriter.create(base, metadata, compression, blockBytes, part);
    }

    /** The file of part {@code index} of a recording written to {@code base}. */
    public static Path partPath(Path base, int index) {
        return index == 0 ? base : base.resolveSibling(base.getFileName() + "." + index);
    }

    @Override
    public void accept(Stop stop) throws IOException {
        // What is flushed, plus at most a block being filled (its compressed size rarely exceeds its raw size).
        if (current.stopsWritten() > 0 && current.bytesWritten() + 2L * blockBytes > maxBytes) {
            rotate();
        }
        current.accept(stop);
    }

    private void rotate() throws IOException {
        current.close();
        stopsBefore += current.stopsWritten();
        bytesBefore += current.bytesWritten();
        part = part.next();
        current = TraceWriter.create(partPath(base, part.index()), metadata, compression, blockBytes, part);
        if (part.index() >= keep) {
            Files.deleteIfExists(partPath(base, part.index() - keep));
        }
    }

    @Override
    public void flush() throws IOException {
        current.flush();
    }

    @Override
    public void close() throws IOException {
        current.close();
    }

    /** The part being written. */
    public RecordingPart part() {
        return part;
    }

    /** The file being written. */
    public Path currentPath() {
        return partPath(base, part.index());
    }

    /** Stops written to all parts, deleted ones included. */
    public long stopsWritten() {
        return stopsBefore + current.stopsWritten();
    }

    /** Bytes written to all parts, deleted ones included. */
    public long bytesWritten() {
        return bytesBefore + current.bytesWritten();
    }
}
