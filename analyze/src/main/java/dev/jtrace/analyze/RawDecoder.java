package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.SyscallDecoder;
import java.util.Set;

/**
 * strace's {@code -e raw=SET} for the calls in SET: every argument in hex at entry (as many as the
 * kernel's signature has), nothing at exit, and a successful result in hex; errors print as usual.
 * Names, numbers and classes come from the wrapped decoder.
 */
final class RawDecoder implements SyscallDecoder {
    private final SyscallDecoder names;

    RawDecoder(SyscallDecoder names) {
        this.names = names;
    }

    @Override
    public String name(Arch arch, int nr) {
        return names.name(arch, nr);
    }

    @Override
    public int number(Arch arch, String name) {
        return names.number(arch, name);
    }

    @Override
    public Set<String> classes(Arch arch, int nr) {
        return names.classes(arch, nr);
    }

    @Override
    public int argCount(Arch arch, int nr) {
        return names.argCount(arch, nr);
    }

    @Override
    public String entryText(SyscallEntry entry, DecodeContext ctx) {
        StringBuilder b = new StringBuilder();
        int count = names.argCount(entry.arch(), entry.nr());
        for (int i = 0; i < count; i++) {
            b.append(i > 0 ? ", " : "").append(hex(entry.arch(), entry.arg(i)));
        }
        return b.toString();
    }

    @Override
    public String exitText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx) {
        return "";
    }

    @Override
    public String resultText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx) {
        if (exit.error()) {
            return names.resultText(entry, exit, ctx);
        }
        return hex(entry.arch(), exit.rval());
    }

    /** strace's {@code %#lx} of a register of the call's ABI. */
    private static String hex(Arch arch, long v) {
        long word = arch == Arch.I386 ? v & 0xffffffffL : v;
        return word == 0 ? "0" : "0x" + Long.toHexString(word);
    }
}
