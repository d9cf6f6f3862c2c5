package dev.jtrace.format;

import dev.jtrace.format.avro.StopRecord;
import dev.jtrace.format.internal.AvroContainerReader;
import dev.jtrace.format.internal.BlockDecoder;
import dev.jtrace.format.internal.BlockDecompressor;
import dev.jtrace.format.internal.MetadataCodec;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaParseException;

/**
 * Reads a trace file written by {@link TraceWriter}, one block at a time. Iteration never fails: a file cut
 * short (a recorder killed mid-write) or with a corrupt block yields every stop of the good blocks before the
 * damage, then ends; {@link #damage()} then says what was wrong and where.
 *
 * <pre>{@code
 * try (var trace = TraceReader.open(path)) {
 *     for (Stop stop : trace) { ... }
 *     trace.damage().ifPresent(System.err::println);
 * }
 * }</pre>
 */
public final class TraceReader implements Iterable<Stop>, AutoCloseable {
    /** The schema as {@link TraceWriter} stores it in {@code avro.schema}. */
    private static final String CURRENT_SCHEMA_JSON = StopRecord.SCHEMA$.toString();

    private final Path path;
    private final AvroContainerReader container;
    private final TraceMetadata metadata;
    private final Compression compression;
    private final BlockDecoder decoder;
    private final RecordingPart part;
    private boolean iterated;
    private String damage;
    private long stopsRead;
    private int blocksRead;

    private TraceReader(Path path, AvroContainerReader container, TraceMetadata metadata, Compression compression,
                        BlockDecoder decoder, RecordingPart part) {
        this.part = part;
        this.path = path;
        this.container = container;
        this.metadata = metadata;
        this.compression = compression;
        this.decoder = decoder;
    }

    /**
     * Opens a trace and reads its header.
     *
     * @throws TraceFormatException with a one-line message when the file is missing or unreadable, is not an
     *                              Avro file, is an Avro file but not a jtrace trace, or has a format version
     *                              newer than this reader's
     */
    public static TraceReader open(Path file) throws IOException {
        AvroContainerReader container;
        try {
            container = AvroContainerReader.open(openChannel(file));
        } catch (AvroContainerReader.HeaderException e) {
            throw new TraceFormatException(file + ": " + e.getMessage(), e);
        } catch (TraceFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new TraceFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return readHeader(file, container);
        } catch (IOException | RuntimeException e) {
            container.close();
            throw e;
        }
    }

    private static FileChannel openChannel(Path file) throws TraceFormatException {
        if (Files.isDirectory(file)) {
            throw new TraceFormatException(file + " is a directory, not a trace file");
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(file + ": no such trace file", e);
        } catch (AccessDeniedException e) {
            throw new TraceFormatException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new TraceFormatException(file + ": cannot open: " + e.getMessage(), e);
        }
    }

    private static TraceReader readHeader(Path file, AvroContainerReader container) throws IOException {
        String version = container.metadataString(MetadataCodec.FORMAT_VERSION);
        if (version == null) {
            throw new TraceFormatException(file + " is an Avro file but not a jtrace trace (it has no "
                    + MetadataCodec.FORMAT_VERSION + " metadata)");
        }
        int formatVersion;
        try {
            formatVersion = Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw new TraceFormatException(file + " has a malformed " + MetadataCodec.FORMAT_VERSION + " '"
                    + version + "'");
        }
        if (formatVersion > TraceMetadata.CURRENT_FORMAT_VERSION || formatVersion < 1) {
            throw new TraceFormatException(file + " has trace format version " + formatVersion
                    + ", this jtrace reads version " + TraceMetadata.CURRENT_FORMAT_VERSION
                    + (formatVersion > 1 ? " (use a newer jtrace)" : ""));
        }
        Compression compression;
        BlockDecompressor decompressor;
        try {
            String codec = container.metadataString("avro.codec");
            compression = Compression.ofAvroName(codec);
            decompressor = BlockDecompressor.forCodec(codec);
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException(file + ": " + e.getMessage());
        }
        Schema schema = stopSchema(file, container.metadataString("avro.schema"));
        TraceMetadata metadata;
        try {
            metadata = MetadataCodec.fromMap(jtraceMetadata(container));
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException(file + " has bad metadata: " + e.getMessage());
        }
        RecordingPart part;
        try {
            part = RecordingPart.fromMetadata(container.metadataString(RecordingPart.RECORDING_ID_KEY),
                    container.metadataString(RecordingPart.PART_INDEX_KEY));
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException(file + " has bad metadata: " + e.getMessage());
        }
        BlockDecoder decoder = new BlockDecoder(schema, decompressor, metadata.startMonotonicNs());
        return new TraceReader(file, container, metadata, compression, decoder, part);
    }

