package dev.jtrace.format.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.syscalls.types.StructReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * siginfo texts strace 6.1 printed here: siginfo-golden.txt holds siginfos a program queued to itself with
 * rt_tgsigqueueinfo and the signal-delivery braces strace printed for each under -X abbrev, raw and verbose;
 * the i386 ones are testdata/c/siginfo.c's rt_sigqueueinfo calls made through int $0x80.
 */
class SiginfoTest {

    static Stream<Arguments> golden() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = SiginfoTest.class.getResourceAsStream("siginfo-golden.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            for (int i = 0; i < lines.size(); i += 4) {
                String[] f = lines.get(i).split(" ");
                long[] v = new long[f.length];
                for (int k = 0; k < f.length; k++) {
                    v[k] = Long.parseLong(f[k]);
                }
                for (int m = 1; m <= 3; m++) {
                    String[] modeAndText = lines.get(i + m).split(" ", 2);
                    cases.add(Arguments.of(lines.get(i), Constants.valueOf(modeAndText[0].toUpperCase()), v,
                            modeAndText[1]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -X {1}")
    @MethodSource("golden")
    void printsWhatStracePrintedForADeliveredSignal(String input, Constants mode, long[] v, String expected) {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, (int) v[0]).putInt(4, (int) v[1]).putInt(8, (int) v[2]);
        b.putLong(16, v[3]).putLong(24, v[4]).putLong(32, v[5]).putLong(40, v[6]);
        assertEquals(expected, Siginfo.format(b.array(), context(mode)));
    }

    @Test
    void readsTheI386Layout() {
        assertEquals("{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=5, si_int=77, si_ptr=0x4d}",
                i386(Constants.ABBREV, 10, -1, 1234, 5, 77));
        assertEquals("{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=1234, si_uid=5, si_status=SIGKILL, "
                + "si_utime=7 /* 0.07 s */, si_stime=8 /* 0.08 s */}", i386(Constants.ABBREV, 17, 2, 1234, 5, 9, 7, 8));
        assertEquals("{si_signo=17 /* SIGCHLD */, si_code=0x2 /* CLD_KILLED */, si_pid=1234, si_uid=5, "
                + "si_status=9 /* SIGKILL */, si_utime=7 /* 0.07 s */, si_stime=8 /* 0.08 s */}",
                i386(Constants.VERBOSE, 17, 2, 1234, 5, 9, 7, 8));
        assertEquals("{si_signo=SIGIO, si_code=POLL_OUT, si_band=-4, si_fd=6}", i386(Constants.ABBREV, 29, 2, -4, 6));
        assertEquals("{si_signo=29, si_code=0x2, si_band=-4, si_fd=6}", i386(Constants.RAW, 29, 2, -4, 6));
    }

    @Test
    void translatesTheSenderPid() {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 10).putInt(16, 2);
        DecodeContext translating = new DecodeContext(DecodeOptions.DEFAULT, 500, DecodeContext.FdNames.NONE,
                (tid, value) -> tid == 500 && value == 2 ? OptionalInt.of(501) : OptionalInt.empty());
        assertEquals("{si_signo=SIGUSR1, si_code=SI_USER, si_pid=2 /* 501 in strace's PID NS */, si_uid=0}",
                Siginfo.format(b.array(), translating));
    }

    @Test
    void aSiginfoCutShortIsNotMadeUp() {
        byte[] cut = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 17).putInt(8, 1).array();
        assertThrows(StructReader.Short.class, () -> Siginfo.format(cut, context(Constants.ABBREV)));
    }

    /** An i386 siginfo: signo, code, then the union's 32-bit fields from offset 12. */
    private static String i386(Constants mode, int signo, int code, int... union) {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN).putInt(0, signo).putInt(8, code);
        for (int i = 0; i < union.length; i++) {
            b.putInt(12 + 4 * i, union[i]);
        }
        return Siginfo.format(b.array(), Arch.I386, context(mode));
    }

    private static DecodeContext context(Constants mode) {
        return new DecodeContext(new DecodeOptions(32, 0, false, mode, 0), 1, DecodeContext.FdNames.NONE);
    }
}
