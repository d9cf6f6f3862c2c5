package dev.jtrace.analyze;

import static dev.jtrace.analyze.Stops.event;
import static dev.jtrace.analyze.Stops.exited;
import static dev.jtrace.analyze.Stops.fail;
import static dev.jtrace.analyze.Stops.in;
import static dev.jtrace.analyze.Stops.killed;
import static dev.jtrace.analyze.Stops.out;
import static dev.jtrace.analyze.Stops.string;
import static dev.jtrace.analyze.Stops.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.analyze.AnalyzeOptions.SummaryMode;
import dev.jtrace.analyze.AnalyzeOptions.TimestampStyle;
import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.PtraceEvent.Kind;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.SyscallDecoder;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** -n, -i, -q, -P, -e raw=, -e abbrev=, and what strace does with numbers it does not know. */
class DisplayOptionsTest {
    private static final SyscallDecoder REAL = SyscallDescriptions.builtIn().decoder();

    private static AnalyzeOptions with(DisplayOptions d) {
        return AnalyzeOptions.builder().display(d).build();
    }

    private static String run(SyscallDecoder decoder, AnalyzeOptions o, Stop... stops) throws IOException {
        StringBuilder sb = new StringBuilder();
        Analyzer a = new Analyzer(Stops.attached(), decoder, o, sb, new Host(ZoneOffset.UTC, UnaryOperator.identity()));
        for (Stop s : stops) {
            a.accept(s);
        }
        a.finish();
        return sb.toString();
    }

    private static SyscallEntry at(long ip, SyscallEntry e) {
        return new SyscallEntry(e.tid(), e.time(), e.arch(), e.nr(), e.args(), ip, e.sp(), e.captures(), e.cpuNs());
    }

    @Test
    void syscallNumbersFollowThePidAndStayOnTheTasksLaterLines() throws IOException {
        AnalyzeOptions o = AnalyzeOptions.builder().followForks(true)
                .display(DisplayOptions.DEFAULT.withSyscallNumbers(true)).build();
        assertEquals("""
                7     [  39] getpid()                   = 42
                7     [ 231] exit_group(0)              = ?
                7     [ 231] +++ exited with 0 +++
                """, run(new TestDecoder(), o, in(7, 1, "getpid"), out(7, 2, "getpid", 42),
                in(7, 3, "exit_group", 0), exited(7, 4, 0)));
    }

    @Test
    void instructionPointerComesAfterTimeAndNumberAndIsUnknownOnceTheTaskIsGone() throws IOException {
        AnalyzeOptions o = AnalyzeOptions.builder().followForks(true).timestamps(TimestampStyle.EPOCH)
                .display(DisplayOptions.DEFAULT.withSyscallNumbers(true).withInstructionPointer(true)).build();
        String text = run(new TestDecoder(), o, at(0x7f1234567890L, in(7, 1, "getpid")), out(7, 2, "getpid", 42),
                exited(7, 4, 0));
        assertEquals("""
                7     1767323045.000007 [  39] [00007f1234567890] getpid() = 42
                7     1767323045.000010 [  39] [????????????????] +++ exited with 0 +++
                """, text);
    }

    @Test
    void anI386CallsInstructionPointerHasEightDigits() throws IOException {
        SyscallEntry e = new SyscallEntry(7, t(1), Arch.I386, 20, new long[6], 0x401130, 0, List.of(), -1);
        SyscallExit x = new SyscallExit(7, t(2), Arch.I386, 20, 7, false, List.of(), -1);
        assertEquals("[00401130] getpid()                     = 7\n",
                run(new TestDecoder(), with(DisplayOptions.DEFAULT.withInstructionPointer(true)), e, x));
    }

    @Test
    void qqLeavesOutExitStatusesButNotDeathsBySignals() throws IOException {
        AnalyzeOptions qq = with(DisplayOptions.DEFAULT.withQuiet(Quiet.ofCount(2)));
        assertEquals("+++ killed by SIGTERM +++\n", run(new TestDecoder(), qq, exited(8, 1, 0), killed(7, 2, 15, false)));
        AnalyzeOptions q = with(DisplayOptions.DEFAULT.withQuiet(Quiet.ofCount(1)));
        assertEquals("+++ exited with 3 +++\n", run(new TestDecoder(), q, exited(7, 1, 3)));
    }

    @Test
    void qqqLeavesOutSupersededLines() throws IOException {
        Stop[] stops = {in(8, 1, "execve", 1, 2, 3), event(7, 2, Kind.EXEC, 8), out(7, 3, "execve", 0)};
        assertTrue(run(new TestDecoder(), AnalyzeOptions.defaults(), stops).contains("+++ superseded by execve in pid 8"));
        String qqq = run(new TestDecoder(), with(DisplayOptions.DEFAULT.withQuiet(Quiet.ofCount(3))), stops);
        assertEquals("execve(1, 2, 3)                         = 0\n", qqq);
    }

