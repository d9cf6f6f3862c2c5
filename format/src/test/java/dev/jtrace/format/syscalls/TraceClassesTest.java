package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The trace classes of every x86_64 syscall equal the sets strace 6.1 filtered them into (classes-x86_64.tsv). */
class TraceClassesTest {
    @Test
    void classesAreStraces() throws IOException {
        List<String> wrong = new ArrayList<>();
        String text;
        try (InputStream in = getClass().getResourceAsStream("classes-x86_64.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Set<String> expected = new TreeSet<>(f[1].isEmpty() ? List.of() : List.of(f[1].split(" ")));
            int nr = Strace.D.number(Arch.X86_64, f[0]);
            Set<String> actual = new TreeSet<>(Strace.DECODER.classes(Arch.X86_64, nr));
            if (!expected.equals(actual)) {
                wrong.add(f[0] + ": strace " + expected + ", jtrace " + actual);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
