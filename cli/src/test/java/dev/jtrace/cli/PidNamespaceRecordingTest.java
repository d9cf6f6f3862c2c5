package dev.jtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real recording of a program in a new pid namespace (unshare --pid --fork --mount-proc), analyzed with
 * --pidns-translation: the pids the program sees print with their number in the recorder's namespace, as
 * strace -f --pidns-translation prints them, and only while their task exists.
 */
@Timeout(120)
class PidNamespaceRecordingTest {
    /** A returned call, on one line or resumed: pid, name, result. */
    private static final Pattern LINE = Pattern.compile("^(\\d+) +(?:<\\.\\.\\. (\\w+) resumed>|(\\w+)\\().*\\) += (.*)$");
    private static final String NS = " in strace's PID NS */";

    @TempDir
    Path dir;

    private record Call(int pid, String name, String result) {
    }

    @Test
    void pidsSeenInsideTheNamespaceAreTranslated() throws Exception {
        Path trace = dir.resolve("ns.jtrace");
        Path text = dir.resolve("ns.txt");
        String program = TestPrograms.path("ns_pids").toString();
        assertEquals(0, new RecordCommand().run(new String[] {"-f", "-o", trace.toString(), "--",
                "unshare", "--pid", "--fork", "--mount-proc", program}));
        assertEquals(0, new AnalyzeCommand().run(new String[] {"--pidns-translation", "-o", text.toString(),
                trace.toString()}));
        List<Call> calls = Files.readAllLines(text).stream().map(LINE::matcher).filter(Matcher::matches)
                .map(m -> new Call(Integer.parseInt(m.group(1)), m.group(2) != null ? m.group(2) : m.group(3),
                        m.group(4))).toList();
        int inner = calls.stream().filter(c -> c.name.equals("getpid") && c.result.startsWith("1 "))
                .findFirst().orElseThrow().pid;
        Map<String, String> results = new TreeMap<>();
        calls.stream().filter(c -> c.pid == inner).forEach(c -> results.putIfAbsent(c.name, c.result));

        assertEquals("1 /* " + inner + NS, results.get("getpid"));
        assertEquals("1 /* " + inner + NS, results.get("gettid"));
        assertTrue(results.get("getppid").matches("0|0x0"), "the parent is outside the namespace: " + results.get("getppid"));
        String forked = results.get("clone");
        Matcher child = Pattern.compile("2 /\\* (\\d+)" + Pattern.quote(NS)).matcher(forked);
        assertTrue(child.matches(), forked);
        int childPid = Integer.parseInt(child.group(1));
        assertTrue(calls.stream().anyMatch(c -> c.pid == childPid && c.name.equals("pause")),
                "the translated pid is the one the child's lines carry");
        assertTrue(results.get("wait4").matches("2|0x2"), "reaped by the time wait4 returns, as in strace: "
                + results.get("wait4"));
        assertTrue(results.get("vfork").matches("3 /\\* \\d+" + Pattern.quote(NS)), results.get("vfork"));
        String thread = results.get("clone3");
        assertTrue(thread.matches("4 /\\* \\d+" + Pattern.quote(NS)), thread);
    }
}
