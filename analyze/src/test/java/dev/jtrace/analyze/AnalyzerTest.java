package dev.jtrace.analyze;

import static dev.jtrace.analyze.Stops.event;
import static dev.jtrace.analyze.Stops.exited;
import static dev.jtrace.analyze.Stops.fail;
import static dev.jtrace.analyze.Stops.in;
import static dev.jtrace.analyze.Stops.killed;
import static dev.jtrace.analyze.Stops.out;
import static dev.jtrace.analyze.Stops.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.analyze.AnalyzeOptions.StatusFilter;
import dev.jtrace.analyze.AnalyzeOptions.TimestampStyle;
import dev.jtrace.format.GroupStop;
import dev.jtrace.format.PtraceEvent.Kind;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.decode.DecodeOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    private static final AnalyzeOptions FOLLOW = AnalyzeOptions.builder().followForks(true).build();

    static String run(TraceMetadata m, AnalyzeOptions o, Stop... stops) throws IOException {
        return run(m, o, new Host(ZoneOffset.UTC, UnaryOperator.identity()), stops);
    }

    static String run(TraceMetadata m, AnalyzeOptions o, Host host, Stop... stops) throws IOException {
        StringBuilder sb = new StringBuilder();
        Analyzer a = new Analyzer(m, new TestDecoder(), o, sb, host);
        for (Stop s : stops) {
            a.accept(s);
        }
        a.finish();
        return sb.toString();
    }

    static String run(AnalyzeOptions o, Stop... stops) throws IOException {
        return run(Stops.attached(), o, stops);
    }

    @Test
    void aCallPrintsOnOneLineWithTheResultAtColumn40() throws IOException {
        assertEquals("""
                getpid()                                = 42
                write(1, 4096, 5)                       = 5
                close(3)                                = -1 EBADF (Bad file descriptor)
                """,
                run(AnalyzeOptions.defaults(),
                        in(7, 1, "getpid"), out(7, 2, "getpid", 42),
                        in(7, 3, "write", 1, 4096, 5), out(7, 4, "write", 5),
                        in(7, 5, "close", 3), fail(7, 6, "close", 9)));
    }

    @Test
    void longTextGetsASingleSpaceBeforeTheResult() throws IOException {
        assertEquals("openat(-100, 123456789012345, 524288, 438) = 3\n",
                run(AnalyzeOptions.defaults(), in(7, 1, "openat", -100, 123456789012345L, 0x80000, 0666),
                        out(7, 2, "openat", 3)));
    }

    @Test
    void followForksPrefixesThePidPaddedToFiveColumns() throws IOException {
        assertEquals("""
                4360  getpid()                          = 4360
                12381 getpid()                          = 12381
                """,
                run(FOLLOW, in(4360, 1, "getpid"), out(4360, 2, "getpid", 4360),
                        in(12381, 3, "getpid"), out(12381, 4, "getpid", 12381)));
    }

    @Test
    void aTraceRecordedWithFollowForksPrefixesPidsEvenWithoutDashF() throws IOException {
        assertEquals("""
                7     execve(1, 2, 3)                   = 0
                """,
                run(Stops.launched(), AnalyzeOptions.defaults(), in(7, 1, "execve", 1, 2, 3), out(7, 2, "execve", 0)));
    }

    @Test
    void interleavedCallsAreSplitIntoUnfinishedAndResumed() throws IOException {
        assertEquals("""
                5310  read(0,  <unfinished ...>
                5309  getpid()                          = 5309
                5310  <... read resumed>4096, 10)       = 10
                5309  wait4(-1,  <unfinished ...>
                5310  close(0)                          = 0
                5309  <... wait4 resumed>0, 0, 0)       = 5310
                """,
                run(FOLLOW,
                        in(5310, 1, "read", 0, 4096, 10),
                        in(5309, 2, "getpid"), out(5309, 3, "getpid", 5309),
                        out(5310, 4, "read", 10),
                        in(5309, 5, "wait4", -1, 0, 0, 0),
                        in(5310, 6, "close", 0), out(5310, 7, "close", 0),
                        out(5309, 8, "wait4", 5310)));
    }

    @Test
    void exitGroupNeverReturnsAndTheTaskExits() throws IOException {
        assertEquals("""
                4372  exit_group(0)                     = ?
                4372  +++ exited with 0 +++
                """,
                run(FOLLOW, in(4372, 1, "exit_group", 0), event(4372, 2, Kind.EXIT, 0), exited(4372, 3, 0)));
    }

    @Test
    void aTaskKilledInsideAnInterruptedCallShowsWhatStraceShows() throws IOException {
        // as strace 6.1 printed for a thread blocked in read when another thread called exit_group
        assertEquals("""
                5310  read(0,  <unfinished ...>
                5309  exit_group(7)                     = ?
                5310  <... read resumed> <unfinished ...>) = ?
                5310  +++ exited with 7 +++
                5309  +++ exited with 7 +++
                """,
                run(FOLLOW, in(5310, 1, "read", 0, 4096, 10), in(5309, 2, "exit_group", 7),
                        event(5309, 3, Kind.EXIT, 0x700), event(5310, 4, Kind.EXIT, 0x700),
                        exited(5310, 5, 7), exited(5309, 6, 7)));
    }

    @Test
    void aCallDecodedAtEntryResumesWithoutUnfinished() throws IOException {
        assertEquals("""
                4920  pause( <unfinished ...>
                4918  getpid()                          = 4918
                4920  <... pause resumed>)              = ?
                4920  +++ killed by SIGKILL +++
                """,
                run(FOLLOW, in(4920, 1, "pause"), in(4918, 2, "getpid"), out(4918, 3, "getpid", 4918),
                        event(4920, 4, Kind.EXIT, 9), killed(4920, 5, 9, false)));
    }

    @Test
    void withoutAnExitEventTheTaskExitEndsThePendingCall() throws IOException {
        assertEquals("""
                exit(5)                                 = ?
                +++ exited with 5 +++
                """,
                run(AnalyzeOptions.defaults(), in(9, 1, "exit", 5), exited(9, 2, 5)));
    }

    @Test
    void signalsGroupStopsAndDeaths() throws IOException {
        byte[] info = new byte[128];
        ByteBuffer b = ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 11).putInt(8, 1).putLong(16, 8);
        assertEquals("""
                4921  --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x8} ---
                4921  +++ killed by SIGSEGV (core dumped) +++
                4919  --- stopped by SIGSTOP ---
                """,
                run(FOLLOW, new SignalStop(4921, t(1), 11, info), killed(4921, 2, 11, true),
                        new GroupStop(4919, t(3), 19)));
    }

    @Test
    void signalLinesFollowDashX() throws IOException {
        byte[] info = new byte[128];
        ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 10).putInt(8, -6).putInt(16, 1234);
        // strace 6.1 -X raw and -X verbose on a tgkill'd SIGUSR1
        assertEquals("--- SIGUSR1 {si_signo=10, si_code=0xfffffffa, si_pid=1234, si_uid=0} ---\n",
                run(dashX(DecodeOptions.Constants.RAW), new SignalStop(1234, t(1), 10, info)));
        assertEquals("--- SIGUSR1 {si_signo=10 /* SIGUSR1 */, si_code=0xfffffffa /* SI_TKILL */, si_pid=1234, si_uid=0} ---\n",
                run(dashX(DecodeOptions.Constants.VERBOSE), new SignalStop(1234, t(1), 10, info)));
    }

    private static AnalyzeOptions dashX(DecodeOptions.Constants mode) {
        return AnalyzeOptions.builder().decode(new DecodeOptions(32, 0, false, mode, 0)).build();
    }

    @Test
    void signalFilterHidesDeliveriesAndDeathsByThoseSignals() throws IOException {
        byte[] info = new byte[128];
        ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 10);
        // strace 6.1 -e signal=!SIGUSR1: neither the delivery nor "+++ killed by SIGUSR1 +++"
        assertEquals("", run(AnalyzeOptions.builder().signals(SignalFilter.parse("!SIGUSR1")).build(),
                new SignalStop(1, t(1), 10, info), killed(1, 2, 10, false)));
        assertEquals("+++ killed by SIGUSR1 +++\n",
                run(AnalyzeOptions.builder().signals(SignalFilter.parse("SIGUSR1")).build(), killed(1, 2, 10, false)));
    }

    @Test
    void aSignalInterruptsAnOpenLine() throws IOException {
        byte[] info = new byte[128];
        ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 10).putInt(16, 1).putInt(20, 0);
        assertEquals("""
                1     read(0,  <unfinished ...>
                2     --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=1, si_uid=0} ---
                1     <... read resumed>4096, 10)       = 3
                """,
                run(FOLLOW, in(1, 1, "read", 0, 4096, 10), new SignalStop(2, t(2), 10, info), out(1, 3, "read", 3)));
    }

    @Test
    void restartSyscallNamesTheInterruptedCall() throws IOException {
        assertEquals("""
                clock_nanosleep(0, 0, 100, 200)         = ? ERESTART_RESTARTBLOCK (Interrupted by signal)
                restart_syscall(<... resuming interrupted clock_nanosleep ...>) = 0
                """,
                run(AnalyzeOptions.defaults(), new Stop[] {
                    in(3, 1, "clock_nanosleep", 0, 0, 100, 200),
                    new dev.jtrace.format.SyscallExit(3, t(2), dev.jtrace.format.Arch.X86_64,
                            Stops.nr("clock_nanosleep"), -516, true, List.of(), -1),
                    in(3, 3, "restart_syscall"), out(3, 4, "restart_syscall", 0)}));
    }

    @Test
    void execByAThreadSupersedesTheLeader() throws IOException {
        // as strace 6.1 printed when thread 5029 of process 5027 called execve
        assertEquals("""
                5027  pause( <unfinished ...>
                5029  execve(1, 2, 3 <unfinished ...>
                5027  <... pause resumed>)              = ?
                5027  +++ superseded by execve in pid 5029 +++
                5027  <... execve resumed>)             = 0
                """,
                run(FOLLOW, new Stop[] {
                    in(5027, 0, "pause"), in(5029, 1, "execve", 1, 2, 3),
                    event(5027, 2, Kind.EXIT, 0),
                    event(5027, 3, Kind.EXEC, 5029), out(5027, 4, "execve", 0)}));
    }

    @Test
    void withoutExitEventsTheSupersededLeadersCallStillEndsWithQuestionMark() throws IOException {
        assertEquals("""
                5027  pause( <unfinished ...>
                5029  execve(1, 2, 3 <unfinished ...>
                5027  <... pause resumed>)              = ?
                5027  +++ superseded by execve in pid 5029 +++
                5027  <... execve resumed>)             = 0
                """,
                run(FOLLOW, new Stop[] {
                    in(5027, 0, "pause"), in(5029, 1, "execve", 1, 2, 3),
                    event(5027, 3, Kind.EXEC, 5029), out(5027, 4, "execve", 0)}));
    }

    @Test
    void aLaunchedCommandIsShownFromItsExecveOn() throws IOException {
        assertEquals("""
                9     execve(1, 2, 3)                   = 0
                9     getpid()                          = 9
                """,
                run(Stops.launched(), AnalyzeOptions.defaults(),
                        new GroupStop(9, t(0), 19), in(9, 1, "getpid"), out(9, 2, "getpid", 9),
                        in(9, 3, "execve", 1, 2, 3), out(9, 4, "execve", 0), in(9, 5, "getpid"),
                        out(9, 6, "getpid", 9)));
    }

    @Test
    void durationsAfterReturnedCallsOnly() throws IOException {
        assertEquals("""
                read(0,  <unfinished ...>
                getpid()                                = 9 <0.000001>
                <... read resumed>4096, 10)             = 10 <0.001234>
                exit_group(0)                           = ?
                """,
                run(AnalyzeOptions.builder().showDuration(true).build(), new Stop[] {
                    in(1, 0, "read", 0, 4096, 10), in(9, 1, "getpid"), out(9, 2, "getpid", 9),
                    out(1, 1234, "read", 10), in(1, 1300, "exit_group", 0), event(1, 1301, Kind.EXIT, 0)}));
    }

    @Test
    void timestampsOfDayMicrosecondsAndEpoch() throws IOException {
        Stop[] stops = {in(1, 0, "getpid"), out(1, 1, "getpid", 1)};
        // the recording started at 03:04:05.000006 UTC; the entry is at the start
        assertEquals("03:04:05 getpid()                       = 1\n",
                run(AnalyzeOptions.builder().timestamps(TimestampStyle.SECONDS).build(), stops));
        assertEquals("03:04:05.000006 getpid()                = 1\n",
                run(AnalyzeOptions.builder().timestamps(TimestampStyle.MICROSECONDS).build(), stops));
        assertEquals("1767323045.000006 getpid()              = 1\n",
                run(AnalyzeOptions.builder().timestamps(TimestampStyle.EPOCH).build(), stops));
    }

    @Test
    void relativeTimestampsCountFromThePreviousLine() throws IOException {
        assertEquals("""
                     0.000000 getpid()                  = 1
                     0.000500 getpid()                  = 1
                     1.000000 +++ exited with 0 +++
                """,
                run(AnalyzeOptions.builder().relative(true).build(),
                        in(1, 100, "getpid"), out(1, 101, "getpid", 1), in(1, 600, "getpid"), out(1, 601, "getpid", 1),
                        exited(1, 1_000_600, 0)));
        assertEquals("03:04:05.000106 (+     0.000000) getpid() = 1\n",
                run(AnalyzeOptions.builder().relative(true).timestamps(TimestampStyle.MICROSECONDS).build(),
                        in(1, 100, "getpid"), out(1, 101, "getpid", 1)));
    }

    @Test
    void alignmentColumnIsConfigurable() throws IOException {
        assertEquals("getpid()            = 1\n",
                run(AnalyzeOptions.builder().alignColumn(20).build(), in(1, 0, "getpid"), out(1, 1, "getpid", 1)));
    }

    @Test
    void traceFilterHidesCallsButNotSignalsOrExits() throws IOException {
        AnalyzeOptions o = AnalyzeOptions.builder()
                .filter(SyscallFilter.parse("!getpid,/^wri", new TestDecoder())).build();
        assertEquals("""
                close(3)                                = 0
                +++ exited with 0 +++
                """,
                run(o, in(1, 0, "getpid"), out(1, 1, "getpid", 1), in(1, 2, "close", 3), out(1, 3, "close", 0),
                        in(1, 4, "write", 1, 2, 3), out(1, 5, "write", 3), exited(1, 6, 0)));
    }

    @Test
    void aFilteredCallDoesNotInterruptAnotherTasksLine() throws IOException {
        AnalyzeOptions o = AnalyzeOptions.builder().followForks(true)
                .filter(SyscallFilter.parse("read", new TestDecoder())).build();
        assertEquals("1     read(0, 4096, 10)                 = 10\n",
                run(o, in(1, 0, "read", 0, 4096, 10), in(2, 1, "getpid"), out(2, 2, "getpid", 2),
                        out(1, 3, "read", 10)));
    }

    @Test
    void onlyFailedOrOnlySuccessfulCalls() throws IOException {
        Stop[] stops = {in(1, 0, "close", 3), out(1, 1, "close", 0), in(1, 2, "close", 4), fail(1, 3, "close", 9),
            in(1, 4, "exit_group", 0), exited(1, 5, 0)};
        assertEquals("""
                close(3)                                = 0
                +++ exited with 0 +++
                """, run(AnalyzeOptions.builder().status(StatusFilter.SUCCESSFUL).build(), stops));
        assertEquals("""
                close(4)                                = -1 EBADF (Bad file descriptor)
                +++ exited with 0 +++
                """, run(AnalyzeOptions.builder().status(StatusFilter.FAILED).build(), stops));
    }

    @Test
    void heldBackCallInterruptedByAnotherTaskIsSplitAsStrace61Does() throws IOException {
        // strace 6.1 -f -z printed "13143 wait4(13144,  <unfinished ...>" then "NULL, 0, NULL) ... = 13144"
        assertEquals("""
                13144 --- stopped by SIGSTOP ---
                13143 wait4(13144,  <unfinished ...>
                0, 0, 0)                                = 13144
                """,
                run(AnalyzeOptions.builder().followForks(true).status(StatusFilter.SUCCESSFUL).build(),
                        new Stop[] {in(13143, 0, "wait4", 13144, 0, 0, 0), new GroupStop(13144, t(1), 19),
                            out(13143, 2, "wait4", 13144)}));
    }

    @Test
    void summaryOnlyCountsReturnedCallsAndSkipsTheTrace() throws IOException {
        String s = run(AnalyzeOptions.builder().summary(AnalyzeOptions.SummaryMode.ONLY).wallClockSummary(true).build(),
                in(1, 0, "close", 3), out(1, 1000, "close", 0), in(1, 2000, "close", 3), fail(1, 5000, "close", 9),
                in(1, 6000, "exit_group", 0), exited(1, 7000, 0));
        assertEquals("""
                % time     seconds  usecs/call     calls    errors syscall
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.004000        2000         2         1 close
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.004000        2000         2         1 total
                """, s);
    }

    @Test
    void summaryAlsoPrintsTheTraceFirst() throws IOException {
        String s = run(AnalyzeOptions.builder().summary(AnalyzeOptions.SummaryMode.ALSO).build(),
                in(1, 0, "getpid"), out(1, 1, "getpid", 1));
        assertEquals("""
                getpid()                                = 1
                % time     seconds  usecs/call     calls    errors syscall
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.000001           1         1           getpid
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.000001           1         1           total
                """, s);
    }

    @Test
    void aTruncatedTraceEndsItsOpenLineAsUnfinished() throws IOException {
        assertEquals("read(0,  <unfinished ...>\n", run(AnalyzeOptions.defaults(), in(1, 0, "read", 0, 1, 2)));
    }
}
