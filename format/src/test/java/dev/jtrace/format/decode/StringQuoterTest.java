package dev.jtrace.format.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Expected texts are what strace 6.1 printed here for write(1, <these bytes>, n). */
class StringQuoterTest {
    static final byte[] MIXED = {'a', 1, '5', 1, 'x', 0x7f, (byte) 0x80, (byte) 0xff, '"', '\\', '\t', '\n', 0x0b,
        '\f', '\r', 0, '7', 0, 'a', 27, '?', '?', '/', ' '};

    @Test
    void octalEscapesAreShortestUnlessAnOctalDigitFollows() {
        assertEquals("\"a\\0015\\1x\\177\\200\\377\\\"\\\\\\t\\n\\v\\f\\r\\0007\\0a\\33??/ \"",
                StringQuoter.quote(MIXED, 0));
        assertEquals("\"\\18\\19\"", StringQuoter.quote(new byte[] {1, '8', 1, '9'}, 0));
    }

    @Test
    void hexModes() {
        String allHex = "\"\\x61\\x01\\x35\\x01\\x78\\x7f\\x80\\xff\\x22\\x5c\\x09\\x0a\\x0b\\x0c\\x0d\\x00\\x37\\x00"
                + "\\x61\\x1b\\x3f\\x3f\\x2f\\x20\"";
        assertEquals(allHex, StringQuoter.quote(MIXED, 1));
        assertEquals(allHex, StringQuoter.quote(MIXED, 2));
        assertEquals("\"abc\"", StringQuoter.quote("abc".getBytes(), 1));
        assertEquals("\"a\\tb\\n\"", StringQuoter.quote("a\tb\n".getBytes(), 1));
        assertEquals("\"\\x61\\x62\\x63\"", StringQuoter.quote("abc".getBytes(), 2));
    }

    @Test
    void cutStringsEndWithDots() {
        StringBuilder b = new StringBuilder();
        StringQuoter.quote(MIXED, 4, true, 0, false, b);
        assertEquals("\"a\\0015\\1\"...", b.toString());
    }

    @Property
    void quotedTextIsPrintableAscii(@ForAll byte[] data) {
        String q = StringQuoter.quote(data, 0);
        assertTrue(q.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f), q);
        assertTrue(q.startsWith("\"") && q.endsWith("\""));
    }
}