    @Test
    void quietSetsParseAsStraceNamesThem() {
        assertEquals(EnumSet.of(Quiet.EXIT, Quiet.SUPERSEDED), Quiet.parse("exit,thread-execve"));
        assertEquals(EnumSet.complementOf(EnumSet.of(Quiet.ATTACH)), Quiet.parse("!attach"));
        assertEquals(EnumSet.allOf(Quiet.class), Quiet.parse("all"));
        assertEquals("invalid quiet 'bogus'",
                assertThrows(IllegalArgumentException.class, () -> Quiet.parse("bogus")).getMessage());
    }

    @Test
    void rawCallsPrintEveryArgumentAndTheResultInHex() throws IOException {
        AnalyzeOptions o = with(DisplayOptions.DEFAULT.withRaw(SyscallFilter.parse("openat", REAL)));
        String text = run(REAL, o,
                in(7, 1, "openat", List.of(string(1, "/etc/hostname")), 0xffffff9cL, 0x7f00, 0x80000, 0),
                out(7, 2, "openat", 3),
                in(7, 3, "openat", List.of(string(1, "/nope")), 0xffffff9cL, 0x7f10, 0, 0),
                fail(7, 4, "openat", 2),
                in(7, 5, "close", 3), out(7, 6, "close", 0));
        assertEquals("""
                openat(0xffffff9c, 0x7f00, 0x80000, 0)  = 0x3
                openat(0xffffff9c, 0x7f10, 0, 0)        = -1 ENOENT (No such file or directory)
                close(3)                                = 0
                """, text);
    }

