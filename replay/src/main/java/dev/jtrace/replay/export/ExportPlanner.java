package dev.jtrace.replay.export;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.FdOrigins;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.TracedTask;
import dev.jtrace.replay.diff.NormalizedCall;
import dev.jtrace.replay.diff.TraceDiff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which calls of a task a generated program can re-issue, and with which arguments. Kept out:
 * calls that act on the process itself (its memory, signals, threads, exit: classes process, signal,
 * memory, ipc and the runtime's own setup calls), calls that did not return, and calls with arguments
 * that cannot be rebuilt (a pointer whose memory was not captured, another process's pid, a buffer
 * larger than {@value #MAX_BUFFER} bytes).
 */
public final class ExportPlanner {
    static final int MAX_BUFFER = 16 << 20;
    static final int STRUCT_SCRATCH = 4096;
    private static final Set<String> SKIPPED_CLASSES = Set.of("process", "signal", "memory", "ipc");
    private static final Set<String> SKIPPED_NAMES = Set.of("ioctl", "futex", "arch_prctl", "set_tid_address",
            "set_robust_list", "rseq", "prctl", "seccomp", "exit", "exit_group", "rt_sigreturn", "restart_syscall",
            "ptrace", "reboot", "mount", "umount2", "chroot", "pivot_root");
    /** Calls glibc's static startup makes itself: a reproducer re-issuing them would make them twice. */
    private static final Set<String> RUNTIME_NAMES = Set.of("prlimit64", "getrandom");
    /** fcntl commands whose argument is a pointer (locks, owner structs). */
    private static final Set<Long> FCNTL_POINTER_COMMANDS = Set.of(5L, 6L, 7L, 15L, 16L, 36L, 37L, 38L);

    private final SyscallShapes shapes;

    public ExportPlanner(SyscallShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The plan for the task at {@code lineage} ({@code root}, {@code root.0}, ...).
     *
     * @throws IllegalArgumentException when the trace has no such task
     */
    public ExportPlan plan(Trace trace, String lineage) {
        FdOrigins.Registry registry = FdOrigins.registry();
        for (TracedTask task : trace.tasks()) {
            FdOrigins fds = registry.forTask(task);
            if (!task.lineageName().equals(lineage)) {
                task.calls().forEach(c -> fds.apply(c, shapes.shape(c.arch(), c.nr())));
                continue;
            }
            List<PlannedCall> planned = new ArrayList<>();
            List<NormalizedCall> texts = new TraceDiff(shapes, c -> true, 0).normalizedCalls(trace).get(lineage);
            for (Call c : task.calls()) {
                Optional<SyscallShape> shape = shapes.shape(c.arch(), c.nr());
                PlannedCall p = plan(c, shape.orElse(null), fds);
                List<FdOrigins.Origin> created = fds.apply(c, shape);
                planned.add(new PlannedCall(c, p.shape(), p.args(), p.skipped(), created, texts.get(c.index()).text()));
            }
            return new ExportPlan(task, planned);
        }
        throw new IllegalArgumentException("the trace has no task " + lineage + " (tasks: "
                + trace.tasks().stream().map(TracedTask::lineageName).toList() + ")");
    }

    private static PlannedCall plan(Call c, SyscallShape s, FdOrigins fds) {
        String why = skipReason(c, s);
        if (why != null) {
            return skip(c, s, why);
        }
        List<ExportArg> args = new ArrayList<>();
        for (int i = 0; i < s.args().size(); i++) {
            ExportArg a = argument(c, s, i, fds);
            if (a == null) {
                return skip(c, s, "argument " + (i + 1) + " (" + s.arg(i) + ") cannot be rebuilt");
            }
            args.add(a);
        }
        return new PlannedCall(c, s, args, null, List.of(), "");
    }

    private static String skipReason(Call c, SyscallShape s) {
        if (s == null) {
            return "not described";
        }
        if (c.arch() != Arch.X86_64) {
            return "not an x86_64 call";
        }
        if (!c.returned() || c.entry() == null) {
            return "not returned";
        }
        for (String cls : SKIPPED_CLASSES) {
            if (s.in(cls)) {
                return "acts on the process (%" + cls + ")";
            }
        }
        if (SKIPPED_NAMES.contains(c.name())) {
            return "acts on the process or its runtime";
        }
        if (RUNTIME_NAMES.contains(c.name())
                || c.name().equals("readlink") && c.stringArg(0).filter("/proc/self/exe"::equals).isPresent()) {
            return "made by the C runtime at startup";
        }
        if (c.name().equals("fcntl") && FCNTL_POINTER_COMMANDS.contains(c.arg(1))) {
            return "fcntl command with a pointer argument";
        }
        return null;
    }

    private static ExportArg argument(Call c, SyscallShape s, int i, FdOrigins fds) {
        long v = c.arg(i);
        switch (s.arg(i)) {
            case FD:
            case DIRFD:
                return (int) v == -100 ? new ExportArg.Literal(-100) : new ExportArg.Fd(v, fds.of(v));
            case VALUE:
            case HEX:
            case TIME:
                return new ExportArg.Literal(v);
            case PID:
                return v == 0 ? new ExportArg.Literal(0) : null;
            case PATH:
            case STRING:
                return v == 0 ? new ExportArg.Null() : c.entryCapture(i).filter(cap -> !cap.truncated() && cap.readable())
                        .map(cap -> (ExportArg) new ExportArg.Data(cap.data(), cap.data().length, true)).orElse(null);
            case IN_BUFFER:
            case IN_STRUCT:
            case INOUT_STRUCT:
                return v == 0 ? new ExportArg.Null() : c.entryCapture(i).filter(Capture::readable)
                        .filter(cap -> cap.length() >= 0 && cap.length() <= MAX_BUFFER)
                        .map(cap -> (ExportArg) new ExportArg.Data(cap.data(), (int) cap.length(), false)).orElse(null);
            case OUT_BUFFER:
            case OUT_RANDOM:
                long size = largestValue(c, s);
                return v == 0 ? new ExportArg.Null() : size <= MAX_BUFFER ? new ExportArg.Scratch((int) Math.max(1, size)) : null;
            case OUT_STRUCT:
                return v == 0 ? new ExportArg.Null() : new ExportArg.Scratch(STRUCT_SCRATCH);
            case OUT_FD_PAIR:
                return new ExportArg.FdPairOut();
            case IN_VECTOR:
                return vector(c, i);
            default:
                return v == 0 ? new ExportArg.Null() : null;
        }
    }

    /** The largest plain number among the arguments: the size of the call's output buffer. */
    private static long largestValue(Call c, SyscallShape s) {
        long max = 0;
        for (int i = 0; i < s.args().size(); i++) {
            if (s.arg(i) == ArgKind.VALUE) {
                max = Math.max(max, c.arg(i));
            }
        }
        return max;
    }

    private static ExportArg vector(Call c, int arg) {
        List<ExportArg.Data> buffers = new ArrayList<>();
        for (Capture cap : c.entry().captures()) {
            if (cap.arg() == arg && cap.path().endsWith(".iov_base")) {
                if (!cap.readable() || cap.length() < 0 || cap.length() > MAX_BUFFER) {
                    return null;
                }
                buffers.add(new ExportArg.Data(cap.data(), (int) cap.length(), false));
            }
        }
        long count = Arrays.stream(c.entry().args()).skip(arg + 1).findFirst().orElse(-1);
        return buffers.size() == count ? new ExportArg.Vector(buffers) : null;
    }

    private static PlannedCall skip(Call c, SyscallShape s, String why) {
        return new PlannedCall(c, s, List.of(), why, List.of(), "");
    }
}
