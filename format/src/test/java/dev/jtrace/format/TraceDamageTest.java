package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A trace cut short or damaged still yields every stop of the good blocks before the damage. */
class TraceDamageTest {
    /** A trace written with small blocks, and where each block ends. */
    private record Written(byte[] bytes, long headerEnd, List<Long> blockEnds, List<Integer> stopsBefore,
                           List<Stop> stops) {
        /** The stops of the blocks that end at or before {@code offset}. */
        List<Stop> stopsOfBlocksBefore(long offset) {
            int count = 0;
            for (int i = 0; i < blockEnds.size(); i++) {
                if (blockEnds.get(i) <= offset) {
                    count = stopsBefore.get(i);
                }
            }
            return stops.subList(0, count);
        }
    }

    private static Written write(List<Stop> stops, Compression compression, Random random) throws IOException {
        Path file = Files.createTempFile("damage", ".jtrace");
        try {
            List<Long> blockEnds = new ArrayList<>();
            List<Integer> stopsBefore = new ArrayList<>();
            long headerEnd;
            try (TraceWriter writer = TraceWriter.create(file, StopArbitraries.metadata(77), compression, 200)) {
                headerEnd = writer.bytesWritten();
                long seen = headerEnd;
                for (int i = 0; i < stops.size(); i++) {
                    writer.accept(stops.get(i));
                    if (random.nextInt(8) == 0) {
                        writer.flush();
                    }
                    // Blocks reach the file as soon as they are complete, so growth means one just ended.
                    if (writer.bytesWritten() != seen) {
                        seen = writer.bytesWritten();
                        blockEnds.add(seen);
                        stopsBefore.add(i + 1);
                    }
                }
                writer.flush();
                if (writer.bytesWritten() != seen) {
                    blockEnds.add(writer.bytesWritten());
                    stopsBefore.add(stops.size());
                }
            }
            return new Written(Files.readAllBytes(file), headerEnd, blockEnds, stopsBefore, stops);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 25)
    void aTruncatedTraceYieldsTheCompleteBlocksBeforeTheCut(@ForAll("stopLists") List<Stop> stops,
                                                            @ForAll Compression compression,
                                                            @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Written written = write(stops, compression, random);
        TreeSet<Long> cuts = new TreeSet<>();
        for (long end : written.blockEnds()) {
            cuts.addAll(List.of(end - 1, end, end + 1));
        }
        cuts.addAll(List.of(0L, 1L, written.headerEnd() - 1, written.headerEnd(), (long) written.bytes().length - 1,
                (long) written.bytes().length));
        for (int i = 0; i < 25; i++) {
            cuts.add((long) random.nextInt(written.bytes().length + 1));
        }
        for (long cut : cuts.subSet(0L, true, (long) written.bytes().length, true)) {
            checkCut(written, (int) cut);
        }
    }

    private static void checkCut(Written written, int cut) throws IOException {
        Path file = Files.createTempFile("cut", ".jtrace");
        try {
            Files.write(file, Arrays.copyOf(written.bytes(), cut));
            if (cut < written.headerEnd()) {
                TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.open(file));
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
                return;
            }
            try (TraceReader reader = TraceReader.open(file)) {
                List<Stop> read = new ArrayList<>();
                reader.forEach(read::add);
                assertEquals(written.stopsOfBlocksBefore(cut), read, "cut at " + cut);
                if (cut == written.bytes().length) {
                    assertEquals(Optional.empty(), reader.damage());
                } else {
                    String damage = reader.damage().orElseThrow();
                    assertTrue(damage.startsWith("trace is truncated at byte " + cut + ": "), damage);
                    assertTrue(damage.contains("the " + read.size() + " stops"), damage);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 60)
    void aCorruptBlockEndsTheTraceAfterTheBlocksBeforeIt(@ForAll("stopLists") List<Stop> stops,
                                                         @ForAll("checksummed") Compression compression,
                                                         @ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 255) int flip)
            throws IOException {
        Random random = new Random(seed);
        Written written = write(stops, compression, random);
        if (written.blockEnds().isEmpty()) {
            return;
        }
        int block = random.nextInt(written.blockEnds().size());
        long start = block == 0 ? written.headerEnd() : written.blockEnds().get(block - 1);
        int offset = (int) (start + random.nextInt((int) (written.blockEnds().get(block) - start)));
        byte[] damaged = written.bytes().clone();
        damaged[offset] ^= (byte) flip;
        Path file = Files.createTempFile("corrupt", ".jtrace");
        try {
            Files.write(file, damaged);
            try (TraceReader reader = TraceReader.open(file)) {
                List<Stop> read = new ArrayList<>();
                reader.forEach(read::add);
                if (reader.damage().isEmpty()) {
                    // Some bits do not matter (e.g. zstd's frame descriptor has unused ones): then nothing changed.
                    assertEquals(stops, read);
                    return;
                }
                // Otherwise the corrupt block yields nothing, and nothing wrong is ever yielded.
                assertEquals(written.stopsOfBlocksBefore(start), read);
                String damage = reader.damage().orElseThrow();
                assertTrue(damage.startsWith("trace is corrupt at byte " + start + ": block " + block + " ")
                        || damage.startsWith("trace is truncated at byte "), damage);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 20)
    void aBadSyncMarkerIsReportedWithTheBlockItFollows(@ForAll("stopLists") List<Stop> stops,
                                                       @ForAll Compression compression, @ForAll long seed)
            throws IOException {
        Random random = new Random(seed);
        Written written = write(stops, compression, random);
        if (written.blockEnds().isEmpty()) {
            return;
        }
        int block = random.nextInt(written.blockEnds().size());
        long start = block == 0 ? written.headerEnd() : written.blockEnds().get(block - 1);
        byte[] damaged = written.bytes().clone();
        damaged[(int) (written.blockEnds().get(block) - 1 - random.nextInt(16))] ^= 0x5a;
        Path file = Files.createTempFile("badsync", ".jtrace");
        try {
            Files.write(file, damaged);
            try (TraceReader reader = TraceReader.open(file)) {
                List<Stop> read = new ArrayList<>();
                reader.forEach(read::add);
                assertEquals(written.stopsOfBlocksBefore(start), read);
                assertEquals(Optional.of("trace is corrupt at byte " + start + ": block " + block
                                + " is not followed by the file's sync marker; the " + read.size() + " stops of the "
                                + block + " blocks before are intact"), reader.damage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Example
    void aBlockWhoseRecordCountWasZeroedIsCorruptNotEmpty() throws IOException {
        List<Stop> stops = List.of(new GroupStop(1, 10, 19), new GroupStop(1, 20, 18));
        Written written = write(stops, Compression.NULL, new Random(0));
        byte[] damaged = written.bytes().clone();
        assertEquals(2 * stops.size(), damaged[(int) written.headerEnd()]); // zig-zag varint of the count
        damaged[(int) written.headerEnd()] = 0;
        Path file = Files.createTempFile("zeroed", ".jtrace");
        try {
            Files.write(file, damaged);
            try (TraceReader reader = TraceReader.open(file)) {
                List<Stop> read = new ArrayList<>();
                reader.forEach(read::add);
                assertEquals(List.of(), read);
                assertEquals(Optional.of("trace is corrupt at byte " + written.headerEnd() + ": block 0 does not"
                        + " decode: bytes left over after its 0 records; the 0 stops of the 0 blocks before are"
                        + " intact"), reader.damage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<Stop>> stopLists() {
        return StopArbitraries.stopLists();
    }

    @Provide
    Arbitrary<Compression> checksummed() {
        return net.jqwik.api.Arbitraries.of(Compression.ZSTANDARD, Compression.SNAPPY);
    }
}
