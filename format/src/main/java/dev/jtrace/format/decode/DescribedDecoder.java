package dev.jtrace.format.decode;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.syscalls.ConstantSet;
import dev.jtrace.format.syscalls.DescribedSyscall;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.format.syscalls.types.ArgType;
import dev.jtrace.format.syscalls.types.CallView;
import dev.jtrace.format.syscalls.types.DescribedArguments;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.Scalars;
import dev.jtrace.format.syscalls.types.SignalStructs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generic interpreter of the syscall descriptions: prints each argument by its DSL type, splits
 * them into the entry and exit halves at the first output argument, and prints the return value by
 * the description's return type. Undescribed syscalls print their raw registers in hex.
 */
public final class DescribedDecoder implements SyscallDecoder {
    private final SyscallDescriptions descriptions;
    private final Map<String, ConstantSet> constants;

    public DescribedDecoder(SyscallDescriptions descriptions) {
        this.descriptions = descriptions;
        this.constants = descriptions.constants();
    }

    private DescribedSyscall described(Arch arch, int nr) {
        return descriptions.knownToStrace(arch, nr) ? descriptions.described(arch, nr) : null;
    }

    @Override
    public String name(Arch arch, int nr) {
        String n = descriptions.knownToStrace(arch, nr) ? descriptions.name(arch, nr) : null;
        return n != null ? n : "syscall_0x" + Integer.toHexString(nr);
    }

    @Override
    public String name(SyscallEntry entry) {
        DescribedSyscall s = described(entry.arch(), entry.nr());
        String carried = s == null || s.custom() == null ? null : s.custom().name(new CallView(entry, null,
                s.description(), new DecodeContext(DecodeOptions.DEFAULT, entry.tid(), DecodeContext.FdNames.NONE),
                constants));
        return carried != null ? carried : name(entry.arch(), entry.nr());
    }

    @Override
    public int number(Arch arch, String name) {
        return descriptions.number(arch, name);
    }

    @Override
    public Set<String> classes(Arch arch, int nr) {
        DescribedSyscall s = described(arch, nr);
        return s == null ? Set.of() : s.description().classes();
    }

    @Override
    public int argCount(Arch arch, int nr) {
        Integer n = descriptions.argCount(arch, nr);
        return n == null || !descriptions.knownToStrace(arch, nr) ? 6 : n;
    }

