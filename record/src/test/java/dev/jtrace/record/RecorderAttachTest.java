package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.testdata.TestPrograms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RecorderAttachTest {
    static {
        System.setProperty("jnr.ffi.x86asm.enabled", "false");
    }

    private static final int SIGTERM = 15;
    private static final int SIGSTOP = 19;
    private static final int SIGCONT = 18;

    /**
     * rec_loop started by a shell that reports its exit status: the program is the shell's child, not
     * the JVM's, so no JVM thread ever waits for it.
     */
    private static final class Target implements AutoCloseable {
        final Process shell;
        final BufferedReader out;
        final int pid;

        Target() throws IOException {
            String loop = TestPrograms.path("rec_loop").toString();
            shell = new ProcessBuilder("/bin/sh", "-c", "'" + loop + "' & echo $!; wait $!; echo status=$?")
                    .redirectErrorStream(true).start();
            out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
            pid = Integer.parseInt(out.readLine().trim());
            while (!catchesSigterm(pid)) {
                Thread.onSpinWait(); // until the program runs and has installed its SIGTERM handler
            }
        }

        /** The line the shell prints when the program ends. */
        String endLine() throws IOException {
            return out.readLine();
        }

        @Override
        public void close() {
            Native.LIBC.kill(pid, 9);
            shell.destroyForcibly();
        }
    }

    private static String field(int pid, String file) {
        try {
            return Files.readString(Path.of("/proc", Integer.toString(pid), file)).trim();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean catchesSigterm(int pid) {
        String status = field(pid, "status");
        if (status == null || !"rec_loop".equals(field(pid, "comm"))) {
            return false;
        }
        String caught = status.lines().filter(l -> l.startsWith("SigCgt:")).findFirst().orElse("SigCgt: 0");
        return (Long.parseLong(caught.substring(7).trim(), 16) & (1L << (SIGTERM - 1))) != 0;
    }

    /** The state letter of /proc/PID/stat (R, S, T for stopped, t for traced, ...). */
    private static char state(int pid) {
        String stat = field(pid, "stat");
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    private static char tracer(int pid) {
        return field(pid, "status").lines().filter(l -> l.startsWith("TracerPid:")).findFirst().orElseThrow()
                .replace("TracerPid:", "").trim().charAt(0);
    }

    @Test
    void attachesRecordsAndDetachesLeavingTheProcessRunning() throws Exception {
        try (Target target = new Target()) {
            ListSink sink = new ListSink();
            Recorder recorder = new Recorder(RecordOptions.attach(List.of(target.pid), false, 4096),
                    Recordings.nothing(), sink);
            CompletableFuture<RecordResult> run = runAsync(recorder);
            sink.awaitAtLeast(20);
            recorder.stop();
            RecordResult result = run.get();
            assertTrue(result.detached());
            assertEquals(0, result.shellStatus());
            assertEquals('0', tracer(target.pid), "no longer traced");

            List<Stop> stops = sink.stops();
            assertEquals(result.stops(), stops.size());
            PtraceEvent attachStop = assertInstanceOf(PtraceEvent.class, stops.get(0));
            assertEquals(PtraceEvent.Kind.STOP, attachStop.kind());
            int nanosleep = SyscallDescriptions.builtIn().number(Arch.X86_64, "clock_nanosleep");
            assertTrue(stops.stream().anyMatch(s -> s instanceof SyscallEntry e && e.tid() == target.pid
                    && e.nr() == nanosleep));

            Native.LIBC.kill(target.pid, SIGTERM);
            assertEquals("status=7", target.endLine(), "it kept running and exited by its own handler");
        }
    }

    @Test
    void aGroupStoppedProcessStaysStoppedAfterDetach() throws Exception {
        try (Target target = new Target()) {
            Native.LIBC.kill(target.pid, SIGSTOP);
            while (state(target.pid) != 'T') {
                Thread.onSpinWait();
            }
            ListSink sink = new ListSink();
            Recorder recorder = new Recorder(RecordOptions.attach(List.of(target.pid), false, 4096),
                    Recordings.nothing(), sink);
            CompletableFuture<RecordResult> run = runAsync(recorder);
            sink.awaitAtLeast(1);
            recorder.stop();
            assertTrue(run.get().detached());
            assertEquals('T', state(target.pid), "still stopped");
            Native.LIBC.kill(target.pid, SIGCONT);
            Native.LIBC.kill(target.pid, SIGTERM);
            assertEquals("status=7", target.endLine());
        }
    }

    @Test
    void stopDetachesALaunchedCommandToo() throws Exception {
        ListSink sink = new ListSink();
        Recorder recorder = new Recorder(RecordOptions.launch(List.of(TestPrograms.path("rec_loop").toString()),
                true, 4096), Recordings.nothing(), sink);
        CompletableFuture<RecordResult> run = runAsync(recorder);
        sink.awaitAtLeast(40);
        recorder.stop();
        assertTrue(run.get().detached());
        int pid = sink.stops().get(0).tid();
        assertEquals('0', tracer(pid));
        // Not killed by PTRACE_O_EXITKILL: still ours to signal and reap (it is the JVM's child).
        Native.LIBC.kill(pid, SIGTERM);
        Pointer status = Native.allocate(4);
        assertEquals(pid, Native.LIBC.waitpid(pid, status, 0));
        assertEquals(7 << 8, status.getInt(0));
    }

    @Test
    void aFailingSinkEndsTheRecordingAndLetsTheCommandGo() throws Exception {
        List<Integer> seen = new java.util.ArrayList<>();
        dev.jtrace.format.StopSink failing = new dev.jtrace.format.StopSink() {
            @Override
            public void accept(Stop stop) throws IOException {
                // Fail at the first sleep: by then rec_loop has installed its SIGTERM handler.
                if (stop instanceof dev.jtrace.format.SyscallEntry e && (e.nr() == 35 || e.nr() == 230)) {
                    throw new IOException("No space left on device");
                }
                seen.add(stop.tid());
            }

            @Override
            public void close() {
            }
        };
        RecordException e = assertThrows(RecordException.class, () -> new Recorder(RecordOptions.launch(
                List.of(TestPrograms.path("rec_loop").toString()), false, 4096), Recordings.nothing(), failing).run());
        assertEquals("writing the trace: No space left on device", e.getMessage());
        int pid = seen.get(0);
        assertEquals('0', tracer(pid));
        Native.LIBC.kill(pid, SIGTERM);
        Pointer status = Native.allocate(4);
        assertEquals(pid, Native.LIBC.waitpid(pid, status, 0));
        assertEquals(7 << 8, status.getInt(0), "it ran on, caught SIGTERM and exited by itself");
    }

    @Test
    void aPidThatDoesNotExistIsAOneLineError() {
        int pid = 99999;
        while (Files.exists(Path.of("/proc", Integer.toString(pid)))) {
            pid++;
        }
        int missing = pid;
        RecordException e = assertThrows(RecordException.class, () -> new Recorder(
                RecordOptions.attach(List.of(missing), false, 4096), Recordings.nothing(), new ListSink()).run());
        assertEquals("attach: pid " + missing + ": No such process", e.getMessage());
    }

    @Test
    void attachingToOneselfIsRefusedClearly() {
        int self = (int) ProcessHandle.current().pid();
        RecordException e = assertThrows(RecordException.class, () -> new Recorder(
                RecordOptions.attach(List.of(self), false, 4096), Recordings.nothing(), new ListSink()).run());
        assertTrue(e.getMessage().startsWith("attach: pid " + self + ": Operation not permitted"), e.getMessage());
    }

    private static CompletableFuture<RecordResult> runAsync(Recorder recorder) {
        CompletableFuture<RecordResult> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(recorder.run());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        t.start();
        return f;
    }
}
