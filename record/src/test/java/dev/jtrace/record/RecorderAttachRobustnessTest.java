package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.testdata.TestPrograms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attaching to processes in awkward states, and leaving them exactly as they were. */
@Timeout(60)
class RecorderAttachRobustnessTest {
    static {
        System.setProperty("jnr.ffi.x86asm.enabled", "false");
    }

    private static final int SIGTERM = 15;
    private static final SyscallDescriptions DESCRIPTIONS = SyscallDescriptions.builtIn();

    /** rob_blocked MODE, a child of a shell that reports its exit status (so no JVM thread waits for it). */
    private static final class Blocked implements AutoCloseable {
        final Process shell;
        final BufferedReader out;
        final int pid;

        Blocked(String mode, String waitChannel) throws IOException, InterruptedException {
            shell = new ProcessBuilder("/bin/sh", "-c", "'" + TestPrograms.path("rob_blocked") + "' " + mode
                    + " & echo $!; wait $!; echo status=$?").redirectErrorStream(true).start();
            out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
            pid = Integer.parseInt(out.readLine().trim());
            while (!String.valueOf(proc(pid, "wchan")).contains(waitChannel)) {
                Thread.sleep(5); // until it blocks in the call
            }
        }

        @Override
        public void close() {
            Native.LIBC.kill(pid, 9);
            shell.destroyForcibly();
        }
    }

    private static String proc(int pid, String file) {
        try {
            return Files.readString(Path.of("/proc", Integer.toString(pid), file));
        } catch (IOException e) {
            return null;
        }
    }

    private static CompletableFuture<RecordResult> runAsync(Recorder recorder) {
        CompletableFuture<RecordResult> f = new CompletableFuture<>();
        new Thread(() -> {
            try {
                f.complete(recorder.run());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }).start();
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "read,  pipe_read,       read,            -512, read",
            "sleep, nanosleep,       clock_nanosleep, -516, restart_syscall",
            "wait,  do_wait,         wait4,           -512, wait4",
            "futex, futex,           futex,           -512, futex"})
    void attachingInsideABlockingCallRecordsItsInterruptionThenItsRestart(String mode, String waitChannel,
            String call, long restartCode, String restartedAs) throws Exception {
        try (Blocked target = new Blocked(mode, waitChannel)) {
            ListSink sink = new ListSink();
            Recorder recorder = new Recorder(RecordOptions.attach(List.of(target.pid), false, 4096),
                    Recordings.nothing(), sink);
            CompletableFuture<RecordResult> run = runAsync(recorder);
            sink.awaitAtLeast(3);
            recorder.stop();
            assertTrue(run.get().detached());

            List<Stop> stops = sink.stops();
            PtraceEvent attach = assertInstanceOf(PtraceEvent.class, stops.get(0));
            assertEquals(PtraceEvent.Kind.STOP, attach.kind());
            SyscallExit interrupted = assertInstanceOf(SyscallExit.class, stops.get(1));
            assertEquals(call, DESCRIPTIONS.decoder().name(Arch.X86_64, interrupted.nr()));
            assertEquals(restartCode, interrupted.rval());
            assertTrue(interrupted.error());
            SyscallEntry restart = assertInstanceOf(SyscallEntry.class, stops.get(2));
            assertEquals(restartedAs, DESCRIPTIONS.decoder().name(Arch.X86_64, restart.nr()));
            assertEquals(3, stops.size(), "nothing else happened: " + stops);

            Native.LIBC.kill(target.pid, SIGTERM);
            assertEquals("status=7", target.out.readLine(), "resumed after detach, then ended by its SIGTERM handler");
        }
    }

