package dev.jtrace.replay.engine;

import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.export.PlannedCall;
import java.util.Set;

/**
 * Sorts recorded calls into {@link ReplayClass}es from their descriptions: file and descriptor operations
 * whose arguments can be rebuilt (see {@code ExportPlanner}) are re-executed, and so are anonymous
 * mmap/munmap; calls that would act outside the sandbox or on the host process itself never run;
 * everything else (identity, clocks, randomness, signals, networking, the C runtime's setup) is emulated.
 */
public final class ReplayClassifier {
    private static final Set<String> NEVER = Set.of("reboot", "mount", "umount2", "ptrace", "pivot_root", "chroot",
            "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load", "swapon", "swapoff",
            "sethostname", "setdomainname", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "acct",
            "execve", "execveat", "fork", "vfork", "clone", "clone3", "exit", "exit_group", "unshare", "setns",
            "bpf", "perf_event_open", "seccomp", "iopl", "ioperm", "quotactl", "syslog", "setuid", "setgid",
            "setreuid", "setregid", "setresuid", "setresgid", "setgroups", "capset", "process_vm_writev",
            "pidfd_send_signal", "rt_sigqueueinfo", "rt_tgsigqueueinfo");
    private static final Set<String> SIGNALS_TO_PIDS = Set.of("kill", "tkill", "tgkill");
    /** File calls whose results describe the recording host rather than the files. */
    private static final Set<String> EMULATED = Set.of("getcwd", "poll", "ppoll", "select", "pselect6",
            "epoll_wait", "epoll_pwait", "epoll_ctl", "epoll_create1", "inotify_init1", "inotify_add_watch",
            "fanotify_init", "fanotify_mark", "timerfd_create", "timerfd_settime", "signalfd4", "eventfd2",
            "memfd_create", "ioctl");
    private static final Set<String> SPECIAL_ROOTS = Set.of("/proc", "/sys", "/dev");
    private static final long MAP_FIXED = 0x10;
    private static final long MAP_ANONYMOUS = 0x20;

    /** The class of a call; {@code planned} says whether and how its arguments can be rebuilt. */
    public ReplayClass classify(Call c, SyscallShape s, PlannedCall planned) {
        if (NEVER.contains(c.name())) {
            return ReplayClass.NEVER;
        }
        if (SIGNALS_TO_PIDS.contains(c.name())) {
            return c.arg(0) == c.tid() || c.arg(0) == 0 ? ReplayClass.EMULATE : ReplayClass.NEVER;
        }
        if (s == null || !c.returned() || c.entry() == null) {
            return ReplayClass.EMULATE;
        }
        if (c.name().equals("mmap")) {
            return (c.arg(3) & MAP_ANONYMOUS) != 0 && (c.arg(3) & MAP_FIXED) == 0 ? ReplayClass.RE_EXECUTE
                    : ReplayClass.EMULATE;
        }
        if (c.name().equals("munmap")) {
            return ReplayClass.RE_EXECUTE;
        }
        if (!planned.exported() || EMULATED.contains(c.name()) || !(s.in("file") || s.in("desc"))
                || s.in("network") && !c.name().equals("socketpair")) {
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
