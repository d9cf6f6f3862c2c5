package dev.jtrace.format;

import dev.jtrace.format.avro.StopRecord;
import dev.jtrace.format.internal.CountingOutputStream;
import dev.jtrace.format.internal.MetadataCodec;
import dev.jtrace.format.internal.StopToRecord;
import java.io.FilterOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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
import java.util.Map;
import java.util.Set;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Writes stops into a new trace file (format/README.md): an Avro object container file of
 * {@code StopRecord}s with the recording's {@link TraceMetadata} as {@code jtrace.*} file metadata.
 * The file is created readable by its owner only, since traces hold whatever the tracee read and wrote.
 * Not thread-safe; see {@link AsyncStopSink} to write from another thread.
 */
public final class TraceWriter implements StopSink, Flushable {
    /** Bytes of serialised stops per block (before compression). */
    static final int DEFAULT_SYNC_INTERVAL = 64 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final int SYNC_SIZE = 16;

    private final DataFileWriter<StopRecord> avro;
    private final CountingOutputStream file;
    private final StopToRecord toRecord;
    private final byte[] sync;
    private final Compression compression;
    private long stopsWritten;
    private boolean closed;

    private TraceWriter(DataFileWriter<StopRecord> avro, CountingOutputStream file, StopToRecord toRecord,
                        byte[] sync, Compression compression) {
        this.avro = avro;
        this.file = file;
        this.toRecord = toRecord;
        this.sync = sync;
        this.compression = compression;
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
        CountingOutputStream out = new CountingOutputStream(Channels.newOutputStream(openOwnerOnly(file)));
        byte[] sync = new byte[SYNC_SIZE];
        new SecureRandom().nextBytes(sync);
        SpecificData model = new SpecificData();
        model.setCustomCoders(true); // generated encoders: no per-field reflection or schema walking
        DataFileWriter<StopRecord> avro = new DataFileWriter<>(new SpecificDatumWriter<>(StopRecord.SCHEMA$, model));
        try {
            avro.setCodec(compression.codecFactory());
            avro.setSyncInterval(syncInterval);
            for (Map.Entry<String, String> e : MetadataCodec.toMap(metadata).entrySet()) {
                avro.setMeta(e.getKey(), e.getValue());
            }
            if (part != null) {
                for (Map.Entry<String, String> e : part.toMetadata().entrySet()) {
                    avro.setMeta(e.getKey(), e.getValue());
                }
            }
            // Avro closes the stream it writes to; the end block goes after it, so shield the file from that close.
            avro.create(StopRecord.SCHEMA$, new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, sync);
            out.flush();
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return new TraceWriter(avro, out, new StopToRecord(metadata.startMonotonicNs()), sync, compression);
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
        avro.append(toRecord.toRecord(stop));
        stopsWritten++;
    }

    /** Ends the current block and hands it to the OS, so that a reader of the file sees every stop so far. */
    @Override
    public void flush() throws IOException {
        avro.flush();
    }

    /** Writes the last block, then the empty block that marks a complete trace, and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (file) {
            avro.close();
            writeEndBlock();
        }
    }

    /**
     * An Avro block of zero records: Avro readers see nothing in it, and jtrace's reader takes it as the proof
     * that the recording ended normally, since a file cut right after a block looks complete otherwise.
     */
    private void writeEndBlock() throws IOException {
        byte[] payload = compression.compressedEmpty();
        file.write(0); // record count 0 (zig-zag varint)
        writeVarLong(payload.length);
        file.write(payload);
        file.write(sync);
        file.flush();
    }

    private void writeVarLong(long value) throws IOException {
        long n = (value << 1) ^ (value >> 63);
        while ((n & ~0x7FL) != 0) {
            file.write((int) ((n & 0x7f) | 0x80));
            n >>>= 7;
        }
        file.write((int) n);
    }

    public long stopsWritten() {
        return stopsWritten;
    }

    /** The size of the file so far (what has been handed to the OS; the current block is not yet included). */
    public long bytesWritten() {
        return file.count();
    }
}
