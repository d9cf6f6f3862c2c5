package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.Errnos;
import dev.jtrace.format.decode.SyscallDecoder;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small decoder for tests: real names and numbers, arguments in decimal. Calls listed in
 * {@link #EXIT_ARGS} print their last arguments at exit, as strace does for output arguments; fd
 * arguments and results of the calls in {@link #FD_ARG0} / {@link #FD_RESULT} print their -y names.
 */
final class TestDecoder implements SyscallDecoder {
    private static final SyscallDescriptions NAMES = SyscallDescriptions.builtIn();
    /** name → {arguments printed at entry, arguments printed at exit}. */
    private static final Map<String, int[]> ARITY = Map.ofEntries(
            Map.entry("read", new int[] {1, 2}), Map.entry("write", new int[] {3, 0}),
            Map.entry("close", new int[] {1, 0}), Map.entry("getpid", new int[] {0, 0}),
            Map.entry("exit_group", new int[] {1, 0}), Map.entry("exit", new int[] {1, 0}),
            Map.entry("wait4", new int[] {1, 3}), Map.entry("openat", new int[] {4, 0}),
            Map.entry("pause", new int[] {0, 0}), Map.entry("execve", new int[] {3, 0}),
            Map.entry("clone", new int[] {2, 0}), Map.entry("dup2", new int[] {2, 0}),
            Map.entry("pipe2", new int[] {0, 2}), Map.entry("clock_nanosleep", new int[] {3, 1}),
            Map.entry("uname", new int[] {0, 1}), Map.entry("restart_syscall", new int[] {0, 0}),
            Map.entry("fcntl", new int[] {3, 0}), Map.entry("chdir", new int[] {1, 0}));
    static final Set<String> FD_ARG0 = Set.of("read", "write", "close", "dup2", "fcntl");
    static final Set<String> FD_RESULT = Set.of("openat", "dup2", "fcntl");

    @Override
    public String name(Arch arch, int nr) {
        String n = NAMES.name(arch, nr);
        return n != null ? n : "syscall_0x" + Integer.toHexString(nr);
    }

    @Override
    public int number(Arch arch, String name) {
        return NAMES.number(arch, name);
    }

    @Override
    public Set<String> classes(Arch arch, int nr) {
        return switch (name(arch, nr)) {
            case "openat", "execve", "chdir" -> Set.of("file");
            case "read", "write", "close", "dup2", "pipe2" -> Set.of("desc");
            case "clone", "execve_", "exit_group", "wait4" -> Set.of("process");
            default -> Set.of();
        };
    }

    private int[] arity(SyscallEntry e) {
        return ARITY.getOrDefault(name(e.arch(), e.nr()), new int[] {6, 0});
    }

    @Override
    public String entryText(SyscallEntry e, DecodeContext ctx) {
        int[] a = arity(e);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a[0]; i++) {
            b.append(i > 0 ? ", " : "").append(i == 0 && FD_ARG0.contains(name(e.arch(), e.nr()))
                    ? fd(ctx, (int) e.arg(0)) : Long.toString(e.arg(i)));
        }
        if (a[1] > 0 && a[0] > 0) {
            b.append(", ");
        }
        return b.toString();
    }

    @Override
    public String exitText(SyscallEntry e, SyscallExit x, DecodeContext ctx) {
        int[] a = arity(e);
        StringBuilder b = new StringBuilder();
        for (int i = a[0]; i < a[0] + a[1]; i++) {
            b.append(i > a[0] ? ", " : "").append(e.arg(i));
        }
        return b.toString();
    }

    @Override
    public String resultText(SyscallEntry e, SyscallExit x, DecodeContext ctx) {
        if (x.error()) {
            String value = x.errno() >= 512 ? "? " : "-1 "; // the kernel's restart codes never reach the caller
            return value + Errnos.name(x.errno()) + " (" + Errnos.message(x.errno()) + ")";
        }
        return FD_RESULT.contains(name(e.arch(), e.nr())) ? fd(ctx, (int) x.rval()) : Long.toString(x.rval());
    }

    private static String fd(DecodeContext ctx, int fd) {
        if (ctx.options().fdPaths() == 0) {
            return Integer.toString(fd);
        }
        Optional<String> n = ctx.fds().name(ctx.pid(), fd);
        return n.map(s -> fd + "<" + s + ">").orElse(Integer.toString(fd));
    }
}
