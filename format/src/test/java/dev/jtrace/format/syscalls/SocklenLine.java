package dev.jtrace.format.syscalls;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;

/** A getsockname whose socklen the kernel changes between entry and exit (110 in, 2 out). */
final class SocklenLine {
    private SocklenLine() {
    }

    static String getsockname(FakeMemory m, long addr, long lenPtr) {
        var d = Strace.D;
        int nr = d.number(Arch.X86_64, "getsockname");
        long[] a = {5, addr, lenPtr, 0, 0, 0};
        CapturePlanner p = d.capturePlanner(4096);
        SyscallEntry e = new SyscallEntry(1, 0, Arch.X86_64, nr, a, 0, 0, p.atEntry(Arch.X86_64, nr, a, m), -1);
        m.ints(lenPtr, 2);
        SyscallExit x = new SyscallExit(1, 0, Arch.X86_64, nr, 0, false, p.atExit(Arch.X86_64, nr, a, 0, false, m), -1);
        DecodeContext ctx = new DecodeContext(DecodeOptions.DEFAULT, 1, DecodeContext.FdNames.NONE);
        var dec = Strace.DECODER;
        return "getsockname(" + dec.entryText(e, ctx) + dec.exitText(e, x, ctx) + ") = " + dec.resultText(e, x, ctx);
    }
}
