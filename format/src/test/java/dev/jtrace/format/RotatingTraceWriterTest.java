package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingTraceWriterTest {
    private static final TraceMetadata METADATA = new TraceMetadata(1, "0.1.0", "host", "6.1", "x86_64",
            List.of("cmd"), List.of(), 1_000, 2_000, 1, 1, 256, false, "h");
    private static final long LIMIT = 64 * 1024;

    @TempDir
    Path dir;

    /** Distinct stops that compress badly, so that a few thousand fill several parts. */
    private static List<Stop> stops(int n) {
        List<Stop> stops = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            long[] args = new long[6];
            for (int a = 0; a < 6; a++) {
                args[a] = random.nextLong();
            }
            stops.add(new SyscallEntry(100, 2_000 + i, Arch.X86_64, i % 300, args, random.nextLong(),
                    random.nextLong(), List.of(), -1));
        }
        return stops;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<Stop> readAll(List<Path> files) throws IOException {
        List<Stop> read = new ArrayList<>();
        try (RecordingReader r = RecordingReader.open(files)) {
            r.forEach(read::add);
            assertTrue(r.damage().isEmpty(), r.damage().toString());
        }
        return read;
    }

    @Test
    void partsStayWithinTheLimitAndReadBackInOrderGivenInAnyOrder() throws IOException {
        List<Stop> stops = stops(8000);
        Path base = dir.resolve("r.avro");
        try (RotatingTraceWriter w = new RotatingTraceWriter(base, METADATA, Compression.ZSTANDARD, LIMIT,
                Integer.MAX_VALUE)) {
            for (Stop s : stops) {
                w.accept(s);
            }
            assertEquals(stops.size(), w.stopsWritten());
        }
        List<Path> files = files();
        assertTrue(files.size() >= 5, files.toString());
        for (int i = 0; i < files.size(); i++) {
            Path part = RotatingTraceWriter.partPath(base, i);
            assertTrue(Files.exists(part), part.toString());
            assertTrue(Files.size(part) <= LIMIT, part + ": " + Files.size(part));
        }
        List<Path> shuffled = new ArrayList<>(files);
        java.util.Collections.shuffle(shuffled, new java.util.Random(2));
        assertEquals(stops, readAll(shuffled));
    }

    @Test
    void rotationKeepsTheNewestPartsWhichReadAsTheEndOfTheRecording() throws IOException {
        List<Stop> stops = stops(8000);
        Path base = dir.resolve("r.avro");
        try (RotatingTraceWriter w = new RotatingTraceWriter(base, METADATA, Compression.ZSTANDARD, LIMIT, 2)) {
            for (Stop s : stops) {
                w.accept(s);
            }
        }
        List<Path> files = files();
        assertEquals(2, files.size(), files.toString());
        List<Stop> tail = readAll(files);
        assertEquals(stops.subList(stops.size() - tail.size(), stops.size()), tail);
        try (RecordingReader r = RecordingReader.open(files)) {
            assertTrue(r.firstPartIndex() >= 2);
        }
    }

    @Test
    void aWholeTraceIsNotAPart() throws IOException {
        Path whole = dir.resolve("w.avro");
        try (TraceWriter w = TraceWriter.create(whole, METADATA, Compression.NULL)) {
            w.accept(stops(1).get(0));
        }
        Path base = dir.resolve("r.avro");
        try (RotatingTraceWriter w = new RotatingTraceWriter(base, METADATA, Compression.NULL, LIMIT, 3)) {
            w.accept(stops(1).get(0));
        }
        TraceFormatException e = assertThrows(TraceFormatException.class,
                () -> RecordingReader.open(List.of(base, whole)));
        assertEquals(whole + " is a whole recording, not a part of one: give it alone", e.getMessage());
        assertEquals(1, readAll(List.of(whole)).size());
    }
}
