package dev.jtrace.replay.engine;

import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.export.PlannedCall;
import java.util.Set;

/**
 * Sorts recorded calls into {@link ReplayClass}es from their descriptions: the {@code @replay=} class a
 * syscalls.def line declares (calls that would act outside the sandbox or on the host process never run;
 * calls whose results describe the recording host are emulated), and for the other lines: %file and
 * %desc calls outside %network whose arguments can be rebuilt (see {@code ExportPlanner}) are re-executed,
 * the rest emulated. Argument-dependent exceptions: kill/tkill/tgkill to the caller itself is emulated;
 * mmap is re-executed only anonymous and without MAP_FIXED; calls on paths under /proc, /sys and /dev
 * are emulated.
 */
public final class ReplayClassifier {
    private static final Set<String> SIGNALS_TO_PIDS = Set.of("kill", "tkill", "tgkill");
    private static final Set<String> SPECIAL_ROOTS = Set.of("/proc", "/sys", "/dev");
    private static final long MAP_FIXED = 0x10;
    private static final long MAP_ANONYMOUS = 0x20;

    /** The class of a call; {@code planned} says whether and how its arguments can be rebuilt. */
    public ReplayClass classify(Call c, SyscallShape s, PlannedCall planned) {
        if (s == null) {
            return ReplayClass.EMULATE;
        }
        String declared = s.replay().orElse("");
        if (declared.equals("never")) {
            boolean toItself = SIGNALS_TO_PIDS.contains(c.name()) && (c.arg(0) == c.tid() || c.arg(0) == 0);
            return toItself ? ReplayClass.EMULATE : ReplayClass.NEVER;
        }
        if (declared.equals("emulate") || !c.returned() || c.entry() == null) {
            return ReplayClass.EMULATE;
        }
        if (c.name().equals("mmap") || c.name().equals("munmap")) {
            boolean fixedOrFile = c.name().equals("mmap") && ((c.arg(3) & MAP_ANONYMOUS) == 0 || (c.arg(3) & MAP_FIXED) != 0);
            return declared.equals("reexecute") && !fixedOrFile ? ReplayClass.RE_EXECUTE : ReplayClass.EMULATE;
        }
        if (declared.equals("reexecute")) {
            return planned.exported() ? ReplayClass.RE_EXECUTE : ReplayClass.EMULATE;
        }
        if (!planned.exported() || !(s.in("file") || s.in("desc")) || s.in("network")) {
            return ReplayClass.EMULATE;
        }
        for (int i = 0; i < s.args().size(); i++) {
            if (s.arg(i) == ArgKind.PATH && c.stringArg(i).filter(ReplayClassifier::special).isPresent()) {
                return ReplayClass.EMULATE;
            }
        }
        return ReplayClass.RE_EXECUTE;
    }

    /** Paths in the kernel's own file systems: their contents describe the recording host. */
    static boolean special(String path) {
        for (String r : SPECIAL_ROOTS) {
            if (path.equals(r) || path.startsWith(r + "/")) {
                return true;
            }
        }
        return false;
    }
}
