package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TraceRoundTripTest {
    @Property(tries = 150)
    void everyStopReadsBackAsWritten(@ForAll("stopLists") List<Stop> stops, @ForAll Compression compression,
                                     @ForAll long startMonotonicNs) throws IOException {
        Path file = Files.createTempFile("roundtrip", ".jtrace");
        try {
            TraceMetadata metadata = StopArbitraries.metadata(startMonotonicNs);
            try (TraceWriter writer = TraceWriter.create(file, metadata, compression, 512)) {
                for (Stop stop : stops) {
                    writer.accept(stop);
                }
                assertEquals(stops.size(), writer.stopsWritten());
            }
            try (TraceReader reader = TraceReader.open(file)) {
                List<Stop> read = new ArrayList<>();
                reader.forEach(read::add);
                assertEquals(stops, read);
                assertEquals(Optional.empty(), reader.damage());
                assertEquals(compression, reader.compression());
                assertEquals(metadata, reader.metadata());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<Stop>> stopLists() {
        return StopArbitraries.stopLists();
    }

    @Property(tries = 20)
    void bytesWrittenIsTheFileSizeOnceFlushed(@ForAll("stopLists") List<Stop> stops) throws IOException {
        Path file = Files.createTempFile("size", ".jtrace");
        try (TraceWriter writer = TraceWriter.create(file, StopArbitraries.metadata(0), Compression.ZSTANDARD)) {
            for (Stop stop : stops) {
                writer.accept(stop);
            }
            writer.flush();
            assertEquals(Files.size(file), writer.bytesWritten());
            assertTrue(writer.bytesWritten() > 0);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
