package dev.jtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * -yy on real recordings: the recorder notes each socket's protocol and addresses when a call creates it or
 * gives it an address, and device numbers, so that the analyzer prints what strace -yy prints.
 */
@Timeout(120)
class FdDetailsRecordingTest {
    @TempDir
    Path dir;

    private List<String> recordAndAnalyze(String display, String... command) throws Exception {
        Path trace = dir.resolve("t.jtrace");
        Path text = dir.resolve("t.txt");
        String[] record = new String[command.length + 3];
        record[0] = "-o";
        record[1] = trace.toString();
        record[2] = "--";
        System.arraycopy(command, 0, record, 3, command.length);
        assertEquals(0, new RecordCommand().run(record));
        assertEquals(0, new AnalyzeCommand().run(new String[] {display, "-o", text.toString(), trace.toString()}));
        return Files.readAllLines(text);
    }

    private static Matcher line(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        for (String l : lines) {
            Matcher m = p.matcher(l);
            if (m.matches()) {
                return m;
            }
        }
        throw new AssertionError("no line matches " + regex + " in\n" + String.join("\n", lines));
    }

    @Test
    void socketsAreNamedByProtocolAndAddressesAsTheyWereWhenPrinted() throws Exception {
        List<String> lines = recordAndAnalyze("-yy", TestPrograms.path("net").toString());
        line(lines, "socketpair\\(AF_UNIX, SOCK_STREAM, 0, \\[3<UNIX-STREAM:\\[(\\d+)->(\\d+)]>, "
                + "4<UNIX-STREAM:\\[\\2->\\1]>]\\) += 0");
        line(lines, "bind\\(3<TCP:\\[\\d+]>, \\{sa_family=AF_INET, .*\\) += 0"); // not bound yet: the inode
        String port = line(lines, "listen\\(3<TCP:\\[127\\.0\\.0\\.1:(\\d+)]>, 4\\) += 0").group(1);
        String client = line(lines, "accept4\\(3<TCP:\\[127\\.0\\.0\\.1:" + port + "]>, .* = 5<TCP:\\[127\\.0\\.0\\.1:"
                + port + "->127\\.0\\.0\\.1:(\\d+)]>").group(1);
        line(lines, "sendto\\(4<TCP:\\[127\\.0\\.0\\.1:" + client + "->127\\.0\\.0\\.1:" + port + "]>, \"hello\".*");
        line(lines, "getsockname\\(3<UDP:\\[127\\.0\\.0\\.1:\\d+]>, .*\\) += 0");
        line(lines, "connect\\(3<UNIX-STREAM:\\[\\d+]>, \\{sa_family=AF_UNIX, sun_path=\"/nonexistent/jtrace.sock\"}.*");
    }

    @Test
    void minusYStillPrintsTheKernelsNames() throws Exception {
        List<String> lines = recordAndAnalyze("-y", TestPrograms.path("net").toString());
        line(lines, "socketpair\\(AF_UNIX, SOCK_STREAM, 0, \\[3<socket:\\[\\d+]>, 4<socket:\\[\\d+]>]\\) += 0");
        assertTrue(lines.stream().noneMatch(l -> l.contains("TCP:[")), String.join("\n", lines));
    }

    @Test
    void devicesShowTheirNumbers() throws Exception {
        List<String> lines = recordAndAnalyze("-yy", "cat", "/dev/null");
        line(lines, "openat\\(AT_FDCWD<[^>]*>, \"/dev/null\", O_RDONLY\\) += 3</dev/null<char 1:3>>");
        line(lines, "read\\(3</dev/null<char 1:3>>, \"\", \\d+\\) += 0");
    }
}
