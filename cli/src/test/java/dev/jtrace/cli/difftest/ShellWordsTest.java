package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void splitsOnWhitespaceAndHonoursQuotes() {
        assertEquals(List.of("sh", "-c", "ls / | wc -l; echo done > /dev/null"),
                ShellWords.split("  sh -c 'ls / | wc -l; echo done > /dev/null' "));
        assertEquals(List.of("a b", "c\"d", "e$f", "g h"), ShellWords.split("\"a b\" \"c\\\"d\" 'e$f' g\\ h"));
        assertEquals(List.of("-e", "trace=!close,mmap"), ShellWords.split("-e trace=!close,mmap"));
        assertEquals(List.of("ab"), ShellWords.split("a''b"));
        assertEquals(List.of(), ShellWords.split("   "));
    }

    @Test
    void rejectsUnterminatedQuotes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShellWords.split("sh -c 'true"));
        assertEquals("unterminated single quote in: sh -c 'true", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("echo \"x"));
    }
}
