package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.Errnos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines in which strace could read no tracee memory, so that each can be rebuilt from the number,
 * the argument registers and the return value alone.
 * small-args-x86_64.strace is what strace printed for testdata/c/sc_smallargs.c (arguments 1..6,
 * every pointer unreadable; small-args-i386.strace the same for sc_smallargs32.c); zero-args-x86_64.strace is what strace 6.1 printed here for testdata/c/sc_allnr.c, which calls
 * nearly every x86_64 syscall number with six zero arguments; zero-args-i386.strace the same for
 * sc_allnr32.c through int $0x80. With zero arguments no memory is needed, so every line can be
 * rebuilt from the number and the return value alone.
 */
class RegistersOnlyGoldenTest {
    static final Pattern LINE = Pattern.compile("^(\\w+)\\((.*)\\) += (.*)$");
    static final Pattern ERROR = Pattern.compile("^(-1|\\?) (E\\w+) \\(.*\\)$");

    @ParameterizedTest
    @CsvSource({"zero-args-x86_64.strace, X86_64, 0", "zero-args-i386.strace, I386, 0",
        "small-args-x86_64.strace, X86_64, 1", "small-args-i386.strace, I386, 1"})
    void everyDescribedSyscallPrintsAsStraceDoes(String file, Arch arch, int firstArg) throws IOException {
        List<String> mismatches = new ArrayList<>();
        int described = 0;
        for (String line : lines(file)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            int nr = name.startsWith("syscall_0x") ? Integer.parseInt(name.substring(10), 16)
                    : Strace.D.number(arch, name);
            // restart_syscall prints the task's previous call (<... resuming interrupted getdents64 ...>): the analyzer's
            // state, not this line's registers (AnalyzerTest covers it)
            if (Strace.D.described(arch, nr) == null || m.group(3).equals("?") || name.equals("restart_syscall")) {
                continue;
            }
            described++;
            String expected = name + "(" + m.group(2) + ") = " + m.group(3);
            String actual = decode(arch, nr, firstArg, m.group(3));
            if (!expected.equals(actual)) {
                mismatches.add("\n  strace: " + expected + "\n  jtrace: " + actual);
            }
        }
        System.out.println(file + ": " + described + " described syscalls compared");
        assertEquals(List.of(), mismatches);
    }

    static String decode(Arch arch, int nr, int firstArg, String result) {
        long rval;
        boolean error = false;
        Matcher e = ERROR.matcher(result);
        if (e.matches()) {
            rval = -Errnos.number(e.group(2));
            error = true;
        } else {
            String n = result.split(" ")[0];
            rval = n.startsWith("0x") ? Long.parseUnsignedLong(n.substring(2), 16)
                    : n.length() > 1 && n.startsWith("0") ? Long.parseLong(n, 8) : Long.parseLong(n);
        }
        long[] args = new long[6];
        for (int i = 0; i < 6 && firstArg != 0; i++) {
            args[i] = firstArg + i;
        }
        SyscallEntry en = new SyscallEntry(1, 0, arch, nr, args, 0, 0, List.of(), -1);
        SyscallExit ex = new SyscallExit(1, 0, arch, nr, rval, error, List.of(), -1);
        DecodeContext ctx = new DecodeContext(DecodeOptions.DEFAULT, 1, DecodeContext.FdNames.NONE);
        var d = Strace.DECODER;
        return d.name(arch, nr) + "(" + d.entryText(en, ctx) + d.exitText(en, ex, ctx) + ") = "
                + d.resultText(en, ex, ctx);
    }

    static List<String> lines(String file) throws IOException {
        try (InputStream in = RegistersOnlyGoldenTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
