package dev.jtrace.cli;

import static dev.jtrace.cli.Processes.awaitTracedBy;
import static dev.jtrace.cli.Processes.jtrace;
import static dev.jtrace.cli.Processes.kill;
import static dev.jtrace.cli.Processes.state;
import static dev.jtrace.cli.Processes.tracer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.cli.Processes.Target;
import dev.jtrace.format.TraceReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jtrace record -p in a process of its own, told to stop by a signal, killed, or running out of time: the
 * tracees carry on as if never traced and the trace file is complete (or, when killed, readable up to its end).
 */
@Timeout(120)
class RecordDetachTest {
    @TempDir
    Path dir;

    record Output(int status, String out, String err) {
    }

    /** jtrace analyze ARGS, in this JVM. */
    static Output analyze(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "analyze";
            System.arraycopy(args, 0, all, 1, args.length);
            int status = Main.run(all);
            return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** Sends {@code signal} to the recorder and waits for it to exit; prints the detach latency. */
    private static int stopRecorder(Process recorder, String signal) throws InterruptedException {
        long start = System.nanoTime();
        kill(recorder.pid(), signal);
        int status = recorder.waitFor();
        System.out.printf("detach latency (SIG%s -> recorder exit): %.1f ms%n", signal,
                (System.nanoTime() - start) / 1e6);
        return status;
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM", "HUP"})
    void aSignalDetachesFromEveryTraceeWhichRunsOnAndTheTraceIsComplete(String signal) throws Exception {
        try (Target sleeper = new Target("rob_sigcount", "sleep"); Target spinner = new Target("rob_sigcount", "busy")) {
            Path trace = dir.resolve("t.avro");
            Process recorder = jtrace(dir, "record", "-o", trace.toString(), "-p", sleeper.pid + "," + spinner.pid);
            awaitTracedBy(sleeper.pid, recorder);
            awaitTracedBy(spinner.pid, recorder);
            while (readableStops(trace) < 4 && recorder.isAlive()) {
                Thread.sleep(50); // until the sleeper's calls are in the file
            }

            assertEquals(0, stopRecorder(recorder, signal));
            assertEquals(0, tracer(sleeper.pid));
            assertEquals(0, tracer(spinner.pid));
            kill(sleeper.pid, "TERM");
            kill(spinner.pid, "TERM");
            assertEquals("count=0", sleeper.line());
            assertEquals("status=3", sleeper.line(), "the sleeper exited by its own SIGTERM handler");
            assertEquals("count=0", spinner.line());
            assertEquals("status=3", spinner.line());

            Output text = analyze(trace.toString());
            assertEquals(0, text.status());
            assertEquals("", text.err(), "a complete trace");
            assertTrue(java.util.regex.Pattern.compile("(?m)^" + sleeper.pid + " +(clock_nanosleep|nanosleep|"
                    + "restart_syscall)\\(").matcher(text.out()).find(), text.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sleep", "busy"})
    void noSignalToATraceeIsLostOrAddedByTracingAndDetaching(String mode) throws Exception {
        int n = 40;
        try (Target target = new Target("rob_sigcount", mode)) {
            Process recorder = jtrace(dir, "record", "-o", dir.resolve("t.avro").toString(), "-p",
                    Integer.toString(target.pid));
            awaitTracedBy(target.pid, recorder);
            assertEquals(0, Processes.run("rob_sigcount", "send", Integer.toString(target.pid), Integer.toString(n)));
            // More signals while the recorder detaches, and after.
            CompletableFuture<Integer> during = CompletableFuture.supplyAsync(() -> {
                try {
                    return Processes.run("rob_sigcount", "send", Integer.toString(target.pid), Integer.toString(n));
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(0, stopRecorder(recorder, "INT"));
            assertEquals(0, during.get());
            assertEquals(0, Processes.run("rob_sigcount", "send", Integer.toString(target.pid), Integer.toString(n)));
            kill(target.pid, "TERM");
            assertEquals("count=" + 3 * n, target.line());
            assertEquals("status=3", target.line());
        }
    }

    @Test
    void aStoppedTraceeStaysStoppedAfterDetachAndTheTraceSaysItWasStopped() throws Exception {
        try (Target target = new Target("rob_sigcount", "sleep")) {
            kill(target.pid, "STOP");
            while (state(target.pid) != 'T') {
                Thread.onSpinWait();
            }
            Path trace = dir.resolve("t.avro");
            Process recorder = jtrace(dir, "record", "-o", trace.toString(), "-p", Integer.toString(target.pid));
            awaitTracedBy(target.pid, recorder);
            while (readableStops(trace) == 0 && recorder.isAlive()) {
                Thread.sleep(50); // until the group-stop is in the file (flushed within a second)
            }
            assertEquals(0, stopRecorder(recorder, "TERM"));
            assertEquals('T', state(target.pid), "still stopped");
            assertEquals("--- stopped by SIGSTOP ---\n", analyze(trace.toString()).out());
            kill(target.pid, "CONT");
            kill(target.pid, "TERM");
            assertEquals("count=0", target.line());
            assertEquals("status=3", target.line());
        }
    }

    @Test
    void aCallInterruptedByAttachingIsResumedAndEndsDetachedAsStracePrintsIt() throws Exception {
        try (Target target = new Target("rob_blocked", "sleep")) {
            while (!String.valueOf(Processes.file(target.pid, "wchan")).contains("nanosleep")) {
                Thread.sleep(10); // until it sleeps in clock_nanosleep
            }
            Path trace = dir.resolve("t.avro");
            Process recorder = jtrace(dir, "record", "-o", trace.toString(), "-p", Integer.toString(target.pid));
            awaitTracedBy(target.pid, recorder);
            while (readableStops(trace) < 3 && recorder.isAlive()) {
                Thread.sleep(50); // attach stop, the interrupted call's return, restart_syscall's entry
            }
            assertEquals(0, stopRecorder(recorder, "INT"));
            // strace 6.1 prints the same line but names the resumed call "read" (syscall 0) when it attached
            // during the call; jtrace knows it from orig_rax.
            assertEquals("restart_syscall(<... resuming interrupted clock_nanosleep ...> <detached ...>\n",
                    analyze(trace.toString()).out());
            kill(target.pid, "TERM");
            assertEquals("status=7", target.line(), "the sleep was resumed, then interrupted by SIGTERM");
        }
    }

    @Test
    void aRecorderKilledWithSigkillLeavesATraceReadableUpToItsLastBlock() throws Exception {
        try (Target target = new Target("rob_sigcount", "sleep")) {
            Path trace = dir.resolve("t.avro");
            Process recorder = jtrace(dir, "record", "-o", trace.toString(), "-p", Integer.toString(target.pid));
            awaitTracedBy(target.pid, recorder);
            while (readableStops(trace) < 4) {
                Thread.sleep(50); // until a block has been flushed
            }
            recorder.destroyForcibly();
            assertEquals(137, recorder.waitFor());
            while (tracer(target.pid) != 0) {
                Thread.onSpinWait(); // the kernel detaches the tracees of a dead tracer
            }

            Output text = analyze(trace.toString());
            assertEquals(0, text.status());
            assertTrue(text.out().contains("nanosleep("), text.out());
            assertTrue(text.err().startsWith("jtrace analyze: " + trace + ": trace is truncated at byte "), text.err());
            assertEquals(1, text.err().lines().count());
            kill(target.pid, "TERM");
            assertEquals("count=0", target.line());
            assertEquals("status=3", target.line());
        }
    }

    @Test
    void durationEndsTheRecordingAndDetaches() throws Exception {
        try (Target target = new Target("rob_sigcount", "sleep")) {
            Path trace = dir.resolve("t.avro");
            Process recorder = jtrace(dir, "record", "--duration", "0.5", "-o", trace.toString(), "-p",
                    Integer.toString(target.pid));
            assertEquals(0, recorder.waitFor());
            assertEquals(0, tracer(target.pid));
            Output text = analyze(trace.toString());
            assertEquals("", text.err());
            assertTrue(text.out().contains("nanosleep("), text.out());
            kill(target.pid, "TERM");
            assertEquals("count=0", target.line());
            assertEquals("status=3", target.line());
        }
    }

    /** How many stops can be read from the trace so far (0 while it has no complete block). */
    static long readableStops(Path trace) {
        try (TraceReader reader = TraceReader.open(trace)) {
            long n = 0;
            for (var ignored : reader) {
                n++;
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }
}
