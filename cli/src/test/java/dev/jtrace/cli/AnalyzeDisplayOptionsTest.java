package dev.jtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Compression;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.TraceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze options -n, -i, -q, -P and -e raw=/abbrev=/verbose=/quiet= as the command line takes them. */
class AnalyzeDisplayOptionsTest {
    private static final int GETPID = 39;
    private static final int EXIT_GROUP = 231;

    @TempDir
    Path dir;

    private Path trace() throws IOException {
        Path file = dir.resolve("t.avro");
        TraceMetadata m = new TraceMetadata(TraceMetadata.CURRENT_FORMAT_VERSION, "test", "nohost", "6.1", "x86_64",
                List.of(), List.of(1234), 0, 0, 1, 1, 4096, false, "h");
        List<Stop> stops = List.of(
                new SyscallEntry(1234, 1000, Arch.X86_64, GETPID, new long[6], 0x7f0000001000L, 0, List.of(), -1),
                new SyscallExit(1234, 2000, Arch.X86_64, GETPID, 1234, false, List.of(), -1),
                new SyscallEntry(1234, 4000, Arch.X86_64, EXIT_GROUP, new long[6], 0x7f0000002000L, 0, List.of(), -1),
                new TaskExit(1234, 5000, false, 0, false));
        try (TraceWriter w = TraceWriter.create(file, m, Compression.NULL)) {
            for (Stop s : stops) {
                w.accept(s);
            }
        }
        return file;
    }

    private record Result(int status, String err, List<String> lines) {
    }

    private Result analyze(String... options) throws IOException {
        Path out = dir.resolve("out.txt");
        Files.deleteIfExists(out);
        String[] args = new String[options.length + 3];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "-o";
        args[options.length + 1] = out.toString();
        args[options.length + 2] = trace().toString();
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = new AnalyzeCommand().run(args);
            return new Result(status, err.toString(StandardCharsets.UTF_8),
                    Files.exists(out) ? Files.readAllLines(out) : List.of());
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void numbersAndInstructionPointers() throws IOException {
        Result r = analyze("-n", "-i");
        assertEquals(0, r.status, r.err);
        assertEquals("[  39] [00007f0000001000] getpid()      = 1234", r.lines.get(0));
        assertEquals("[ 231] [????????????????] +++ exited with 0 +++", r.lines.get(2));
    }

    @Test
    void quietLevelsAndSets() throws IOException {
        assertEquals(3, analyze("-q").lines.size());
        assertEquals(2, analyze("-qq").lines.size());
        assertEquals(2, analyze("-e", "quiet=exit").lines.size());
        Result bad = analyze("-e", "quiet=bogus");
        assertEquals(2, bad.status);
        assertTrue(bad.err.startsWith("jtrace analyze: invalid quiet 'bogus'"), bad.err);
    }

    @Test
    void rawCallsAndPaths() throws IOException {
        Result raw = analyze("-e", "raw=getpid");
        assertEquals(0, raw.status, raw.err);
        assertTrue(raw.lines.get(0).matches("getpid\\(\\) += 0x4d2"), raw.lines.get(0));
        Result paths = analyze("-P", "/etc/hostname", "-P", "/etc/passwd");
        assertEquals(List.of("+++ exited with 0 +++"), paths.lines);
    }

    @Test
    void badSetsAreUsageErrors() throws IOException {
        Result cls = analyze("-e", "trace=%bogus");
        assertEquals(2, cls.status);
        assertTrue(cls.err.startsWith("jtrace analyze: invalid system call '%bogus'"), cls.err);
        Result verbose = analyze("-e", "verbose=!bogus");
        assertEquals(2, verbose.status);
        assertTrue(verbose.err.startsWith("jtrace analyze: invalid system call 'bogus'"), verbose.err);
        assertEquals(0, analyze("-e", "verbose=!read", "-e", "abbrev=none").status);
    }
}
