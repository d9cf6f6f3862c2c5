package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.internal.MetadataCodec;
import java.io.IOException;
import java.io.InputStream;
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

    /** Traces of format version 1 (schema kept in stop-v1.avsc) have no Seen branch and no Exit.fds; they stay readable. */
    @Test
    void aVersionOneTraceIsStillRead() throws IOException {
        Schema v1;
        try (InputStream in = TaskSeenFormatTest.class.getResourceAsStream("stop-v1.avsc")) {
            v1 = new Schema.Parser().parse(in);
        }
        List<Schema> branches = v1.getField("stop").schema().getTypes();
        assertEquals(6, branches.size());
        Schema entry = branches.get(0);
        GenericRecord details = new GenericData.Record(entry);
        details.put("abi", new GenericData.EnumSymbol(entry.getField("abi").schema(), "X86_64"));
        details.put("nr", 39);
        details.put("args", List.of(0L, 0L, 0L, 0L, 0L, 0L));
        details.put("ip", 1L);
        details.put("sp", 2L);
        details.put("captures", List.of());
        details.put("cpuNs", 77L);
        Schema exit = branches.get(1);
        GenericRecord returned = new GenericData.Record(exit);
        returned.put("abi", new GenericData.EnumSymbol(exit.getField("abi").schema(), "X86_64"));
        returned.put("nr", 39);
        returned.put("rval", 42L);
        returned.put("error", false);
        returned.put("captures", List.of());
        returned.put("cpuNs", null);

        Map<String, String> meta = MetadataCodec.toMap(StopArbitraries.metadata(1_000));
        meta.put(MetadataCodec.FORMAT_VERSION, "1");
        Path file = dir.resolve("v1.jtrace");
        try (DataFileWriter<GenericRecord> w = new DataFileWriter<>(new GenericDatumWriter<>(v1))) {
            meta.forEach(w::setMeta);
            w.create(v1, file.toFile());
            w.append(record(v1, 42, 5, details));
            w.append(record(v1, 42, 6, returned));
        }
        try (TraceReader r = TraceReader.open(file)) {
            List<Stop> read = new ArrayList<>();
            r.forEach(read::add);
            assertEquals(List.of(new SyscallEntry(42, 1_005, Arch.X86_64, 39, new long[6], 1, 2, List.of(), 77),
                    new SyscallExit(42, 1_006, Arch.X86_64, 39, 42, false, List.of(), -1, List.of())), read);
            assertEquals(1, r.metadata().formatVersion());
        }
    }

    private static GenericRecord record(Schema schema, int tid, long time, GenericRecord details) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("tid", tid);
        record.put("time", time);
        record.put("stop", details);
        return record;
    }
}
