package dev.jtrace.format.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** --pidns-translation: pid arguments print with their number in the recorder's pid namespace. */
class PidTranslationTest {
    private static final SyscallDescriptions D = SyscallDescriptions.builtIn();
    private static final SyscallDecoder DECODER = D.decoder();
    /** Task 500 sees task 501 as pid 2 and itself as pid 1. */
    private static final DecodeContext.PidNames NAMES = (tid, value) ->
            tid == 500 && value == 2 ? OptionalInt.of(501) : tid == 500 && value == 1 ? OptionalInt.of(500)
                    : OptionalInt.empty();
    private static final DecodeContext TRANSLATING = new DecodeContext(DecodeOptions.DEFAULT, 500,
            DecodeContext.FdNames.NONE, NAMES);

    private static SyscallEntry entry(String name, long... args) {
        return new SyscallEntry(500, 0, Arch.X86_64, D.number(Arch.X86_64, name), Arrays.copyOf(args, 6), 0, 0,
                List.of(), -1);
    }

    private static String line(String name, long rval, DecodeContext ctx, long... args) {
        SyscallEntry e = entry(name, args);
        SyscallExit x = new SyscallExit(500, 1, Arch.X86_64, e.nr(), rval, false, List.of(), -1);
        return name + "(" + DECODER.entryText(e, ctx) + DECODER.exitText(e, x, ctx) + ") = "
                + DECODER.resultText(e, x, ctx);
    }

    @Test
    void pidArgumentsAreTranslated() {
        assertEquals("kill(2 /* 501 in strace's PID NS */, SIGTERM) = 0", line("kill", 0, TRANSLATING, 2, 15));
        assertEquals("tgkill(1 /* 500 in strace's PID NS */, 1 /* 500 in strace's PID NS */, 0) = 0",
                line("tgkill", 0, TRANSLATING, 1, 1, 0));
        assertEquals("kill(-1, 0) = 0", line("kill", 0, TRANSLATING, -1, 0));
        assertEquals("kill(7, 0) = 0", line("kill", 0, TRANSLATING, 7, 0), "no task is pid 7 there");
    }

    @Test
    void withoutPidNamesPidsPrintAsSeen() {
        DecodeContext plain = new DecodeContext(DecodeOptions.DEFAULT, 500, DecodeContext.FdNames.NONE);
        assertEquals("kill(2, SIGTERM) = 0", line("kill", 0, plain, 2, 15));
        assertEquals("2", plain.pidText(2));
    }
}
