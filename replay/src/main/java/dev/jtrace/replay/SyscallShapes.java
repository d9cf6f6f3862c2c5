package dev.jtrace.replay;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.DescribedSyscall;
import dev.jtrace.format.syscalls.Description;
import dev.jtrace.format.syscalls.Param;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.format.syscalls.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads {@link SyscallShape}s off the declarative syscall descriptions (syscalls.def). */
public final class SyscallShapes {
    private static final SyscallShapes BUILT_IN = new SyscallShapes(SyscallDescriptions.builtIn());

    private final SyscallDescriptions descriptions;
    private final Map<Long, Optional<SyscallShape>> cache = new ConcurrentHashMap<>();

    public SyscallShapes(SyscallDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    public static SyscallShapes builtIn() {
        return BUILT_IN;
    }

    public SyscallDescriptions descriptions() {
        return descriptions;
    }

    /** The shape of a syscall number, empty when the descriptions do not describe it. */
    public Optional<SyscallShape> shape(Arch arch, int nr) {
        return cache.computeIfAbsent(((long) arch.ordinal() << 32) | (nr & 0xffffffffL), k -> compute(arch, nr));
    }

    /** The number of a name in an ABI, or -1. */
    public int number(Arch arch, String name) {
        return descriptions.number(arch, name);
    }

    private Optional<SyscallShape> compute(Arch arch, int nr) {
        DescribedSyscall d = descriptions.described(arch, nr);
        if (d == null) {
            return Optional.empty();
        }
        Description desc = d.description();
        List<ArgKind> args = new ArrayList<>();
        for (Param p : desc.params()) {
            args.add(kindOf(p.type()));
        }
        return Optional.of(new SyscallShape(desc.name(), args, resultKind(desc.returns()), desc.classes(),
                Optional.ofNullable(desc.replay())));
    }

    static ArgKind kindOf(TypeExpr t) {
        switch (t.base()) {
            case "fd":
                return ArgKind.FD;
            case "dirfd":
                return ArgKind.DIRFD;
            case "path":
                return ArgKind.PATH;
            case "str":
                return ArgKind.STRING;
            case "ibuf":
                return ArgKind.IN_BUFFER;
            case "obuf":
            case "opath":
                return ArgKind.OUT_BUFFER;
            case "obufx":
                return ArgKind.OUT_RANDOM;
            case "argv":
                return ArgKind.STRING_ARRAY;
            case "envp":
                return ArgKind.ENVIRONMENT;
            case "ptr":
            case "addr":
                return ArgKind.ADDRESS;
            case "hex":
                return ArgKind.HEX;
            case "pid":
                return ArgKind.PID;
            case "in":
                return inner(t).equals("iovec") ? ArgKind.IN_VECTOR : ArgKind.IN_STRUCT;
            case "out":
            case "outintr":
                String inner = inner(t);
                return inner.equals("iovec") ? ArgKind.OUT_VECTOR
                        : inner.equals("fdpair") ? ArgKind.OUT_FD_PAIR : ArgKind.OUT_STRUCT;
            case "inout":
                return ArgKind.INOUT_STRUCT;
            default:
                return ArgKind.VALUE;
        }
    }

    private static String inner(TypeExpr t) {
        return t.param() == null ? "" : t.inner().base();
    }

    private static ArgKind resultKind(String returns) {
        switch (returns) {
            case "fd":
                return ArgKind.FD;
            case "pid":
                return ArgKind.PID;
            case "hex":
                return ArgKind.ADDRESS;
            case "time":
                return ArgKind.TIME;
            case "none":
                return ArgKind.NONE;
            default:
                return ArgKind.VALUE;
        }
    }
}
