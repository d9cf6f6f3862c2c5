package dev.jtrace.analyze;

import static dev.jtrace.analyze.Stops.event;
import static dev.jtrace.analyze.Stops.in;
import static dev.jtrace.analyze.Stops.out;
import static dev.jtrace.analyze.Stops.string;
import static dev.jtrace.analyze.Stops.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.PtraceEvent.Kind;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskSeen;
import dev.jtrace.format.OpenFd;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the analyzer makes of TaskSeen: fd names from the snapshot, pids across namespaces, CPU time in -c. */
class TaskSeenAnalysisTest {
    private static final long AT_FDCWD = -100;
    /** Stops.attached() says the recorder's pid namespace is inode 1. */
    private static final long RECORDER_NS = 1;
    private static final long INNER_NS = 4026532301L;
    private static final AnalyzeOptions Y = AnalyzeOptions.builder().followForks(true)
            .decode(new DecodeOptions(32, 0, false, DecodeOptions.Constants.ABBREV, 1)).build();
    private static final AnalyzeOptions PIDNS = AnalyzeOptions.builder().followForks(true).pidnsTranslation(true)
            .build();

    private static TaskSeen leader(int tid, String cwd, OpenFd... fds) {
        return new TaskSeen(tid, t(0), tid, 1, List.of(tid), List.of(tid), RECORDER_NS, Optional.of(cwd),
                List.of(fds));
    }

    /** A task of the inner namespace: {@code outer} here, {@code inner} there. */
    private static TaskSeen inner(int outer, int inner, int outerTgid, int innerTgid, int ppid) {
        return new TaskSeen(outer, t(0), outerTgid, ppid, List.of(outer, inner), List.of(outerTgid, innerTgid),
                INNER_NS, Optional.empty(), List.of());
    }

    @Test
    void fdsOpenBeforeTheRecordingAreNamedFromTheSnapshot() throws IOException {
        assertEquals("""
                7     write(1<pipe:[1234]>, 4096, 3)    = 3
                7     read(0</dev/pts/0>, 4096, 10)     = 1
                8     write(2</dev/pts/0>, 4096, 1)     = 1
                7     openat(-100, 4096, 0, 0)          = 3</home/u/notes.txt>
                """,
                AnalyzerTest.run(Stops.attached(), Y,
                        leader(7, "/home/u", new OpenFd(0, "/dev/pts/0"), new OpenFd(1, "pipe:[1234]"),
                                new OpenFd(2, "/dev/pts/0")),
                        new TaskSeen(8, t(0), 7, 1, List.of(8), List.of(7), RECORDER_NS, Optional.empty(), List.of()),
                        in(7, 1, "write", 1, 4096, 3), out(7, 2, "write", 3),
                        in(7, 3, "read", 0, 4096, 10), out(7, 4, "read", 1),
                        in(8, 5, "write", 2, 4096, 1), out(8, 6, "write", 1),
                        in(7, 7, "openat", List.of(string(1, "notes.txt")), AT_FDCWD, 4096, 0, 0),
                        out(7, 8, "openat", 3)));
    }

    @Test
    void fdsCreatedDuringTheRecordingTakeTheNamesTheRecorderRead() throws IOException {
        SyscallExit pipe = new SyscallExit(7, t(2), Arch.X86_64, Stops.nr("pipe2"), 0, false, List.of(), -1,
                List.of(new OpenFd(3, "pipe:[4242]"), new OpenFd(4, "pipe:[4242]")));
        String text = AnalyzerTest.run(Stops.attached(), Y, in(7, 1, "pipe2", 0x1000, 0), pipe,
                in(7, 3, "write", 4, 4096, 1), out(7, 4, "write", 1),
                in(7, 5, "close", 3), out(7, 6, "close", 0));
        assertEquals(List.of("7     write(4<pipe:[4242]>, 4096, 1)    = 1", "7     close(3<pipe:[4242]>)             = 0"),
                text.lines().filter(l -> !l.contains("pipe2")).toList());
    }

    @Test
    void theSnapshotsCwdNamesAtFdcwd() {
        FdTracker fds = new FdTracker(s -> s);
        fds.seen(leader(7, "/srv/app"));
        assertEquals(Optional.of("/srv/app"), fds.name(7, FdTracker.AT_FDCWD));
        assertEquals(Optional.empty(), fds.name(7, 0));
    }

    private static Stop[] namespaceRecording() {
        return new Stop[] {
                inner(500, 1, 500, 1, 499),
                in(500, 1, "getpid"), out(500, 2, "getpid", 1),
                in(500, 3, "getppid"), out(500, 4, "getppid", 0),
                in(500, 5, "clone", 0x1200011, 0), event(500, 6, Kind.CLONE, 501),
                inner(501, 2, 501, 2, 500),
                out(500, 7, "clone", 2),
                in(501, 8, "getpid"), out(501, 9, "getpid", 2),
                Stops.exited(501, 10, 0),
                sigchld(500, 11, 2),
                in(500, 12, "wait4", 2, 0, 0, 0), out(500, 13, "wait4", 2),
                in(500, 14, "getpid"), out(500, 15, "getpid", 1),
        };
    }

