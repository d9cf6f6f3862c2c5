package dev.jtrace.format;

import dev.jtrace.format.internal.AvroBinaryBuffer;
import dev.jtrace.format.internal.BlockCompressor;
import dev.jtrace.format.internal.CountingOutputStream;
import dev.jtrace.format.internal.MetadataCodec;
import dev.jtrace.format.internal.StopToRecord;
import java.io.BufferedOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes stops into a new trace file (format/README.md): an Avro object container file of
 * {@code StopRecord}s with the recording's {@link TraceMetadata} as {@code jtrace.*} file metadata.
 * The file is created readable by its owner only, since traces hold whatever the tracee read and wrote.
 * Not thread-safe; see {@link AsyncStopSink} to write from another thread.
 *
 * <p>The container (header, blocks, sync markers) and the records are written here rather than by Avro's
 * {@code DataFileWriter}: that needs the parsed schema, whose parsing and Jackson set-up were a quarter of a
 * recording's start-up, and it builds Avro record objects for every stop. The file is the same.
 */
public final class TraceWriter implements StopSink, Flushable {
    /** Bytes of serialised stops per block (before compression). */
    static final int DEFAULT_SYNC_INTERVAL = 64 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final byte[] MAGIC = {'O', 'b', 'j', 1};
    private static final int SYNC_SIZE = 16;
    /** StopRecord.SCHEMA$.toString(), the avro.schema of every trace (kept equal by TraceWriterSchemaTest). */
    private static final String SCHEMA_RESOURCE = "internal/stop-schema.json";

    private final CountingOutputStream file;
    private final OutputStream out;
    private final StopToRecord toRecord;
    private final BlockCompressor compressor;
    private final byte[] sync;
    private final int syncInterval;
    /** The serialised stops of the block being filled. */
    private final AvroBinaryBuffer block;
    /** A block's record count and size, written before its payload. */
    private final AvroBinaryBuffer blockHeader = new AvroBinaryBuffer(32);
    private long blockStops;
    private long stopsWritten;
    private boolean closed;

    private TraceWriter(CountingOutputStream file, StopToRecord toRecord, BlockCompressor compressor, byte[] sync,
                        int syncInterval) {
        this.file = file;
        this.out = new BufferedOutputStream(file, DEFAULT_SYNC_INTERVAL);
        this.toRecord = toRecord;
        this.compressor = compressor;
        this.sync = sync;
        this.syncInterval = syncInterval;
        this.block = new AvroBinaryBuffer(syncInterval + syncInterval / 4);
    }

    /** Creates (or truncates) {@code file} with mode 0600 and writes the header. */
    public static TraceWriter create(Path file, TraceMetadata metadata, Compression compression) throws IOException {
        return create(file, metadata, compression, DEFAULT_SYNC_INTERVAL);
    }

    /** As {@link #create(Path, TraceMetadata, Compression)}, for one part of a recording split into files. */
    public static TraceWriter create(Path file, TraceMetadata metadata, Compression compression, RecordingPart part)
            throws IOException {
        return create(file, metadata, compression, DEFAULT_SYNC_INTERVAL, part);
    }

    /** As {@link #create(Path, TraceMetadata, Compression)}, with blocks of about {@code syncInterval} bytes. */
    static TraceWriter create(Path file, TraceMetadata metadata, Compression compression, int syncInterval)
            throws IOException {
        return create(file, metadata, compression, syncInterval, null);
    }

    /** The general case: {@code part} null for a recording in one file. */
    static TraceWriter create(Path file, TraceMetadata metadata, Compression compression, int syncInterval,
                              RecordingPart part) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("avro.schema", stopSchemaJson());
        meta.put("avro.codec", compression.avroName());
        meta.putAll(MetadataCodec.toMap(metadata));
        if (part != null) {
            meta.putAll(part.toMetadata());
        }
        byte[] sync = new byte[SYNC_SIZE];
        new SecureRandom().nextBytes(sync);
        CountingOutputStream out = new CountingOutputStream(Channels.newOutputStream(openOwnerOnly(file)));
        TraceWriter writer;
        try {
            writer = new TraceWriter(out, new StopToRecord(metadata.startMonotonicNs()),
                    BlockCompressor.of(compression), sync, syncInterval);
            writer.writeHeader(meta);
        } catch (IOException | RuntimeException | Error e) {
            out.close();
            throw e;
        }
        return writer;
    }

    private static String stopSchemaJson() {
        try (InputStream in = TraceWriter.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jtrace jar lacks " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Avro's header: the magic, the metadata as a map of bytes (one block, then its end), the sync marker. */
    private void writeHeader(Map<String, String> meta) throws IOException {
        AvroBinaryBuffer header = new AvroBinaryBuffer(8192);
        header.writeFixed(MAGIC);
        header.writeLong(meta.size());
        for (Map.Entry<String, String> e : meta.entrySet()) {
            header.writeString(e.getKey());
            header.writeBytes(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        header.writeLong(0);
        header.writeFixed(sync);
        header.writeTo(out);
        out.flush();
    }

    /**
     * Opens {@code file} for writing with mode 0600. An existing file is chmod'ed before it is truncated, so
     * its old mode never applies to the new contents.
     */
    private static FileChannel openOwnerOnly(Path file) throws IOException {
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        FileChannel channel;
        try {
            try {
                channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        ownerOnly);
            } catch (FileAlreadyExistsException e) {
                if (Files.isDirectory(file)) {
                    throw new IOException("cannot create trace file " + file + ": it is a directory", e);
                }
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("cannot create trace file " + file + ": no such directory", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot create trace file " + file + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot create trace file " + file + ": " + e.getReason(), e);
        }
        try {
            // The umask may have narrowed a new file's mode; make it exactly 0600 either way.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    @Override
    public void accept(Stop stop) throws IOException {
        if (closed) {
            throw new IOException("trace writer closed");
        }
        int mark = block.size();
        try {
            toRecord.encode(stop, block);
        } catch (RuntimeException e) {
            block.truncate(mark); // no half record in the block
            throw e;
        }
        blockStops++;
        stopsWritten++;
        if (block.size() >= syncInterval) {
            writeBlock();
        }
    }

    /** Ends the current block and hands it to the OS, so that a reader of the file sees every stop so far. */
    @Override
    public void flush() throws IOException {
        if (blockStops > 0) {
            writeBlock();
        }
    }

    /** Writes the last block, then the empty block that marks a complete trace, and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (file; compressor) {
            if (blockStops > 0) {
                writeBlock();
            }
            // An Avro block of zero records: Avro readers see nothing in it, and jtrace's reader takes it as the
            // proof that the recording ended normally, since a file cut right after a block looks complete otherwise.
            block.clear();
            blockStops = 0;
            writeBlock();
        }
    }

    /** One container block: record count, payload size, the compressed payload, the sync marker. */
    private void writeBlock() throws IOException {
        byte[] payload = compressor.compress(block.array(), block.size());
        blockHeader.clear();
        blockHeader.writeLong(blockStops);
        blockHeader.writeLong(payload.length);
        blockHeader.writeTo(out);
        out.write(payload);
        out.write(sync);
        out.flush();
        block.clear();
        blockStops = 0;
    }

    public long stopsWritten() {
        return stopsWritten;
    }

    /** The size of the file so far (what has been handed to the OS; the current block is not yet included). */
    public long bytesWritten() {
        return file.count();
    }
}