    /** The file's record schema, if our stop records can be read from it. */
    private static Schema stopSchema(Path file, String json) throws TraceFormatException {
        if (json == null) {
            throw new TraceFormatException(file + " is not a valid Avro file: it has no avro.schema metadata");
        }
        if (json.equals(CURRENT_SCHEMA_JSON)) {
            return StopRecord.SCHEMA$; // the common case, without parsing and comparing schemas
        }
        Schema schema;
        try {
            schema = new Schema.Parser().parse(json);
        } catch (SchemaParseException e) {
            throw new TraceFormatException(file + " is not a valid Avro file: its avro.schema does not parse");
        }
        var compatibility = SchemaCompatibility.checkReaderWriterCompatibility(StopRecord.SCHEMA$, schema);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new TraceFormatException(file + " is not a jtrace trace: its records (" + schema.getFullName()
                    + ") cannot be read as jtrace stops");
        }
        return schema;
    }

    private static Map<String, String> jtraceMetadata(AvroContainerReader container) {
        Map<String, String> map = new HashMap<>();
        for (String key : container.metadata().keySet()) {
            if (key.startsWith("jtrace.")) {
                map.put(key, container.metadataString(key));
            }
        }
        return map;
    }

    public TraceMetadata metadata() {
        return metadata;
    }

    /** Which part of a recording split into several files this is; empty for a recording in one file. */
    public Optional<RecordingPart> part() {
        return Optional.ofNullable(part);
    }

    /** The block compression the file was written with. */
    public Compression compression() {
        return compression;
    }

    public Path path() {
        return path;
    }

    /** The stops read so far. */
    public long stopsRead() {
        return stopsRead;
    }

    /**
     * The stops of the trace in file order, read block by block as the iteration proceeds.
     *
     * @throws IllegalStateException when called a second time (open the file again to re-read it)
     */
    @Override
    public Iterator<Stop> iterator() {
        if (iterated) {
            throw new IllegalStateException("a TraceReader can be iterated only once; open " + path + " again");
        }
        iterated = true;
        return new StopIterator();
    }

    /** After iteration ended: why it ended before the end of the file, if it did. */
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    @Override
    public void close() throws IOException {
        container.close();
    }

    private final class StopIterator implements Iterator<Stop> {
        private List<Stop> block = List.of();
        private int next;
        private boolean ended;
        private boolean endBlockLast;

        @Override
        public boolean hasNext() {
            while (next == block.size()) {
                if (ended) {
                    return false;
                }
                readBlock();
            }
            return true;
        }

        @Override
        public Stop next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            stopsRead++;
            return block.get(next++);
        }

        private void readBlock() {
            block = List.of();
            next = 0;
            try {
                AvroContainerReader.Block raw = container.nextBlock();
                if (raw == null) {
                    ended = true;
                    if (!endBlockLast) {
                        end("trace is truncated at byte " + container.position() + ": it ends without the"
                                + " end-of-trace block written on close (recording interrupted?)");
                    }
                    return;
                }
                // Decoded even when empty: a corrupt record count of 0 must not hide a block's stops.
                block = decoder.decode(raw);
                endBlockLast = raw.count() == 0;
                if (!endBlockLast) {
                    blocksRead++;
                }
            } catch (AvroContainerReader.DamageException e) {
                end(e.getMessage());
            } catch (IOException e) {
                end("cannot read " + path + " after byte " + container.position() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }

        private void end(String why) {
            ended = true;
            damage = why + "; the " + stopsRead + " stops of the " + blocksRead + " blocks before are intact";
        }
    }
}