    @Test
    void pidsInsideANamespaceAreTranslatedAsStraceDoesWithPidnsTranslation() throws IOException {
        assertEquals("""
                500   getpid()                          = 1 /* 500 in strace's PID NS */
                500   getppid(0, 0, 0, 0, 0, 0)         = 0
                500   clone(18874385, 0)                = 2 /* 501 in strace's PID NS */
                501   getpid()                          = 2 /* 501 in strace's PID NS */
                501   +++ exited with 0 +++
                500   --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=2 /* 501 in strace's PID NS */, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
                500   wait4(2, 0, 0, 0)                 = 2
                500   getpid()                          = 1 /* 500 in strace's PID NS */
                """, AnalyzerTest.run(Stops.attached(), PIDNS, namespaceRecording()));
    }

    @Test
    void withoutTheOptionPidsPrintAsTheTaskSawThem() throws IOException {
        String s = AnalyzerTest.run(Stops.attached(), AnalyzeOptions.builder().followForks(true).build(),
                namespaceRecording());
        assertEquals(false, s.contains("PID NS"), s);
    }

    @Test
    void aPidArgumentTranslatesWhileItsTaskExistsInProc() {
        PidNamespaces pids = new PidNamespaces(RECORDER_NS);
        pids.seen(inner(500, 1, 500, 1, 499));
        pids.seen(inner(501, 2, 501, 2, 500));
        pids.seen(inner(502, 3, 501, 2, 500)); // a thread of 501
        DecodeContext ctx = new DecodeContext(DecodeOptions.DEFAULT, 500, DecodeContext.FdNames.NONE, pids);
        assertEquals("2 /* 501 in strace's PID NS */", ctx.pidText(2));
        assertEquals("3 /* 502 in strace's PID NS */", ctx.pidText(3));
        assertEquals("-1", ctx.pidText(-1));
        assertEquals("0", ctx.pidText(0));
        assertEquals("9", ctx.pidText(9));
        pids.ended(502);
        assertEquals("3", ctx.pidText(3), "a thread leaves /proc when it ends");
        pids.ended(501);
        assertEquals("2 /* 501 in strace's PID NS */", ctx.pidText(2), "a zombie until its traced parent reaps it");
        pids.returned("wait4", entry(500, "wait4", -1), exit(500, "wait4", 2));
        assertEquals("2", ctx.pidText(2));
    }

    @Test
    void tasksOfTheRecordersOwnNamespaceNeedNoTranslation() {
        PidNamespaces pids = new PidNamespaces(RECORDER_NS);
        pids.seen(leader(7, "/"));
        pids.seen(leader(8, "/"));
        DecodeContext ctx = new DecodeContext(DecodeOptions.DEFAULT, 7, DecodeContext.FdNames.NONE, pids);
        assertEquals("8", ctx.pidText(8));
    }

    @Test
    void summaryTimeIsTheCpuTimeBetweenEntryAndExitAndWallTimeWithW() throws IOException {
        Stop[] stops = {
                cpuIn(1, 0, 10_000), cpuOut(1, 100, 11_500),
                cpuIn(1, 200, 20_000), cpuOut(1, 300, 22_500),
                cpuIn(1, 400, 30_000), cpuOut(1, 1_400, 30_999),
        };
        assertEquals("""
                % time     seconds  usecs/call     calls    errors syscall
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.000005           1         3           getpid
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.000005           1         3           total
                """, AnalyzerTest.run(AnalyzeOptions.builder().summary(AnalyzeOptions.SummaryMode.ONLY).build(), stops));
        assertEquals("""
                % time     seconds  usecs/call     calls    errors syscall
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.001200         400         3           getpid
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.001200         400         3           total
                """, AnalyzerTest.run(AnalyzeOptions.builder().summary(AnalyzeOptions.SummaryMode.ONLY)
                .wallClockSummary(true).build(), stops));
    }

    private static SyscallEntry cpuIn(int tid, long micros, long cpuNs) {
        return new SyscallEntry(tid, t(micros), Arch.X86_64, Stops.nr("getpid"), new long[6], 0, 0, List.of(), cpuNs);
    }

    private static SyscallExit cpuOut(int tid, long micros, long cpuNs) {
        return new SyscallExit(tid, t(micros), Arch.X86_64, Stops.nr("getpid"), 7, false, List.of(), cpuNs);
    }

    private static SyscallEntry entry(int tid, String name, long arg0) {
        return in(tid, 0, name, arg0, 0, 0, 0);
    }

    private static SyscallExit exit(int tid, String name, long rval) {
        return out(tid, 1, name, rval);
    }

    private static SignalStop sigchld(int tid, long micros, int pid) {
        ByteBuffer b = ByteBuffer.allocate(SignalStop.SIGINFO_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 17).putInt(8, 1).putInt(16, pid);
        return new SignalStop(tid, t(micros), 17, b.array());
    }
}