    @Override
    public String entryText(SyscallEntry entry, DecodeContext ctx) {
        List<Printed> args = arguments(entry, null, ctx);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.size() && !args.get(i).atExit(); i++) {
            b.append(args.get(i).text());
            if (i + 1 < args.size() && !args.get(i + 1).attached()) {
                b.append(", ");
            }
        }
        return b.toString();
    }

    @Override
    public String exitText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx) {
        List<Printed> args = arguments(entry, exit, ctx);
        int first = 0;
        while (first < args.size() && !args.get(first).atExit()) {
            first++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = first; i < args.size(); i++) {
            if (i > first && !args.get(i).attached()) {
                b.append(", ");
            }
            b.append(args.get(i).text());
        }
        return b.toString();
    }

    @Override
    public String resultText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx) {
        DescribedSyscall s = described(entry.arch(), entry.nr());
        if (exit.error()) {
            return error(exit.errno());
        }
        if (s == null) {
            return Long.toString(entry.arch() == Arch.I386 ? (int) exit.rval() : exit.rval());
        }
        return result(s, new CallView(entry, exit, s.description(), ctx, constants));
    }

    /** What a returned call's description prints after {@code "= "} when it succeeded. */
    public static String result(DescribedSyscall s, CallView call) {
        String custom = s.custom() != null ? s.custom().result(call) : null;
        String text = custom != null ? custom : result(call, s.description().returns());
        return s.custom() != null ? text + s.custom().resultSuffix(call) : text;
    }

    /** {@code -1 ENOENT (No such file or directory)}; kernel restart codes print {@code ?} as strace does. */
    static String error(int errno) {
        String name = Errnos.name(errno);
        String prefix = errno >= 512 && errno <= 530 ? "? " : "-1 ";
        if (name == null) {
            return "-1 " + errno + " (errno " + errno + ")";
        }
        String msg = Errnos.message(errno);
        return prefix + name + (msg != null ? " (" + msg + ")" : "");
    }

    private static String result(CallView c, String type) {
        long r = c.rval();
        if (c.arch() == Arch.I386 && !type.equals("hex")) {
            r = (int) r;
        }
        if (type.startsWith("flags<")) {
            ConstantSet set = c.constants(type.substring(6, type.length() - 1));
            if (set.split() != null) {
                // a split word always names its head: personality's `0 (PER_LINUX)`, `0x40000 (0|0x40000)` raw
                return Scalars.hex(r) + " (" + set.render(r, c.options().constants()) + ")";
            }
            String sym = set.symbolic(r);
            if (sym != null && c.options().constants() == DecodeOptions.Constants.RAW) {
                sym = Scalars.hex(r);
            }
            return r == 0 || sym == null ? Scalars.hex(r) : Scalars.hex(r) + " (" + sym + ")";
        }
        if (type.startsWith("enum<")) {
            String sym = c.constants(type.substring(5, type.length() - 1)).symbolic(r);
            return sym == null ? Long.toString(r) : r + " (" + sym + ")";
        }
        return switch (type) {
            case "none" -> "?";
            case "hex" -> Scalars.hex(c.arch() == Arch.I386 ? r & 0xffffffffL : r);
            case "mode" -> Scalars.octal(r);
            case "fd" -> {
                StringBuilder b = new StringBuilder();
                Scalars.fd(c, (int) r, b);
                yield b.toString();
            }
            case "time" -> r + dateComment(r);
            case "signo" -> {
                String n = Signals.name((int) r);
                yield n == null ? Long.toString(r) : r + " (" + n + ")";
            }
            case "uint" -> Long.toUnsignedString(r & 0xffffffffL);
            case "ioprio" -> c.options().constants() == DecodeOptions.Constants.RAW ? Long.toString(r)
                    : r + " (" + Scalars.ioprioMacro(c, r) + ")";
            case "ldt" -> ldtResult(c.rval());
            case "sighandler" -> {
                long h = c.rval() & 0xffffffffL;
                yield h > 1 ? Scalars.hex(h) : Scalars.hex(h) + (h == 0 ? " (SIG_DFL)" : " (SIG_IGN)");
            }
            case "mask", "oldmask" -> Scalars.hex(c.rval() & 0xffffffffL) + (type.equals("mask") ? " (mask " : " (old mask ")
                    + SignalStructs.sigset(c.rval() & 0xffffffffL, 32, c.options().constants()) + ")";
            case "ulong" -> Long.toUnsignedString(c.arch() == Arch.I386 ? r & 0xffffffffL : r);
            default -> Long.toString(r);
        };
    }

    /** modify_ldt returns a 32-bit int the kernel does not sign-extend: strace decodes the errno in it. */
    private static String ldtResult(long rval) {
        int v = (int) rval;
        if (v < 0 && v > -4096 && Errnos.name(-v) != null) {
            return Long.toUnsignedString(rval & 0xffffffffL) + " " + Errnos.name(-v) + " (" + Errnos.message(-v) + ")";
        }
        return Long.toString(rval);
    }

    private static String dateComment(long sec) {
        try {
            return " (" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
                    .format(java.time.Instant.ofEpochSecond(sec).atZone(java.time.ZoneId.systemDefault())) + ")";
        } catch (java.time.DateTimeException e) {
            return "";
        }
    }

    private List<Printed> arguments(SyscallEntry entry, SyscallExit exit, DecodeContext ctx) {
        DescribedSyscall s = described(entry.arch(), entry.nr());
        if (s == null) {
            return raw(entry);
        }
        return DescribedArguments.printed(s, new CallView(entry, exit, s.description(), ctx, constants));
    }

    /**
     * Every register in hex. An i386 number strace does not know prints the registers whole, as strace does: a 64-bit
     * program's {@code int $0x80} leaves its upper halves in them ({@code syscall_0x270f(0, 0x7ffc...)}).
     */
    private List<Printed> raw(SyscallEntry entry) {
        boolean known = descriptions.knownToStrace(entry.arch(), entry.nr());
        Integer n = descriptions.argCount(entry.arch(), entry.nr());
        int count = n == null || !known ? 6 : n;
        List<Printed> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long v = entry.arch() == Arch.I386 && known ? entry.arg(i) & 0xffffffffL : entry.arg(i);
            out.add(new Printed(Scalars.hex(v), false));
        }
        return out;
    }
}
