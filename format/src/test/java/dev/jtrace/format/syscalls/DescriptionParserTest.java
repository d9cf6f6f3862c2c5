package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionParserTest {
    @Test
    void parsesALine() {
        Description d = DescriptionParser.parseSyscall("read(fd fd, obuf[ret] buf, size count) -> ssize %desc");
        assertEquals("read", d.name());
        assertEquals(List.of("fd", "buf", "count"), d.params().stream().map(Param::name).toList());
        assertEquals(new TypeExpr("obuf", null, "ret"), d.params().get(1).type());
        assertEquals("ssize", d.returns());
        assertTrue(d.classes().contains("desc"));
    }

    @Test
    void errorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DescriptionParser.parseSyscalls("# c\nread(fd) -> int\n"));
        assertTrue(e.getMessage().startsWith("syscalls.def line 2:"), e.getMessage());
    }

    @Test
    void fieldEntriesAndCompoundFlags() {
        ConstantSet open = DescriptionParser.parseConstants(
                "flags open O_RDONLY=0/3 O_WRONLY=1/3 O_RDWR=2/3 O_CREAT=0100\n    O_CLOEXEC=02000000\n").get("open");
        assertEquals("O_RDONLY|O_CLOEXEC", open.render(02000000, Constants.ABBREV));
        assertEquals("O_RDWR|O_CREAT|0x1000", open.render(02 | 0100 | 0x1000, Constants.ABBREV));
        assertEquals("0x80000 /* O_RDONLY|O_CLOEXEC */", open.render(0x80000, Constants.VERBOSE));
        assertEquals("0x80000", open.render(0x80000, Constants.RAW));
    }

    @Test
    void splitWordsJoinTwoSetsDefinedAbove() {
        ConstantSet sock = DescriptionParser.parseConstants("""
                enum kind SOCK_STREAM=1 SOCK_RAW=3
                flags sockflags SOCK_CLOEXEC=0x80000
                split type kind/0xf sockflags ifknown
                """).get("type");
        assertEquals("SOCK_RAW|SOCK_CLOEXEC|0x60", sock.render(0x80063, Constants.ABBREV));
        assertEquals("0x60 /* SOCK_??? */", sock.render(0x60, Constants.ABBREV));
        assertEquals("0x3|0x80060", sock.render(0x80063, Constants.RAW));
        assertEquals(0x80063, sock.parse(sock.render(0x80063, Constants.VERBOSE)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DescriptionParser.parseConstants("split type kind/0xf sockflags\nenum kind A=1\n"));
        assertTrue(e.getMessage().contains("kind is not defined above"), e.getMessage());
    }

    @Test
    void shiftedNumbersPrintAfterTheUnknownBits() {
        ConstantSet memfd = DescriptionParser.parseConstants("flags memfd MFD_CLOEXEC=1 <<MFD_HUGE_SHIFT=26/0x3f\n")
                .get("memfd");
        assertEquals("MFD_CLOEXEC|0x10|21<<MFD_HUGE_SHIFT", memfd.render(0x54000011L, Constants.ABBREV));
        assertEquals(0x54000011L, memfd.parse("MFD_CLOEXEC|0x10|21<<MFD_HUGE_SHIFT"));
        assertThrows(IllegalArgumentException.class, () -> DescriptionParser.parseConstants("flags m <<X=26\n"));
    }
}
