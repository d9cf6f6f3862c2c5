package dev.jtrace.analyze;

import dev.jtrace.format.Capture;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.decode.DecodeContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * strace's {@code -P PATH}: only calls that access one of the paths print (and count). A call accesses
 * a path when one of its path arguments is that string, or one of its fd arguments is open on it
 * (by the analyzer's fd table, at the call's entry). Which arguments are paths and fds follows strace:
 * a few calls by name, otherwise the first argument of %file (a path) and %desc/%network calls (an fd).
 * Calls that create fds without naming a path never match; nor do numbers strace does not know.
 */
final class PathFilter {
    /** Argument roles: 'p' a path, 'f' an fd, '-' neither. */
    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("dup2", "ff"), Map.entry("dup3", "ff"), Map.entry("sendfile", "ff"),
            Map.entry("sendfile64", "ff"), Map.entry("tee", "ff"), Map.entry("kexec_file_load", "ff"),
            Map.entry("copy_file_range", "f-f"), Map.entry("splice", "f-f"),
            Map.entry("execveat", "fp"), Map.entry("faccessat", "fp"), Map.entry("faccessat2", "fp"),
            Map.entry("fchmodat", "fp"), Map.entry("fchownat", "fp"), Map.entry("newfstatat", "fp"),
            Map.entry("fstatat64", "fp"), Map.entry("futimesat", "fp"), Map.entry("futimesat_time64", "fp"),
            Map.entry("mkdirat", "fp"), Map.entry("mknodat", "fp"), Map.entry("name_to_handle_at", "fp"),
            Map.entry("openat", "fp"), Map.entry("openat2", "fp"), Map.entry("readlinkat", "fp"),
            Map.entry("statx", "fp"), Map.entry("unlinkat", "fp"), Map.entry("utimensat", "fp"),
            Map.entry("utimensat_time64", "fp"), Map.entry("open_tree", "fp"), Map.entry("inotify_add_watch", "fp"),
            Map.entry("linkat", "fpfp"), Map.entry("renameat", "fpfp"), Map.entry("renameat2", "fpfp"),
            Map.entry("move_mount", "fpfp"),
            Map.entry("link", "pp"), Map.entry("rename", "pp"), Map.entry("mount", "pp"), Map.entry("pivot_root", "pp"),
            Map.entry("symlink", "pp"), Map.entry("symlinkat", "pfp"),
            Map.entry("mmap", "----f"), Map.entry("mmap2", "----f"), Map.entry("old_mmap", "----f"),
            Map.entry("epoll_ctl", "f-f"), Map.entry("fanotify_mark", "f--fp"), Map.entry("quotactl", "-p"));
    /** fd-creating calls strace never matches (their first argument is not an fd). */
    private static final Set<String> NEVER = Set.of("accept", "accept4", "bpf", "epoll_create", "epoll_create1",
            "eventfd", "eventfd2", "fanotify_init", "inotify_init", "inotify_init1", "io_uring_setup", "memfd_create",
            "memfd_secret", "perf_event_open", "pidfd_open", "pipe", "pipe2", "socket", "socketpair", "timerfd_create",
            "userfaultfd", "signalfd", "signalfd4");

    private final List<String> paths;
    private final DecodeContext.FdNames fds;

    PathFilter(List<String> paths, DecodeContext.FdNames fds) {
        this.paths = List.copyOf(paths);
        this.fds = fds;
    }

    /** True when no -P path was given or the call accesses one. */
    boolean traces(SyscallEntry e, String name, Set<String> classes) {
        if (paths.isEmpty()) {
            return true;
        }
        if (NEVER.contains(name) || name.startsWith(SyscallFilter.UNKNOWN_PREFIX)) {
            return false;
        }
        String roles = ROLES.get(name);
        if (roles == null) {
            roles = classes.contains("file") ? "p" : classes.contains("desc") || classes.contains("network") ? "f" : "";
        }
        for (int i = 0; i < roles.length(); i++) {
            char r = roles.charAt(i);
            if (r == 'p' && pathMatches(e, i) || r == 'f' && fdMatches(e.tid(), (int) e.arg(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean pathMatches(SyscallEntry e, int arg) {
        for (Capture c : e.captures()) {
            if (c.arg() == arg && c.path().isEmpty() && c.errno() == 0) {
                return paths.contains(new String(c.data(), StandardCharsets.UTF_8));
            }
        }
        return false;
    }

    private boolean fdMatches(int tid, int fd) {
        return fd >= 0 && fds.name(tid, fd).map(paths::contains).orElse(false);
    }
}
