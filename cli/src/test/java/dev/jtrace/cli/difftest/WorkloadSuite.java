package dev.jtrace.cli.difftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a suite file: one {@code OPTS ;; CMD} workload a line; blank lines and {@code #} comments are skipped. */
public final class WorkloadSuite {
    private WorkloadSuite() {
    }

    public static List<Workload> read(Path file, Function<String, Path> programs) {
        try {
            return parse(Files.readAllLines(file), programs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read suite " + file, e);
        }
    }

    public static List<Workload> parse(List<String> lines, Function<String, Path> programs) {
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                workloads.add(Workload.parse(line, programs));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("suite line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(workloads);
    }
}
