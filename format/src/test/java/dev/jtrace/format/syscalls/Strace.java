package dev.jtrace.format.syscalls;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.SyscallDecoder;
import java.util.Arrays;

/** Runs a call through the planner (against fake memory) and the decoder, giving strace's line. */
public final class Strace {
    static final SyscallDescriptions D = SyscallDescriptions.builtIn();
    static final SyscallDecoder DECODER = D.decoder();

    private Strace() {
    }

    public static String line(String name, FakeMemory mem, long rval, long... args) {
        return line(Arch.X86_64, DecodeOptions.DEFAULT, DecodeContext.FdNames.NONE, name, mem, rval, args);
    }

    public static String line(DecodeOptions o, String name, FakeMemory mem, long rval, long... args) {
        return line(Arch.X86_64, o, DecodeContext.FdNames.NONE, name, mem, rval, args);
    }

    public static String line(Arch arch, DecodeOptions o, DecodeContext.FdNames fds, String name, FakeMemory mem,
                              long rval, long... args) {
        return line(arch, o, fds, name, mem, mem, rval, args);
    }

    /** A call whose memory the kernel changed: {@code before} is read at entry, {@code after} at exit. */
    public static String line(Arch arch, DecodeOptions o, DecodeContext.FdNames fds, String name, FakeMemory before,
                              FakeMemory after, long rval, long... args) {
        int nr = D.number(arch, name);
        if (nr < 0) {
            throw new IllegalArgumentException("no syscall " + name);
        }
        long[] a = Arrays.copyOf(args, 6);
        CapturePlanner p = D.capturePlanner(4096);
        boolean error = rval < 0 && rval > -4096 && !(name.equals("mmap") && arch == Arch.X86_64) && !name.equals("brk");
        SyscallEntry e = new SyscallEntry(100, 1, arch, nr, a, 0, 0, p.atEntry(arch, nr, a, before), -1);
        SyscallExit x = new SyscallExit(100, 2, arch, nr, rval, error, p.atExit(arch, nr, a, rval, error, after), -1);
        DecodeContext ctx = new DecodeContext(o, 100, fds);
        String text = DECODER.name(e) + "(" + DECODER.entryText(e, ctx) + DECODER.exitText(e, x, ctx) + ")";
        return text + " = " + DECODER.resultText(e, x, ctx);
    }
}