    @Test
    void abbrevSetDecidesPerCallWhetherStructuresAreAbbreviated() throws IOException {
        byte[] uts = new byte[6 * 65];
        String[] fields = {"Linux", "vm", "6.1.0", "#1 SMP", "x86_64", "(none)"};
        for (int i = 0; i < fields.length; i++) {
            byte[] f = fields[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(f, 0, uts, i * 65, f.length);
        }
        Stop[] stops = {in(7, 1, "uname", 0x7ff0),
                out(7, 2, "uname", 0, List.of(new Capture(0, "", 0x7ff0, uts, uts.length, 0)))};
        String abbreviated = "uname({sysname=\"Linux\", nodename=\"vm\", ...}) = 0\n";
        String full = "uname({sysname=\"Linux\", nodename=\"vm\", release=\"6.1.0\", version=\"#1 SMP\","
                + " machine=\"x86_64\", domainname=\"(none)\"}) = 0\n";
        assertEquals(abbreviated, run(REAL, AnalyzeOptions.defaults(), stops));
        assertEquals(full, run(REAL, with(DisplayOptions.DEFAULT.withAbbrev(SyscallFilter.parse("none", REAL))), stops));
        assertEquals(full, run(REAL, with(DisplayOptions.DEFAULT.withAbbrev(SyscallFilter.parse("read", REAL))), stops));
        assertEquals(abbreviated,
                run(REAL, with(DisplayOptions.DEFAULT.withAbbrev(SyscallFilter.parse("uname", REAL))), stops));
    }

    @Test
    void verboseSetDecidesPerCallWhetherPointersAreFollowed() throws IOException {
        byte[] uts = new byte[6 * 65];
        System.arraycopy("Linux".getBytes(StandardCharsets.US_ASCII), 0, uts, 0, 5);
        Stop[] stops = {in(7, 1, "uname", 0x7ff0),
                out(7, 2, "uname", 0, List.of(new Capture(0, "", 0x7ff0, uts, uts.length, 0))),
                in(7, 3, "openat", List.of(string(1, "/x")), -100, 0x1000, 0, 0), out(7, 4, "openat", 3)};
        assertEquals("""
                uname(0x7ff0)                           = 0
                openat(AT_FDCWD, "/x", O_RDONLY)        = 3
                """, run(REAL, with(DisplayOptions.DEFAULT.withVerbose(SyscallFilter.parse("none", REAL))), stops));
        assertTrue(run(REAL, with(DisplayOptions.DEFAULT.withVerbose(SyscallFilter.parse("!openat", REAL))), stops)
                .startsWith("uname({sysname=\"Linux\", "));
        assertEquals("execve(\"/bin/true\", 0x2000, 0x3000)     = 0\n",
                run(REAL, with(DisplayOptions.DEFAULT.withVerbose(SyscallFilter.parse("none", REAL))),
                        in(7, 1, "execve", List.of(string(0, "/bin/true")), 0x1000, 0x2000, 0x3000),
                        out(7, 2, "execve", 0)));
    }

    @Test
    void pathFilterKeepsCallsNamingThePathOrUsingAnFdOpenOnIt() throws IOException {
        AnalyzeOptions o = with(DisplayOptions.DEFAULT.withPaths(List.of("/etc/hostname")));
        String text = run(new TestDecoder(), o,
                in(7, 1, "openat", List.of(string(1, "/etc/ld.so.cache")), -100, 1, 0, 0), out(7, 2, "openat", 3),
                in(7, 3, "openat", List.of(string(1, "/etc/hostname")), -100, 2, 0, 0), out(7, 4, "openat", 4),
                in(7, 5, "read", 3, 10, 10), out(7, 6, "read", 10),
                in(7, 7, "read", 4, 10, 10), out(7, 8, "read", 3),
                in(7, 9, "dup2", 4, 0), out(7, 10, "dup2", 0),
                in(7, 11, "close", 4), out(7, 12, "close", 0),
                in(7, 13, "close", 4), fail(7, 14, "close", 9),
                in(7, 15, "getpid"), out(7, 16, "getpid", 7),
                exited(7, 17, 0));
        assertEquals("""
                openat(-100, 2, 0, 0)                   = 4
                read(4, 10, 10)                         = 3
                dup2(4, 0)                              = 0
                close(4)                                = 0
                +++ exited with 0 +++
                """, text);
    }

    @Test
    void numbersStraceDoesNotKnowPrintUnderAnyFilterButAreNotCounted() throws IOException {
        SyscallEntry unknown = new SyscallEntry(7, t(1), Arch.X86_64, 9999, new long[] {1, 2, 0, 0, 0, 0}, 0, 0,
                List.of(), -1);
        SyscallExit enosys = new SyscallExit(7, t(2), Arch.X86_64, 9999, -38, true, List.of(), -1);
        AnalyzeOptions fileOnly = AnalyzeOptions.builder().filter(SyscallFilter.parse("%file", REAL))
                .summary(SummaryMode.ALSO).build();
        String text = run(REAL, fileOnly, unknown, enosys, in(7, 3, "getpid"), out(7, 4, "getpid", 7),
                in(7, 5, "openat", List.of(string(1, "/x")), -100, 1, 0, 0), out(7, 6, "openat", 3));
        List<String> lines = text.lines().toList();
        assertEquals("syscall_0x270f(0x1, 0x2, 0, 0, 0, 0)    = -1 ENOSYS (Function not implemented)", lines.get(0));
        assertEquals("openat(AT_FDCWD, \"/x\", O_RDONLY)        = 3", lines.get(1));
        assertTrue(text.lines().noneMatch(l -> l.contains("syscall_0x") && !l.startsWith("syscall_0x270f(")), text);
        // the -c table counts the openat only: one call in total, no syscall_0x row
        assertTrue(text.lines().anyMatch(l -> l.matches(".* 1 +total")), text);
    }

    @Test
    void statusSetsSelectCallsByHowTheyEnded() throws IOException {
        Stop[] stops = {in(7, 1, "getpid"), out(7, 2, "getpid", 7), in(7, 3, "close", 9), fail(7, 4, "close", 9),
                in(7, 5, "exit_group", 3), exited(7, 6, 3)};
        assertEquals("""
                exit_group(3)                           = ?
                +++ exited with 3 +++
                """, run(new TestDecoder(), status("unfinished"), stops));
        assertEquals("""
                close(9)                                = -1 EBADF (Bad file descriptor)
                exit_group(3)                           = ?
                +++ exited with 3 +++
                """, run(new TestDecoder(), status("!successful"), stops));
        assertEquals(run(new TestDecoder(), AnalyzeOptions.defaults(), stops),
                run(new TestDecoder(), status("successful,failed,unfinished,unavailable,detached"), stops));
        assertEquals("invalid status 'bogus'", assertThrows(IllegalArgumentException.class,
                () -> AnalyzeOptions.StatusFilter.parse("bogus")).getMessage());
    }

    @Test
    void rawAllLeavesTheDecimalResultOfUnknownNumbers() throws IOException {
        SyscallEntry unknown = new SyscallEntry(7, t(1), Arch.X86_64, 9999, new long[6], 0, 0, List.of(), -1);
        SyscallExit ok = new SyscallExit(7, t(2), Arch.X86_64, 9999, 42, false, List.of(), -1);
        assertEquals("syscall_0x270f(0, 0, 0, 0, 0, 0)        = 42\n",
                run(REAL, with(DisplayOptions.DEFAULT.withRaw(SyscallFilter.parse("all", REAL))), unknown, ok));
    }

    private static AnalyzeOptions status(String set) {
        return AnalyzeOptions.builder().status(AnalyzeOptions.StatusFilter.parse(set)).build();
    }
}
