package dev.jtrace.analyze;

import static dev.jtrace.analyze.Stops.event;
import static dev.jtrace.analyze.Stops.in;
import static dev.jtrace.analyze.Stops.nr;
import static dev.jtrace.analyze.Stops.out;
import static dev.jtrace.analyze.Stops.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.PtraceEvent.Kind;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What strace prints around attaching to and detaching from running processes, and for i386 calls. */
class AttachDetachTest {
    private record Printed(String out, String notices) {
    }

    private static Printed run(boolean complete, AnalyzeOptions options, Stop... stops) throws IOException {
        StringBuilder out = new StringBuilder();
        StringBuilder notices = new StringBuilder();
        Analyzer a = new Analyzer(Stops.attached(), new TestDecoder(), options, out,
                new Host(ZoneOffset.UTC, UnaryOperator.identity()));
        a.noticesTo(notices);
        for (Stop s : stops) {
            a.accept(s);
        }
        a.finish(complete);
        return new Printed(out.toString(), notices.toString());
    }

    private static SyscallExit interrupted(int tid, long micros, String name, long code) {
        return new SyscallExit(tid, t(micros), Arch.X86_64, nr(name), code, true, List.of(), -1);
    }

    @Test
    void aCallInterruptedByTheAttachIsNamedByRestartSyscallAndACallInFlightEndsDetached() throws IOException {
        Stop[] stops = {event(7, 1, Kind.STOP, 0), interrupted(7, 2, "clock_nanosleep", -516),
                in(7, 3, "restart_syscall")};
        assertEquals("restart_syscall(<... resuming interrupted clock_nanosleep ...> <detached ...>\n",
                run(true, AnalyzeOptions.defaults(), stops).out());
        assertEquals("restart_syscall(<... resuming interrupted clock_nanosleep ...> <unfinished ...>\n",
                run(false, AnalyzeOptions.defaults(), stops).out(), "a truncated trace: the recorder was killed");
    }

    @Test
    void aRestartedReadPrintsItsEntryAgainAndTheInterruptionNothing() throws IOException {
        assertEquals("read(3,  <detached ...>\n", run(true, AnalyzeOptions.defaults(),
                event(7, 1, Kind.STOP, 0), interrupted(7, 2, "read", -512), in(7, 3, "read", 3, 4096, 1)).out());
    }

    @Test
    void switchingToI386CallsAndBackIsNoticedSeparately() throws IOException {
        int i386Getpid = 20;
        Printed p = run(true, AnalyzeOptions.defaults(),
                in(7, 1, "getpid"), out(7, 2, "getpid", 7),
                new SyscallEntry(7, t(3), Arch.I386, i386Getpid, new long[6], 0, 0, List.of(), -1),
                new SyscallExit(7, t(4), Arch.I386, i386Getpid, 7, false, List.of(), -1),
                in(7, 5, "getpid"), out(7, 6, "getpid", 7));
        assertEquals("getpid()                                = 7\n".repeat(3), p.out());
        assertEquals("[ Process PID=7 runs in 32 bit mode. ]\n[ Process PID=7 runs in 64 bit mode. ]\n", p.notices());
    }

    @Test
    void theSummaryLeavesOutCallsWithUnknownNumbers() throws IOException {
        AnalyzeOptions summary = AnalyzeOptions.builder().summary(AnalyzeOptions.SummaryMode.ONLY).build();
        String table = run(true, summary,
                new SyscallEntry(7, t(1), Arch.X86_64, 9999, new long[6], 0, 0, List.of(), -1),
                new SyscallExit(7, t(2), Arch.X86_64, 9999, -38, true, List.of(), -1),
                in(7, 3, "getpid"), out(7, 4, "getpid", 7)).out();
        assertEquals(1, table.lines().filter(l -> l.endsWith(" getpid")).count(), table);
        assertEquals(0, table.lines().filter(l -> l.contains("syscall_0x")).count(), table);
    }
}
