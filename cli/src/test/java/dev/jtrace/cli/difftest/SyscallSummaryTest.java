package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyscallSummaryTest {
    private static final List<String> TABLE = List.of(
            "% time     seconds  usecs/call     calls    errors syscall",
            "------ ----------- ----------- --------- --------- ----------------",
            " 10.02    0.000410         102         4         2 mkdir",
            "  9.48    0.000388         388         1           execve",
            "------ ----------- ----------- --------- --------- ----------------",
            "100.00    0.000798          40         5         2 total",
            "System call usage summary for 32 bit mode:",
            "% time     seconds  usecs/call     calls    errors syscall",
            "------ ----------- ----------- --------- --------- ----------------",
            "  0.00    0.000000           0         1         1 close",
            "------ ----------- ----------- --------- --------- ----------------",
            "100.00    0.000000           0         1         1 total");

    @Test
    void readsCallsAndErrorsPerSyscallAndMode() {
        SyscallSummary s = SyscallSummary.parse(TABLE);
        assertEquals(Map.of("mkdir", new SyscallSummary.Counts(4, 2), "execve", new SyscallSummary.Counts(1, 0),
                "32 bit mode/close", new SyscallSummary.Counts(1, 1)), s.counts());
    }

    @Test
    void timesDoNotMatterButCountsDo() {
        SyscallSummary s = SyscallSummary.parse(TABLE);
        List<String> otherTimes = TABLE.stream().map(l -> l.replace("0.000410", "0.123456")).toList();
        assertEquals(List.of(), s.differencesFrom(SyscallSummary.parse(otherTimes)));
        List<String> fewerErrors = TABLE.stream().map(l -> l.replace("4         2 mkdir", "4         1 mkdir")).toList();
        assertEquals(List.of("mkdir: strace 4 calls, 2 errors, jtrace 4 calls, 1 errors"),
                s.differencesFrom(SyscallSummary.parse(fewerErrors)));
        assertEquals(List.of("32 bit mode/close: strace 1 calls, 1 errors, jtrace absent"),
                s.differencesFrom(SyscallSummary.parse(TABLE.subList(0, 6))));
    }

    @Test
    void rejectsTextThatIsNotATable() {
        assertThrows(IllegalArgumentException.class, () -> SyscallSummary.parse(List.of("1234 write(1, \"x\", 1) = 1")));
    }
}
