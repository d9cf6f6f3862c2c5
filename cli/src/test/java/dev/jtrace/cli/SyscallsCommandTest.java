package dev.jtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyscallsCommandTest {
    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = new SyscallsCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void summarisesEachAbiWithConsistentCounts() {
        Result r = run();
        assertEquals(0, r.status, r.err);
        List<String> lines = r.out.lines().toList();
        assertEquals(2, lines.size(), r.out);
        Pattern p = Pattern.compile("(x86_64|i386): (\\d+) numbers, (\\d+) described \\((\\d+)%; (\\d+) in full, (\\d+)"
                + " with arguments printed as addresses\\), (\\d+) undescribed; (\\d+) known to strace 6\\.1 \\(the other"
                + " (\\d+) print raw, as strace 6\\.1 prints them\\)");
        for (String line : lines) {
            Matcher m = p.matcher(line);
            assertTrue(m.matches(), line);
            int[] n = Arrays.stream(new int[] {2, 3, 4, 5, 6, 7, 8, 9}).map(g -> Integer.parseInt(m.group(g))).toArray();
            assertEquals(n[1], n[3] + n[4], "described = full + partial: " + line);
            assertEquals(n[0], n[1] + n[5], "numbers = described + undescribed: " + line);
            assertEquals(n[0], n[6] + n[7], "numbers = known + unknown to strace: " + line);
            assertTrue(n[3] > 200, line);
        }
    }

    @Test
    void reportsEveryNumberOfBothAbisDescribed() {
        Result r = run();
        assertEquals(0, r.status, r.err);
        for (String line : r.out.lines().toList()) {
            assertTrue(line.contains(" described (100%; ") && line.contains(", 0 undescribed; "), line);
        }
    }

    @Test
    void listsRawOnlyCallsWithTheirReason() {
        Result r = run("--abi", "x86_64", "--raw-only");
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("x86_64\t451\tcachestat\t" + SyscallCoverage.UNKNOWN_TO_STRACE), r.out);
        assertTrue(r.out.lines().allMatch(l -> l.startsWith("x86_64\t")), r.out);
        assertTrue(r.out.lines().noneMatch(l -> l.contains("\topenat\t")), "openat is described");
        assertTrue(r.out.lines().noneMatch(l -> l.contains(SyscallCoverage.NOT_DESCRIBED)), r.out);
    }

    @Test
    void printsJson() {
        Result r = run("--json", "--abi", "i386");
        assertEquals(0, r.status, r.err);
        String json = r.out.trim();
        assertTrue(json.startsWith("[{\"abi\":\"i386\",\"numbers\":"), json);
        assertTrue(json.contains("{\"nr\":451,\"name\":\"cachestat\",\"reason\":"), json);
        assertTrue(json.endsWith("]}]"), json);
    }

    @Test
    void rejectsAnUnknownAbi() {
        Result r = run("--abi", "arm64");
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("jtrace syscalls: unknown ABI 'arm64'"), r.err);
    }

    @Test
    void isACommandOfJtrace() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(new String[] {"--help"}));
        } finally {
            System.setOut(saved);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  syscalls "), out.toString());
    }
}
