package dev.jtrace.format;

import dev.jtrace.format.avro.StopRecord;
import dev.jtrace.format.internal.CountingOutputStream;
import dev.jtrace.format.internal.MetadataCodec;
import dev.jtrace.format.internal.StopToRecord;
import java.io.Flushable;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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

    private final DataFileWriter<StopRecord> avro;
    private final CountingOutputStream file;
    private final StopToRecord toRecord;
    private long stopsWritten;
    private boolean closed;

    private TraceWriter(DataFileWriter<StopRecord> avro, CountingOutputStream file, StopToRecord toRecord) {
        this.avro = avro;
        this.file = file;
        this.toRecord = toRecord;
    }

    /** Creates (or truncates) {@code file} with mode 0600 and writes the header. */
    public static TraceWriter create(Path file, TraceMetadata metadata, Compression compression) throws IOException {
        return create(file, metadata, compression, DEFAULT_SYNC_INTERVAL);
    }

    /** As {@link #create(Path, TraceMetadata, Compression)}, with blocks of about {@code syncInterval} bytes. */
    static TraceWriter create(Path file, TraceMetadata metadata, Compression compression, int syncInterval)
            throws IOException {
        CountingOutputStream out = new CountingOutputStream(Channels.newOutputStream(openOwnerOnly(file)));
        SpecificData model = new SpecificData();
        model.setCustomCoders(true); // generated encoders: no per-field reflection or schema walking
        DataFileWriter<StopRecord> avro = new DataFileWriter<>(new SpecificDatumWriter<>(StopRecord.SCHEMA$, model));
        try {
            avro.setCodec(compression.codecFactory());
            avro.setSyncInterval(syncInterval);
            for (Map.Entry<String, String> e : MetadataCodec.toMap(metadata).entrySet()) {
                avro.setMeta(e.getKey(), e.getValue());
            }
            avro.create(StopRecord.SCHEMA$, out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return new TraceWriter(avro, out, new StopToRecord(metadata.startMonotonicNs()));
    }

    /**
     * Opens {@code file} for writing with mode 0600. An existing file is chmod'ed before it is truncated, so
     * its old mode never applies to the new contents.
     */
    private static FileChannel openOwnerOnly(Path file) throws IOException {
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
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

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            avro.close();
        }
    }

    public long stopsWritten() {
        return stopsWritten;
    }

    /** The size of the file so far (what has been handed to the OS; the current block is not yet included). */
    public long bytesWritten() {
        return file.count();
    }
}
