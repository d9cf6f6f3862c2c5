package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Calls left out of {@code -e verbose=SET} (DecodeOptions.dereference false), hand-decoded ones included: lines
 * strace 6.1 printed here with {@code -e verbose=none} for testdata/c/custom_structs.c and a program making
 * calls with empty arrays.
 */
class VerboseSetTest {
    static final DecodeOptions NOT_VERBOSE = new DecodeOptions(32, 0, false, DecodeOptions.Constants.ABBREV, 0, false);
    static final DecodeContext CTX = new DecodeContext(NOT_VERBOSE, 1, DecodeContext.FdNames.NONE);

    static String line(String name, FakeMemory mem, long rval, long... args) {
        return Strace.line(Arch.X86_64, NOT_VERBOSE, DecodeContext.FdNames.NONE, name, mem, rval, args);
    }

    @Test
    void rtSigreturnPrintsWhereTheMaskIs() {
        long sp = 0x7ffe9be1c7a8L - 296;
        FakeMemory m = new FakeMemory().words(sp + 296, 0);
        int nr = Strace.D.number(Arch.X86_64, "rt_sigreturn");
        var caps = Strace.D.capturePlanner(4096).atEntry(Arch.X86_64, nr, new long[6], sp, m);
        SyscallEntry e = new SyscallEntry(1, 0, Arch.X86_64, nr, new long[6], 0, sp, caps, -1);
        assertEquals("{mask=0x7ffe9be1c7a8}", Strace.DECODER.entryText(e, CTX));
    }

    @Test
    void clone3PrintsTheAddressOfItsArguments() {
        long p = 0x7ffe9be1d470L;
        ByteBuffer a = ByteBuffer.allocate(88).order(ByteOrder.LITTLE_ENDIAN).putLong(32, 17);
        FakeMemory m = new FakeMemory().put(p, a.array());
        int nr = Strace.D.number(Arch.X86_64, "clone3");
        long[] args = {p, 88, 0, 0, 0, 0};
        CapturePlanner planner = Strace.D.capturePlanner(4096);
        SyscallEntry e = new SyscallEntry(1, 0, Arch.X86_64, nr, args, 0, 0, planner.atEntry(Arch.X86_64, nr, args, m), -1);
        SyscallExit x = new SyscallExit(1, 0, Arch.X86_64, nr, 13950, false,
                planner.atExit(Arch.X86_64, nr, args, 13950, false, m), -1);
        assertEquals("clone3(0x7ffe9be1d470, 88) = 13950", "clone3(" + Strace.DECODER.entryText(e, CTX)
                + Strace.DECODER.exitText(e, x, CTX) + ") = " + Strace.DECODER.resultText(e, x, CTX));
    }

    @Test
    void pollAndSelectKeepOnlyWhatIsNotBehindAPointer() {
        long fds = 0x7ffe9be1d640L;
        FakeMemory polled = new FakeMemory().ints(fds, 3, 1 | 1 << 16, 4, 4 | 4 << 16).words(0x7ffe9be1d2a0L, 0, 999998678);
        assertEquals("poll(0x7ffe9be1d640, 2, 0) = 2", line("poll", polled, 2, fds, 2, 0));
        assertEquals("ppoll(0x7ffe9be1d640, 2, 0x7ffe9be1d2a0, NULL, 8) = 2",
                line("ppoll", polled, 2, fds, 2, 0x7ffe9be1d2a0L, 0, 8));
        FakeMemory selected = new FakeMemory().words(0x7ffe9be1d5b0L, 1 << 3).words(0x7ffe9be1d270L, 0, 999998938);
        assertEquals("pselect6(4, 0x7ffe9be1d5b0, NULL, NULL, 0x7ffe9be1d270, NULL) = 1 (in [3], left 0x7ffe9be1d270)",
                line("pselect6", selected, 1, 4, 0x7ffe9be1d5b0L, 0, 0, 0x7ffe9be1d270L, 0));
        assertEquals("poll([], 0, 0) = 0 (Timeout)", line("poll", new FakeMemory(), 0, 0x7ffe59506da4L, 0, 0));
    }

    @Test
    void arraysOfNoElementsStillPrint() {
        FakeMemory none = new FakeMemory();
        assertEquals("epoll_wait(3, [], 2, 0) = 0", line("epoll_wait", none, 0, 3, 0x7ffe59506d70L, 2, 0));
        assertEquals("epoll_wait(5, 0x7ffe9be1d570, 2, 0) = 1",
                line("epoll_wait", new FakeMemory().put(0x7ffe9be1d570L, new byte[24]), 1, 5, 0x7ffe9be1d570L, 2, 0));
        assertEquals("writev(5, [], 0) = 0", line("writev", none, 0, 5, 0x7ffe59506d50L, 0));
        assertEquals("readv(4, 0x7ffe59506d50, 1) = 1",
                line("readv", new FakeMemory().words(0x7ffe59506d50L, 0x7ffe59506d00L, 8).string(0x7ffe59506d00L, "x"),
                        1, 4, 0x7ffe59506d50L, 1));
    }

    @Test
    void pointersInsideOtherHandDecodedCalls() {
        long t = 0x7ffe9be1d650L;
        FakeMemory m = new FakeMemory().words(t, 0, 1000).ints(0x7ffe9be1d6fcL, 3);
        assertEquals("futex(0x7ffe9be1d668, FUTEX_WAIT_PRIVATE, 1, 0x7ffe9be1d650) = -1 ETIMEDOUT (Connection timed out)",
                line("futex", m, -110, 0x7ffe9be1d668L, 0x80, 1, t, 0, 0));
        assertEquals("ioctl(3, FIONREAD, 0x7ffe9be1d6fc) = 0", line("ioctl", m, 0, 3, 0x541b, 0x7ffe9be1d6fcL));
    }
}
