package dev.jtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Compression;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.TraceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final int GETPID = 39;
    private static final int EXIT_GROUP = 231;

    @TempDir
    Path dir;

    private Path trace() throws IOException {
        Path file = dir.resolve("t.avro");
        TraceMetadata m = new TraceMetadata(TraceMetadata.CURRENT_FORMAT_VERSION, "test", "nohost", "6.1", "x86_64",
                List.of(), List.of(1234), 0, 0, 1, 1, 4096, false, "h");
        byte[] info = new byte[128];
        ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 10).putInt(16, 1234);
        List<Stop> stops = List.of(
                new SyscallEntry(1234, 1000, Arch.X86_64, GETPID, new long[6], 0, 0, List.of(), -1),
                new SyscallExit(1234, 2000, Arch.X86_64, GETPID, 1234, false, List.of(), -1),
                new SignalStop(1234, 3000, 10, info),
                new SyscallEntry(1234, 4000, Arch.X86_64, EXIT_GROUP, new long[6], 0, 0, List.of(), -1),
                new TaskExit(1234, 5000, false, 0, false));
        try (TraceWriter w = TraceWriter.create(file, m, Compression.NULL)) {
            for (Stop s : stops) {
                w.accept(s);
            }
        }
        return file;
    }

    private record Result(int status, String err) {
    }

    private static Result run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Result(new AnalyzeCommand().run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void printsTheTraceWithPidsAndItsDeath() throws IOException {
        Path out = dir.resolve("out.txt");
        assertEquals(0, run("-f", "-o", out.toString(), trace().toString()).status);
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("1234  getpid("), lines.get(0));
        assertEquals("1234  --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=1234, si_uid=0} ---", lines.get(1));
        assertTrue(lines.get(2).startsWith("1234  exit_group(") && lines.get(2).endsWith("= ?"), lines.get(2));
        assertEquals("1234  +++ exited with 0 +++", lines.get(3));
    }

    @Test
    void summaryCountsGetpidButNotExitGroup() throws IOException {
        Path out = dir.resolve("c.txt");
        assertEquals(0, run("-c", "-o", out.toString(), trace().toString()).status);
        String table = Files.readString(out);
        assertTrue(table.startsWith("% time     seconds  usecs/call     calls    errors syscall\n"), table);
        assertTrue(table.contains(" getpid\n") && !table.contains("exit_group"), table);
        assertTrue(table.endsWith("         1           total\n"), table);
    }

    @Test
    void repeatedShortOptionsCount() throws IOException {
        Path out = dir.resolve("tt.txt");
        assertEquals(0, run("-ttt", "-o", out.toString(), trace().toString()).status);
        assertTrue(Files.readString(out).startsWith("0.000001 getpid("), Files.readString(out));
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() throws IOException {
        Result r = run("-Q", trace().toString());
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("jtrace analyze: Unrecognized option: -Q\n"), r.err);
        assertEquals(2, run().status);
        assertEquals(2, run("-e", "trace=nosuchcall", trace().toString()).status);
        assertEquals(2, run("-S", "bogus", trace().toString()).status);
    }

    @Test
    void aMissingOrForeignFileExitsWithOne() throws IOException {
        Result r = run(dir.resolve("missing.avro").toString());
        assertEquals(1, r.status);
        assertEquals(1, r.err.lines().count(), r.err);
        Path foreign = Files.writeString(dir.resolve("x.avro"), "not a trace");
        assertEquals(1, run(foreign.toString()).status);
    }
}