    /**
     * Attaches to a program that executes itself over and over until an attach lands inside execve: the first
     * syscall stop is then execve's exit, whose entry was never seen. It must be recorded as an exit of execve
     * (the number from orig_rax), never mistaken for an entry.
     */
    @Test
    void attachingInsideExecveRecordsItsExitAsExecve() throws Exception {
        int execve = DESCRIPTIONS.number(Arch.X86_64, "execve");
        // The loop is the shell's child, not the JVM's, whose process reaper would take its ptrace stops.
        Process loop = new ProcessBuilder("/bin/sh", "-c", "'" + TestPrograms.path("rob_execloop") + "' -1 & echo $!;"
                + " wait").redirectErrorStream(true).start();
        int pid = Integer.parseInt(new BufferedReader(new InputStreamReader(loop.getInputStream(),
                StandardCharsets.UTF_8)).readLine().trim());
        try {
            for (int attempt = 0; ; attempt++) {
                assertTrue(attempt < 500, "no attach landed inside execve");
                ListSink sink = new ListSink();
                Recorder recorder = new Recorder(RecordOptions.attach(List.of(pid), false, 4096),
                        Recordings.nothing(), sink);
                CompletableFuture<RecordResult> run = runAsync(recorder);
                sink.awaitAtLeast(4);
                recorder.stop();
                run.get();
                List<Stop> stops = sink.stops();
                Stop firstSyscall = stops.stream().filter(s -> s instanceof SyscallEntry || s instanceof SyscallExit)
                        .findFirst().orElseThrow();
                boolean execEvent = stops.stream().anyMatch(s -> s instanceof PtraceEvent e
                        && e.kind() == PtraceEvent.Kind.EXEC);
                if (firstSyscall instanceof SyscallExit exit && stops.indexOf(exit) < stops.size() - 1 && execEvent
                        && stops.stream().takeWhile(s -> s != exit).noneMatch(s -> s instanceof SyscallEntry)) {
                    assertEquals(execve, exit.nr(), stops.toString());
                    assertEquals(0, exit.rval());
                    return;
                }
                for (Stop s : stops) {
                    // every other exit follows the entry of the same call
                    if (s instanceof SyscallExit x && x.rval() > -512 && stops.indexOf(s) > 0
                            && stops.get(stops.indexOf(s) - 1) instanceof SyscallEntry e) {
                        assertEquals(e.nr(), x.nr());
                    }
                }
            }
        } finally {
            Native.LIBC.kill(pid, 9);
            loop.destroyForcibly();
            loop.waitFor();
        }
    }

    /** What the recorder must never change in a process it attaches to. */
    private static List<String> untouchable(int pid) {
        List<String> facts = new ArrayList<>();
        for (String line : proc(pid, "status").split("\n")) {
            if (line.matches("(SigBlk|SigIgn|SigCgt|Cpus_allowed_list|Mems_allowed_list|NoNewPrivs|Seccomp):.*")) {
                facts.add(line);
            }
        }
        String stat = proc(pid, "stat");
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // priority, nice, rt_priority, policy (fields 18, 19, 40, 41 of stat; here counted from field 3)
        facts.add("priority=" + f[15] + " nice=" + f[16] + " rt_priority=" + f[37] + " policy=" + f[38]);
        return facts;
    }

    @Test
    void theRecorderChangesNoSignalMaskDispositionAffinityOrScheduling() throws Exception {
        try (Blocked target = new Blocked("sleep", "nanosleep")) {
            List<String> before = untouchable(target.pid);
            ListSink sink = new ListSink();
            Recorder recorder = new Recorder(RecordOptions.attach(List.of(target.pid), true, 4096),
                    Recordings.nothing(), sink);
            CompletableFuture<RecordResult> run = runAsync(recorder);
            sink.awaitAtLeast(3);
            assertEquals(before, untouchable(target.pid), "while traced");
            recorder.stop();
            run.get();
            assertEquals(before, untouchable(target.pid), "after detaching");
        }
    }

    @Test
    void withSeveralPidsOneThatIsGoneIsReportedAndTheOthersAreTraced() throws Exception {
        int gone = 99999;
        while (Files.exists(Path.of("/proc", Integer.toString(gone)))) {
            gone++;
        }
        try (Blocked target = new Blocked("sleep", "nanosleep")) {
            ListSink sink = new ListSink();
            List<String> warnings = new CopyOnWriteArrayList<>();
            Recorder recorder = new Recorder(RecordOptions.attach(List.of(gone, target.pid), false, 4096),
                    Recordings.nothing(), sink, warnings::add);
            CompletableFuture<RecordResult> run = runAsync(recorder);
            sink.awaitAtLeast(3);
            recorder.stop();
            assertTrue(run.get().detached());
            assertEquals(List.of("attach: pid " + gone + ": No such process"), warnings);
            assertTrue(sink.stops().stream().allMatch(s -> s.tid() == target.pid));
        }
    }

    @Test
    void aTraceeKilledWhileItsBuffersAreBeingReadEndsTheRecordingCleanly() throws Exception {
        // dd copies 64 KiB per call: every read and write has a buffer for the recorder to capture.
        List<String> command = List.of("/bin/dd", "if=/dev/zero", "of=/dev/null", "bs=64k", "count=100000000");
        ListSink sink = new ListSink();
        Recorder recorder = new Recorder(RecordOptions.launch(command, false, 65536),
                DESCRIPTIONS.capturePlanner(65536), sink);
        CompletableFuture<RecordResult> run = runAsync(recorder);
        sink.awaitAtLeast(400);
        int pid = sink.stops().get(0).tid();
        Native.LIBC.kill(pid, 9);
        RecordResult result = run.get();
        assertEquals(9, result.killedBy());
        assertEquals(128 + 9, result.shellStatus());
        TaskExit end = assertInstanceOf(TaskExit.class, sink.stops().get(sink.stops().size() - 1));
        assertTrue(end.killed());
        assertEquals(9, end.status());
    }
}
