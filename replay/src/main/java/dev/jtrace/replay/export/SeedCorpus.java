package dev.jtrace.replay.export;

import dev.jtrace.replay.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a trace's input streams as a fuzzer seed corpus (AFL++ -i, libFuzzer CORPUS_DIR): one file per stream. */
public final class SeedCorpus {
    private final InputStreams streams;

    public SeedCorpus(InputStreams streams) {
        this.streams = streams;
    }

    /** Writes the non-empty streams into {@code dir} (created if needed) and returns the files written. */
    public List<Path> write(Trace trace, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : streams.of(trace).entrySet()) {
            if (e.getValue().length > 0) {
                written.add(Files.write(dir.resolve(e.getKey()), e.getValue()));
            }
        }
        return written;
    }
}
