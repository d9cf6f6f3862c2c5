package dev.jtrace.format.syscalls.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import org.junit.jupiter.api.Test;

/** The C layout rules structs.def relies on, and the errors a malformed file gets. */
class StructLayoutsTest {
    private static final String TEXT = """
            struct s
                int a
                u64 b
                char c[3]
            struct p @packed
                u32 a
                u64 b
            union u
                short a
                struct s b
            """;

    @Test
    void i386AlignsSixtyFourBitFieldsToFourBytesAndX86_64ToEight() {
        StructLayouts l = StructLayouts.parse(TEXT);
        assertEquals(8, l.get("s", Arch.X86_64).offset("b"));
        assertEquals(24, l.get("s", Arch.X86_64).size());
        assertEquals(4, l.get("s", Arch.I386).offset("b"));
        assertEquals(16, l.get("s", Arch.I386).size());
    }

    @Test
    void packedStructsHaveNoPaddingAndUnionsOverlap() {
        StructLayouts l = StructLayouts.parse(TEXT);
        assertEquals(4, l.get("p", Arch.X86_64).offset("b"));
        assertEquals(12, l.get("p", Arch.X86_64).size());
        assertEquals(0, l.get("u", Arch.X86_64).offset("b"));
        assertEquals(24, l.get("u", Arch.X86_64).size());
    }

    @Test
    void anAbiBlockWinsOverTheGenericOne() {
        StructLayouts l = StructLayouts.parse("struct t\n    int a\nstruct t @i386\n    long a\n    long b\n");
        assertEquals(4, l.get("t", Arch.X86_64).size());
        assertEquals(8, l.get("t", Arch.I386).size());
    }

    @Test
    void malformedFilesAreRejectedWithTheLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StructLayouts.parse("struct t\n    float a\n"))
                .getMessage().contains("line 2: unknown field type float"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> StructLayouts.parse("struct t\n    int a\nstruct t\n    int b\n")).getMessage()
                .contains("line 3: a second block for t"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> StructLayouts.parse("struct t\n    struct t a\n")).getMessage().contains("contains itself"));
    }
}
