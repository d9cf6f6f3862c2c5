package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingBlocksTest {
    private static List<String> chars(String s) {
        return s.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    @Test
    void findsTheSameBlocksAsPythonDifflib() {
        // difflib.SequenceMatcher(None, "abxcd", "abcd", autojunk=False).get_matching_blocks()
        assertEquals(List.of(new MatchingBlocks.Block(0, 0, 2), new MatchingBlocks.Block(3, 2, 2)),
                MatchingBlocks.of(chars("abxcd"), chars("abcd")));
        // difflib: qabxcd / abycdf -> (1,0,2), (4,3,2)
        assertEquals(List.of(new MatchingBlocks.Block(1, 0, 2), new MatchingBlocks.Block(4, 3, 2)),
                MatchingBlocks.of(chars("qabxcd"), chars("abycdf")));
        // the longest block wins over an earlier shorter one: "ab" + "cdef" vs "cdefab" -> only (2,0,4)
        assertEquals(List.of(new MatchingBlocks.Block(2, 0, 4)), MatchingBlocks.of(chars("abcdef"), chars("cdefab")));
    }

    @Test
    void countsMatchedLines() {
        assertEquals(4, MatchingBlocks.matchedCount(chars("abcd"), chars("abcd")));
        assertEquals(0, MatchingBlocks.matchedCount(chars("abc"), List.of()));
        assertEquals(3, MatchingBlocks.matchedCount(chars("aaaa"), chars("aaa")));
    }
}
