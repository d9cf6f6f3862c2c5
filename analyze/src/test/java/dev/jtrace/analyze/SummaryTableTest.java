package dev.jtrace.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
    private static final Pattern ROW = Pattern.compile("^\\s*[\\d.]+\\s+[\\d.]+\\s+\\d+\\s+(\\d+)\\s+(\\d*)\\s*(\\S+)$");

    /** Feeds the counts of a table strace printed (times zero, as strace -c measured them) back in. */
    private static String recount(String straceOutput, SortKey sortBy) throws IOException {
        SummaryTable table = new SummaryTable();
        Arch arch = Arch.X86_64;
        for (String line : straceOutput.split("\n")) {
            if (line.startsWith("System call usage summary for 32 bit mode")) {
                arch = Arch.I386;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches() || m.group(3).equals("total")) {
                continue;
            }
            int calls = Integer.parseInt(m.group(1));
            int errors = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
            String name = m.group(3);
            int nr = SyscallDescriptions.builtIn().number(arch, name);
            for (int i = 0; i < calls; i++) {
                table.add(arch, nr, name, 0, i < errors);
            }
        }
        StringBuilder sb = new StringBuilder();
        table.write(sb, sortBy);
        return sb.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SummaryTableTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void layoutIsStraces() throws IOException {
        // strace -c -f ./sig (fork, signals, 61 calls, 2 errors; exit_group not counted)
        String expected = resource("strace-c-sig.txt");
        assertEquals(expected, recount(expected, SortKey.TIME));
    }

    @Test
    void longNamesWidenTheLastColumnAndI386CallsGetTheirOwnTable() throws IOException {
        // strace -c -f on a static program calling sched_get_priority_max and int $0x80 getpid/write
        String expected = resource("strace-c-i386.txt");
        assertEquals(expected, recount(expected, SortKey.TIME));
    }

    @Test
    void sortByCallsKeepsSyscallNumberOrderForTies() throws IOException {
        // strace -c -f -S calls ls /usr, with the time columns zeroed
        String expected = resource("strace-c-calls-untimed.txt");
        assertEquals(expected, recount(expected, SortKey.CALLS));
    }

    @Test
    void timesPercentagesAndMicrosecondsPerCall() throws IOException {
        SummaryTable t = new SummaryTable();
        for (int i = 0; i < 3; i++) {
            t.add(Arch.X86_64, 0, "read", 500_000, false);
        }
        t.add(Arch.X86_64, 1, "write", 1_000_000, true);
        t.add(Arch.X86_64, 3, "close", 1_499, false);
        StringBuilder sb = new StringBuilder();
        t.write(sb, SortKey.TIME);
        assertEquals("""
                % time     seconds  usecs/call     calls    errors syscall
                ------ ----------- ----------- --------- --------- ----------------
                 59.96    0.001500         500         3           read
                 39.98    0.001000        1000         1         1 write
                  0.06    0.000001           1         1           close
                ------ ----------- ----------- --------- --------- ----------------
                100.00    0.002501         500         5         1 total
                """, sb.toString());
        sb.setLength(0);
        t.write(sb, SortKey.NAME);
        assertTrue(sb.toString().indexOf("close") < sb.toString().indexOf("read"));
        assertTrue(sb.toString().indexOf("read") < sb.toString().indexOf("write"));
    }

    @Test
    void nothingCountedPrintsNothing() throws IOException {
        StringBuilder sb = new StringBuilder();
        new SummaryTable().write(sb, SortKey.TIME);
        assertEquals("", sb.toString());
    }
}
