package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.avro.StopRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TraceFileTest {
    @TempDir
    Path dir;

    private static final TraceMetadata METADATA = new TraceMetadata(1, "0.1.0", "büro-host", "6.1.0-28-amd64",
            "x86_64", List.of("sh", "-c", "echo \"$HOME\"\\n\ttab", "naïve ☃", "\uD800lone"), List.of(12, 345678),
            1_732_700_000_000_000_000L, 98_765_432_100L, 4321, 4026531836L, 4096, false,
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

    private static List<Stop> readAll(TraceReader reader) {
        List<Stop> stops = new ArrayList<>();
        reader.forEach(stops::add);
        return stops;
    }

    @Test
    void metadataSurvivesTheRoundTripAndIsStoredAsDocumentedKeys() throws IOException {
        Path file = dir.resolve("t.jtrace");
        try (TraceWriter writer = TraceWriter.create(file, METADATA, Compression.DEFLATE)) {
            writer.accept(new GroupStop(7, METADATA.startMonotonicNs() + 5, 19));
        }
        try (TraceReader reader = TraceReader.open(file)) {
            assertEquals(METADATA, reader.metadata());
            assertEquals(Compression.DEFLATE, reader.compression());
            assertEquals(List.of(new GroupStop(7, METADATA.startMonotonicNs() + 5, 19)), readAll(reader));
            assertEquals(file, reader.path());
        }
        // Any Avro reader sees the same file: plain metadata strings and relative times.
        try (DataFileReader<GenericRecord> avro = new DataFileReader<>(file.toFile(), new GenericDatumReader<>())) {
            assertEquals("1", avro.getMetaString("jtrace.format.version"));
            assertEquals("[\"sh\",\"-c\",\"echo \\\"$HOME\\\"\\\\n\\ttab\",\"naïve ☃\",\"\\ud800lone\"]",
                    avro.getMetaString("jtrace.command"));
            assertEquals("[12,345678]", avro.getMetaString("jtrace.attached.pids"));
            assertEquals("98765432100", avro.getMetaString("jtrace.start.monotonic.ns"));
            assertEquals("false", avro.getMetaString("jtrace.follow.forks"));
            assertEquals("deflate", avro.getMetaString("avro.codec"));
            GenericRecord record = avro.next();
            assertEquals(5L, record.get("time"));
            assertEquals(false, avro.hasNext());
        }
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void avrosOwnReaderReadsEveryStopAndSkipsTheEndBlock(Compression compression) throws IOException {
        Path file = dir.resolve("plain-" + compression + ".jtrace");
        try (TraceWriter writer = TraceWriter.create(file, METADATA, compression, 100)) {
            for (int i = 0; i < 50; i++) {
                writer.accept(new GroupStop(i, METADATA.startMonotonicNs() + i, 19));
            }
        }
        List<Object> tids = new ArrayList<>();
        try (DataFileStream<GenericRecord> avro = new DataFileStream<>(Files.newInputStream(file),
                new GenericDatumReader<>())) {
            avro.forEach(record -> tids.add(record.get("tid")));
        }
        assertEquals(java.util.stream.IntStream.range(0, 50).boxed().toList(), tids);
    }

    @Test
    void theTraceIsOwnerOnlyEvenWhenItReplacesAWorldReadableFile() throws IOException {
        Path fresh = dir.resolve("fresh.jtrace");
        TraceWriter.create(fresh, METADATA, Compression.ZSTANDARD).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path existing = dir.resolve("existing.jtrace");
        Files.writeString(existing, "old contents that are longer than nothing");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
        try (TraceWriter writer = TraceWriter.create(existing, METADATA, Compression.ZSTANDARD)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
            writer.accept(new GroupStop(1, 2, 19));
        }
        try (TraceReader reader = TraceReader.open(existing)) {
            assertEquals(List.of(new GroupStop(1, 2, 19)), readAll(reader));
            assertEquals(java.util.Optional.empty(), reader.damage());
        }
    }

    @Test
    void aTraceCannotBeCreatedInAMissingDirectory() {
        Path file = dir.resolve("no/such/dir/t.jtrace");
        IOException e = assertThrows(IOException.class,
                () -> TraceWriter.create(file, METADATA, Compression.ZSTANDARD));
        assertEquals("cannot create trace file " + file + ": no such directory", e.getMessage());
    }

    @Test
    void aMissingFileIsAOneLineError() {
        Path missing = dir.resolve("nope.jtrace");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(missing));
        assertEquals(missing + ": no such trace file", e.getMessage());
    }

    @Test
    void aDirectoryIsNotATrace() {
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(dir));
        assertEquals(dir + " is a directory, not a trace file", e.getMessage());
    }

    @Test
    void textIsNotATrace() throws IOException {
        Path text = dir.resolve("strace.txt");
        Files.writeString(text, "1234  execve(\"/bin/true\", [\"true\"], 0x7ffc /* 20 vars */) = 0\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(text));
        assertEquals(text + ": not a jtrace trace (not an Avro object container file)", e.getMessage());
    }

    @Test
    void anEmptyFileIsNotATrace() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jtrace"));
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(empty));
        assertEquals(empty + ": empty file, not a jtrace trace", e.getMessage());
    }

    @Test
    void anAvroFileWithoutJtraceMetadataIsNotATrace() throws IOException {
        Path other = dir.resolve("users.avro");
        Schema schema = SchemaBuilder.record("User").fields().requiredString("name").endRecord();
        try (DataFileWriter<GenericRecord> w = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
            w.create(schema, other.toFile());
            GenericRecord user = new GenericData.Record(schema);
            user.put("name", "ada");
            w.append(user);
        }
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(other));
        assertEquals(other + " is an Avro file but not a jtrace trace (it has no jtrace.format.version metadata)",
                e.getMessage());
    }

    @Test
    void aNewerFormatVersionIsRefused() throws IOException {
        Path future = dir.resolve("future.jtrace");
        writeRawTrace(future, Map.of("jtrace.format.version", "3"), StopRecord.SCHEMA$);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(future));
        assertEquals(future + " has trace format version 3, this jtrace reads version 2 (use a newer jtrace)",
                e.getMessage());
    }

    @Test
    void missingMetadataIsNamed() throws IOException {
        Path partial = dir.resolve("partial.jtrace");
        writeRawTrace(partial, Map.of("jtrace.format.version", "1"), StopRecord.SCHEMA$);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(partial));
        assertEquals(partial + " has bad metadata: the metadata key jtrace.version is missing", e.getMessage());
    }

    @Test
    void recordsOfAnotherSchemaAreRefused() throws IOException {
        Path wrong = dir.resolve("wrong.jtrace");
        Schema schema = SchemaBuilder.record("Thing").fields().requiredInt("x").endRecord();
        writeRawTrace(wrong, Map.of("jtrace.format.version", "1"), schema);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(wrong));
        assertEquals(wrong + " is not a jtrace trace: its records (Thing) cannot be read as jtrace stops",
                e.getMessage());
    }

    @Test
    void aTraceCanBeIteratedOnce() throws IOException {
        Path file = dir.resolve("once.jtrace");
        TraceWriter.create(file, METADATA, Compression.SNAPPY).close();
        try (TraceReader reader = TraceReader.open(file)) {
            assertTrue(readAll(reader).isEmpty());
            assertEquals(java.util.Optional.empty(), reader.damage());
            IllegalStateException e = assertThrows(IllegalStateException.class, reader::iterator);
            assertTrue(e.getMessage().contains("only once"));
        }
    }

    @Test
    void aTraceWithoutItsEndBlockIsReportedAsInterrupted() throws IOException {
        Path file = dir.resolve("live.jtrace");
        try (TraceWriter writer = TraceWriter.create(file, METADATA, Compression.ZSTANDARD)) {
            writer.accept(new GroupStop(1, 2, 19));
            writer.flush();
            try (TraceReader reader = TraceReader.open(file)) {
                assertEquals(List.of(new GroupStop(1, 2, 19)), readAll(reader));
                assertEquals("trace is truncated at byte " + Files.size(file) + ": it ends without the end-of-trace"
                        + " block written on close (recording interrupted?); the 1 stops of the 1 blocks before"
                        + " are intact", reader.damage().orElseThrow());
            }
        }
    }

    private static void writeRawTrace(Path file, Map<String, String> metadata, Schema schema) throws IOException {
        try (DataFileWriter<GenericRecord> w = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
            metadata.forEach(w::setMeta);
            w.create(schema, file.toFile());
        }
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).startsWith("Obj"));
    }
}
