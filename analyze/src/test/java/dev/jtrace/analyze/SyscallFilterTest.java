package dev.jtrace.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.SyscallDecoder;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyscallFilterTest {
    private static final TestDecoder D = new TestDecoder();

    private static boolean traces(SyscallFilter f, Arch arch, String name) {
        return f.traces(arch, D.number(arch, name), name, D);
    }

    private static boolean traces(SyscallFilter f, String name) {
        return traces(f, Arch.X86_64, name);
    }

    @Test
    void namesInEveryAbi() {
        SyscallFilter f = SyscallFilter.parse("open,close", D);
        assertTrue(traces(f, "open"));
        assertTrue(traces(f, Arch.I386, "open"));
        assertTrue(traces(f, "close"));
        assertFalse(traces(f, "openat"));
    }

    @Test
    void negationInvertsTheWholeSet() {
        SyscallFilter f = SyscallFilter.parse("!open,close", D);
        assertFalse(traces(f, "open"));
        assertFalse(traces(f, "close"));
        assertTrue(traces(f, "read"));
    }

    @Test
    void regexClassesAllAndNone() {
        SyscallFilter re = SyscallFilter.parse("/^(open|stat)", D);
        assertTrue(traces(re, "openat"));
        assertTrue(traces(re, "statx"));
        assertFalse(traces(re, "fstat"));
        SyscallFilter cls = SyscallFilter.parse("%file", D);
        assertTrue(traces(cls, "openat"));
        assertFalse(traces(cls, "read"));
        assertTrue(traces(SyscallFilter.parse("process", D), "wait4"));
        assertTrue(traces(SyscallFilter.parse("all", D), "read"));
        assertFalse(traces(SyscallFilter.parse("none", D), "read"));
        assertTrue(traces(SyscallFilter.parse("!none", D), "read"));
    }

    @Test
    void unknownNamesAreRejectedUnlessOptional() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyscallFilter.parse("open,foo", D));
        assertEquals("invalid system call 'foo'", e.getMessage());
        assertFalse(traces(SyscallFilter.parse("?foo", D), "read"));
        assertThrows(IllegalArgumentException.class, () -> SyscallFilter.parse("/(", D));
        assertThrows(IllegalArgumentException.class, () -> SyscallFilter.parse("open,", D));
    }

    @Test
    void defaultTracesEverything() {
        assertTrue(traces(SyscallFilter.ALL, "read"));
    }

    @Test
    void netIsNetworkAndUnknownClassesAreRejected() {
        SyscallDecoder real = SyscallDescriptions.builtIn().decoder();
        SyscallFilter net = SyscallFilter.parse("%net", real);
        assertTrue(net.traces(Arch.X86_64, real.number(Arch.X86_64, "socket"), "socket", real));
        assertFalse(net.traces(Arch.X86_64, real.number(Arch.X86_64, "read"), "read", real));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyscallFilter.parse("%bogus", D));
        assertEquals("invalid system call '%bogus'", e.getMessage());
        assertEquals("invalid system call 'cachestat'",
                assertThrows(IllegalArgumentException.class, () -> SyscallFilter.parse("cachestat", real)).getMessage());
        assertEquals("invalid system call 'syscall_0x270f'",
                assertThrows(IllegalArgumentException.class, () -> SyscallFilter.parse("syscall_0x270f", D)).getMessage());
    }

    @Test
    void numbersStraceDoesNotKnowPassEveryFilterButAreInNoSet() {
        for (String set : List.of("none", "%file", "!all", "/^get", "open")) {
            assertTrue(SyscallFilter.parse(set, D).traces(Arch.X86_64, 9999, "syscall_0x270f", D), set);
        }
        assertFalse(SyscallFilter.parse("open", D).contains(Arch.X86_64, 9999, "syscall_0x270f", D));
        assertFalse(SyscallFilter.NONE.contains(Arch.X86_64, 0, "read", D));
    }
}
