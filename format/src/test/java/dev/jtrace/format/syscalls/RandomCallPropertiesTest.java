package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.SyscallDecoder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Random registers and random memory for every number never make the decoder throw, and -s holds. */
class RandomCallPropertiesTest {
    static final SyscallDescriptions D = SyscallDescriptions.builtIn();
    static final SyscallDecoder DEC = D.decoder();
    static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(\\.\\.\\.)?");

    @Provide
    Arbitrary<long[]> registers() {
        Arbitrary<Long> reg = Arbitraries.oneOf(Arbitraries.longs().between(-5, 70), Arbitraries.longs(),
                Arbitraries.of(0x10000L, 0x10008L, 0x10100L));
        return reg.array(long[].class).ofSize(6);
    }

    @Property(tries = 2000)
    void decodingNeverThrowsAndRespectsStringLimit(@ForAll @IntRange(min = 0, max = 460) int nr,
                                                   @ForAll("registers") long[] args,
                                                   @ForAll byte[] memory, @ForAll boolean i386,
                                                   @ForAll @IntRange(min = 0, max = 40) int limit,
                                                   @ForAll boolean verbose, @ForAll @IntRange(min = -40, max = 400) int rval) {
        Arch arch = i386 ? Arch.I386 : Arch.X86_64;
        byte[] page = new byte[Math.max(memory.length, 1) * 16];
        for (int i = 0; i < page.length; i++) {
            page[i] = memory.length == 0 ? 0 : memory[i % memory.length];
        }
        FakeMemory m = new FakeMemory().put(0x10000, page);
        CapturePlanner p = D.capturePlanner(256);
        boolean error = rval < 0;
        SyscallEntry e = new SyscallEntry(1, 0, arch, nr, args, 0, 0, p.atEntry(arch, nr, args, m), -1);
        SyscallExit x = new SyscallExit(1, 0, arch, nr, rval, error, p.atExit(arch, nr, args, rval, error, m), -1);
        DecodeOptions o = new DecodeOptions(limit, 0, verbose, DecodeOptions.Constants.ABBREV, 0);
        DecodeContext ctx = new DecodeContext(o, 1, DecodeContext.FdNames.NONE);
        String text = DEC.entryText(e, ctx) + DEC.exitText(e, x, ctx) + " = " + DEC.resultText(e, x, ctx);
        Description d = D.described(arch, nr) == null ? null : D.described(arch, nr).description();
        boolean hasPath = d != null && d.params().stream().anyMatch(q -> q.type().base().equals("path") || q.type().base().equals("opath")
                || q.type().base().equals("out") || q.type().base().equals("in"));
        if (!hasPath) {
            Matcher mt = STRING.matcher(text);
            while (mt.find()) {
                int shown = mt.group(1).replaceAll("\\\\([0-7]{1,3}|x[0-9a-f]{2}|.)", "_").length();
                assertFalse(shown > limit, text);
            }
        }
    }

    @Property(tries = 50)
    void everyDescribedSyscallDecodesWithNullPointers(@ForAll @IntRange(min = 0, max = 460) int nr) {
        for (Arch arch : List.of(Arch.X86_64, Arch.I386)) {
            long[] args = new long[6];
            SyscallEntry e = new SyscallEntry(1, 0, arch, nr, args, 0, 0, List.of(), -1);
            SyscallExit x = new SyscallExit(1, 0, arch, nr, 0, false, List.of(), -1);
            DecodeContext ctx = new DecodeContext(DecodeOptions.DEFAULT, 1, DecodeContext.FdNames.NONE);
            DEC.entryText(e, ctx);
            DEC.exitText(e, x, ctx);
            DEC.resultText(e, x, ctx);
        }
    }
}
