package dev.jtrace.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
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
}
