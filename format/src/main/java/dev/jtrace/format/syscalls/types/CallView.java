package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.syscalls.ConstantSet;
import dev.jtrace.format.syscalls.Description;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.List;
import java.util.Map;

/** A syscall being printed: its arguments, captures, outcome (when it returned) and display options. */
public final class CallView {
    private final SyscallEntry entry;
    private final SyscallExit exit;
    private final long[] args;
    private final Description description;
    private final DecodeContext ctx;
    private final Map<String, ConstantSet> constants;

    public CallView(SyscallEntry entry, SyscallExit exit, Description description, DecodeContext ctx,
                    Map<String, ConstantSet> constants) {
        this(entry, exit, normalize(entry.arch(), entry.args()), description, ctx, constants);
    }

    private CallView(SyscallEntry entry, SyscallExit exit, long[] args, Description description, DecodeContext ctx,
                     Map<String, ConstantSet> constants) {
        this.entry = entry;
        this.exit = exit;
        this.args = args;
        this.description = description;
        this.ctx = ctx;
        this.constants = constants;
    }

    /** This call seen as another's: other argument values and description, the same captures and outcome. */
    public CallView withArguments(long[] otherArgs, Description other) {
        return new CallView(entry, exit, normalize(arch(), otherArgs), other, ctx, constants);
    }

    /** i386 arguments are 32-bit registers: keep only the low 32 bits (zero-extended). */
    static long[] normalize(Arch arch, long[] raw) {
        long[] a = raw.clone();
        if (arch == Arch.I386) {
            for (int i = 0; i < a.length; i++) {
                a[i] &= 0xffffffffL;
            }
        }
        return a;
    }

    public Arch arch() {
        return entry.arch();
    }

    public int wordSize() {
        return arch() == Arch.I386 ? 4 : 8;
    }

    /** Captured bytes read as struct {@code name} of structs.def in this call's ABI. */
    public StructView struct(String name, Capture data) {
        return StructLayouts.builtIn().get(name, arch()).view(data.data());
    }

    public long arg(int i) {
        return args[i];
    }

    /** An argument as a C int. */
    public int intArg(int i) {
        return (int) args[i];
    }

    /** An argument as a C long of the ABI (sign-extended from 32 bits on i386). */
    public long longArg(int i) {
        return arch() == Arch.I386 ? (int) args[i] : args[i];
    }

    public long arg(String name) {
        return args[index(name)];
    }

    public int index(String name) {
        int i = description.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(description.name() + " has no argument " + name);
        }
        return i;
    }

    public Description description() {
        return description;
    }

    public DecodeOptions options() {
        return ctx.options();
    }

    public DecodeContext context() {
        return ctx;
    }

    public ConstantSet constants(String set) {
        ConstantSet s = constants.get(set);
        if (s == null) {
            throw new IllegalStateException("no constant set " + set);
        }
        return s;
    }

    /** True once the call's exit is known. */
    public boolean exited() {
        return exit != null;
    }

    public boolean succeeded() {
        return exit != null && !exit.error();
    }

    public long rval() {
        return exit == null ? 0 : exit.rval();
    }

    /** The length a {@code [len]} names: {@code ret} for the return value, a number, or another argument. */
    public long length(String len) {
        if (!len.isEmpty() && Character.isDigit(len.charAt(0))) {
            return Long.parseLong(len);
        }
        return "ret".equals(len) ? rval() : arg(len);
    }

    public Capture entryCapture(int arg, String path) {
        return find(entry.captures(), arg, path);
    }

    public Capture exitCapture(int arg, String path) {
        return exit == null ? null : find(exit.captures(), arg, path);
    }

    private static Capture find(List<Capture> captures, int arg, String path) {
        for (Capture c : captures) {
            if (c.arg() == arg && c.path().equals(path)) {
                return c;
            }
        }
        return null;
    }

    /** The way strace prints a raw pointer: NULL or 0x... */
    public static String pointer(long p) {
        return p == 0 ? "NULL" : "0x" + Long.toHexString(p);
    }

    /** A constant rendered under the -X option. */
    public String constant(String set, long value) {
        return constants(set).render(value, options().constants());
    }
}
