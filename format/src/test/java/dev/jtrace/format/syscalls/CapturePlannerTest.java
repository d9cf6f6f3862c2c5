package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturePlannerTest {
    static final SyscallDescriptions D = SyscallDescriptions.builtIn();
    static final long P = 0x10000;

    static int nr(String name) {
        return D.number(Arch.X86_64, name);
    }

    static long[] args(long... a) {
        return java.util.Arrays.copyOf(a, 6);
    }

    @Test
    void pathIsCapturedWholeWithItsLength() {
        FakeMemory m = new FakeMemory().string(P, "/etc/passwd");
        List<Capture> c = D.capturePlanner(8).atEntry(Arch.X86_64, nr("openat"), args(-100, P, 0), m);
        assertEquals(1, c.size());
        assertEquals("/etc/passwd", new String(c.get(0).data(), StandardCharsets.US_ASCII));
        assertEquals(11, c.get(0).length());
        assertEquals(1, c.get(0).arg());
        assertFalse(c.get(0).truncated());
    }

    @Test
    void stringWithoutNulWithinSnapIsCutWithUnknownLength() {
        FakeMemory m = new FakeMemory().string(P, "security.selinux");
        List<Capture> c = D.capturePlanner(8).atEntry(Arch.X86_64, nr("getxattr"), args(P, P, 0, 0), m);
        Capture name = c.get(1);
        assertEquals("security", new String(name.data(), StandardCharsets.US_ASCII));
        assertEquals(-1, name.length());
        assertTrue(name.truncated());
    }

    @Test
    void unreadableMemoryRecordsEfault() {
        List<Capture> c = D.capturePlanner(4096).atEntry(Arch.X86_64, nr("access"), args(0xdead0000L, 4),
                new FakeMemory());
        assertEquals(14, c.get(0).errno());
        assertFalse(c.get(0).readable());
    }

    @Test
    void argvElementsAreCapturedByIndex() {
        FakeMemory m = new FakeMemory().string(P, "/bin/ls").words(P + 0x100, P + 0x200, P + 0x300, 0)
                .string(P + 0x200, "ls").string(P + 0x300, "-la");
        List<Capture> c = D.capturePlanner(4096).atEntry(Arch.X86_64, nr("execve"), args(P, P + 0x100, 0), m);
        assertEquals("ls", text(find(c, 1, "[0]")));
        assertEquals("-la", text(find(c, 1, "[1]")));
        assertEquals(null, find(c, 1, "[2]"));
    }

    @Test
    void i386ArgvHoldsThirtyTwoBitPointers() {
        FakeMemory m = new FakeMemory().string(0x8000, "/bin/ls").ints(0x8100, 0x8200, 0x8300, 0)
                .string(0x8200, "ls").string(0x8300, "-l");
        int nr = D.number(Arch.I386, "execve");
        List<Capture> c = D.capturePlanner(4096).atEntry(Arch.I386, nr, args(0x8000, 0x8100, 0), m);
        assertEquals("ls", text(find(c, 1, "[0]")));
        assertEquals("-l", text(find(c, 1, "[1]")));
        assertEquals(null, find(c, 1, "[2]"));
    }

    @Test
    void rtSigreturnCapturesTheMaskOnlyWithTheStackPointer() {
        int nr = D.number(Arch.X86_64, "rt_sigreturn");
        FakeMemory m = new FakeMemory().words(0x7000 + 296, 1L << 1);
        assertTrue(D.capturePlanner(4096).atEntry(Arch.X86_64, nr, args(), m).isEmpty());
        List<Capture> c = D.capturePlanner(4096).atEntry(Arch.X86_64, nr, args(), 0x7000, m);
        assertEquals(0x7000 + 296, find(c, 0, "uc_sigmask").address());
    }

    @Test
    void negativeSnapLengthIsRejected() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> D.capturePlanner(-1));
        assertTrue(e.getMessage().contains("snap length"));
    }

    @Test
    void outputBufferIsSizedByTheReturnValueAndOnlyOnSuccess() {
        FakeMemory m = new FakeMemory().put(P, "hello world".getBytes(StandardCharsets.US_ASCII));
        CapturePlanner p = D.capturePlanner(4096);
        assertTrue(p.atEntry(Arch.X86_64, nr("read"), args(3, P, 4096), m).isEmpty());
        List<Capture> c = p.atExit(Arch.X86_64, nr("read"), args(3, P, 4096), 5, false, m);
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), c.get(0).data());
        assertTrue(p.atExit(Arch.X86_64, nr("read"), args(3, P, 4096), -11, true, m).isEmpty());
    }

    @Test
    void inputBufferIsCutAtTheSnapLengthButKeepsItsFullLength() {
        FakeMemory m = new FakeMemory().put(P, new byte[100]);
        List<Capture> c = D.capturePlanner(16).atEntry(Arch.X86_64, nr("write"), args(1, P, 100), m);
        assertEquals(16, c.get(0).data().length);
        assertEquals(100, c.get(0).length());
        assertTrue(c.get(0).truncated());
    }

    @Test
    void iovecBuffersAreCapturedPerElement() {
        FakeMemory m = new FakeMemory().words(P, P + 0x100, 2, P + 0x200, 3).put(P + 0x100, "ab".getBytes())
                .put(P + 0x200, "cde".getBytes());
        List<Capture> c = D.capturePlanner(4096).atEntry(Arch.X86_64, nr("writev"), args(1, P, 2), m);
        assertEquals("ab", text(find(c, 1, "[0].iov_base")));
        assertEquals("cde", text(find(c, 1, "[1].iov_base")));
    }

    @Test
    void outputStructIsCapturedAtExit() {
        FakeMemory m = new FakeMemory().put(P, new byte[144]).string(P + 0x1000, "/x");
        List<Capture> c = D.capturePlanner(4096).atExit(Arch.X86_64, nr("stat"), args(P + 0x1000, P), 0, false, m);
        assertEquals(144, find(c, 1, "").data().length);
    }

    @Test
    void anAbsurdReturnValueDoesNotMakeTheCaptureHuge() {
        FakeMemory m = new FakeMemory().put(P, new byte[4096]);
        List<Capture> c = D.capturePlanner(4096).atExit(Arch.X86_64, nr("getdents64"), args(3, P, 32768),
                Integer.MAX_VALUE, false, m);
        assertTrue(c.get(0).data().length <= 4096);
        assertEquals(Integer.MAX_VALUE, c.get(0).length());
    }

    @Test
    void undescribedSyscallCapturesNothing() {
        int nr = D.number(Arch.X86_64, "io_destroy");
        assertTrue(D.capturePlanner(4096).atEntry(Arch.X86_64, nr, args(1, 2, 3, 4), new FakeMemory()).isEmpty());
    }

    static Capture find(List<Capture> c, int arg, String path) {
        return c.stream().filter(x -> x.arg() == arg && x.path().equals(path)).findFirst().orElse(null);
    }

    static String text(Capture c) {
        return new String(c.data(), StandardCharsets.ISO_8859_1);
    }
}
