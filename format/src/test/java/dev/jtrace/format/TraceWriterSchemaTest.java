package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.avro.StopRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TraceWriterSchemaTest {
    /**
     * TraceWriter stores this copy as every trace's avro.schema without parsing stop.avsc at run time. After a change
     * to stop.avsc, write StopRecord.SCHEMA$.toString() to the resource (and update StopToRecord's encoding).
     */
    @Test
    void theStoredSchemaIsTheGeneratedOne() throws IOException {
        try (InputStream in = TraceWriter.class.getResourceAsStream("internal/stop-schema.json")) {
            assertEquals(StopRecord.SCHEMA$.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
