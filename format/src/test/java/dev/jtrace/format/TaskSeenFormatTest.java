package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.avro.StopRecord;
import dev.jtrace.format.internal.MetadataCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskSeenFormatTest {
    @TempDir
    Path dir;

    @Test
    void aTaskSeenWithItsSnapshotSurvivesTheFile() throws IOException {
        TraceMetadata metadata = StopArbitraries.metadata(1_000);
        TaskSeen seen = new TaskSeen(3077, 1_500, 3077, 3076, List.of(3077, 1), List.of(3077, 1), 4026532301L,
                Optional.of("/home/user"), List.of(new OpenFd(0, "/dev/pts/0"),
                new OpenFd(1, "pipe:[1234]"), new OpenFd(2, "socket:[5678]")));
        TaskSeen thread = new TaskSeen(3078, 1_600, 3077, 3076, List.of(3078, 2), List.of(3077, 1), 4026532301L,
                Optional.empty(), List.of());
        Path file = dir.resolve("seen.jtrace");
        try (TraceWriter w = TraceWriter.create(file, metadata, Compression.ZSTANDARD)) {
            w.accept(seen);
            w.accept(thread);
        }
        try (TraceReader r = TraceReader.open(file)) {
            List<Stop> read = new ArrayList<>();
            r.forEach(read::add);
            assertEquals(List.of(seen, thread), read);
            assertEquals(1, ((TaskSeen) read.get(0)).depth());
            assertEquals(2, ((TaskSeen) read.get(1)).innerTid());
        }
    }

    /** Traces of format version 1 have no Seen branch in their union; they stay readable. */
    @Test
    void aVersionOneTraceIsStillRead() throws IOException {
        Schema v1 = schemaWithoutSeen();
        Schema entry = v1.getField("stop").schema().getTypes().get(0);
        GenericRecord details = new GenericData.Record(entry);
        details.put("abi", new GenericData.EnumSymbol(entry.getField("abi").schema(), "X86_64"));
        details.put("nr", 39);
        details.put("args", List.of(0L, 0L, 0L, 0L, 0L, 0L));
        details.put("ip", 1L);
        details.put("sp", 2L);
        details.put("captures", List.of());
        details.put("cpuNs", 77L);
        GenericRecord record = new GenericData.Record(v1);
        record.put("tid", 42);
        record.put("time", 5L);
        record.put("stop", details);

        TraceMetadata metadata = StopArbitraries.metadata(1_000);
        Map<String, String> meta = MetadataCodec.toMap(metadata);
        meta.put(MetadataCodec.FORMAT_VERSION, "1");
        Path file = dir.resolve("v1.jtrace");
        try (DataFileWriter<GenericRecord> w = new DataFileWriter<>(new GenericDatumWriter<>(v1))) {
            meta.forEach(w::setMeta);
            w.create(v1, file.toFile());
            w.append(record);
        }
        try (TraceReader r = TraceReader.open(file)) {
            List<Stop> read = new ArrayList<>();
            r.forEach(read::add);
            assertEquals(List.of(new SyscallEntry(42, 1_005, Arch.X86_64, 39, new long[6], 1, 2, List.of(), 77)), read);
            assertEquals(1, r.metadata().formatVersion());
        }
    }

    private static Schema schemaWithoutSeen() {
        String json = StopRecord.SCHEMA$.toString();
        Schema current = new Schema.Parser().parse(json);
        List<Schema> branches = new ArrayList<>(current.getField("stop").schema().getTypes());
        branches.removeIf(s -> s.getName().equals("Seen"));
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : current.getFields()) {
            Schema type = f.name().equals("stop") ? Schema.createUnion(branches) : f.schema();
            fields.add(new Schema.Field(f.name(), type, f.doc()));
        }
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }
}
