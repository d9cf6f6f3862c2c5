package dev.jtrace.analyze;

import dev.jtrace.format.Capture;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.OpenFd;
import dev.jtrace.format.TaskSeen;
import dev.jtrace.format.decode.DecodeContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Rebuilds every process's fd table from the calls that create, copy and close descriptors, so
 * that -y can name them. It knows the fd-creating calls by name (a candidate for the declarative
 * syscall descriptions). What was open before the recording comes from the {@link TaskSeen} snapshot of
 * the launched command and of attached processes. The recorder also names the fds a call created as
 * /proc/TID/fd shows them ({@code pipe:[1234]}); traces without those names print {@code pipe:[?]} and
 * {@code socket:[?]} for pipes and sockets. With -yy it adds what the recorder saw of devices, pidfds and
 * sockets ({@link SocketNames}).
 */
final class FdTracker implements DecodeContext.FdNames {
    static final int AT_FDCWD = -100;
    private static final int O_CLOEXEC = 0x80000;
    private static final int F_DUPFD = 0;
    private static final int F_SETFD = 2;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int FD_CLOEXEC = 1;
    private static final int CLOSE_RANGE_CLOEXEC = 4;
    static final String UNKNOWN_PIPE = "pipe:[?]";
    static final String UNKNOWN_SOCKET = "socket:[?]";

    private final Map<Integer, FdTable> byTid = new HashMap<>();
    private final SocketNames sockets = new SocketNames();
    private final UnaryOperator<String> realPath;

    /** @param realPath maps an absolute, normalized path to the one the kernel would report */
    FdTracker(UnaryOperator<String> realPath) {
        this.realPath = realPath;
    }

    @Override
    public Optional<String> name(int tid, int fd) {
        FdTable t = byTid.get(tid);
        if (t == null) {
            return Optional.empty();
        }
        return fd == AT_FDCWD ? t.cwd() : t.name(fd);
    }

    /**
     * The name -yy prints: a socket as strace describes it ({@code TCP:[127.0.0.1:80->127.0.0.1:4242]}), a
     * pidfd as {@code pid:PID}, a device with its numbers ({@code /dev/null<char 1:3>}), others as -y does.
     */
    @Override
    public Optional<String> detailedName(int tid, int fd) {
        FdTable t = byTid.get(tid);
        if (t == null || fd == AT_FDCWD) {
            return name(tid, fd);
        }
        return t.get(fd).map(e -> {
            if (SocketNames.inode(e.name()) >= 0) {
                return sockets.name(e.name());
            }
            if (e.detail().isEmpty()) {
                return e.name();
            }
            return e.detail().startsWith("pid:") ? e.detail() : e.name() + "<" + e.detail() + ">";
        });
    }

    private FdTable table(int tid) {
        return byTid.computeIfAbsent(tid, k -> new FdTable(null));
    }

    /**
     * A task introduced by the recorder: a snapshot (cwd and open fds) becomes its process's table; a
     * thread of an attached process without one shares its leader's.
     */
    void seen(TaskSeen s) {
        if (s.cwd().isPresent() || !s.fds().isEmpty()) {
            FdTable t = new FdTable(s.cwd().orElse(null));
            for (OpenFd fd : s.fds()) {
                t.open(fd.fd(), fd.target(), false, fd.detail()); // the close-on-exec flag is not in the snapshot
                sockets.observed(fd.target(), fd.detail());
            }
            byTid.put(s.tid(), t);
        } else if (s.tgid() != s.tid() && !byTid.containsKey(s.tid()) && byTid.containsKey(s.tgid())) {
            byTid.put(s.tid(), byTid.get(s.tgid()));
        }
    }

    /** A new task: sharing the parent's table (CLONE_FILES) or with a copy of it. */
    void created(int parentTid, int childTid, boolean shareFiles) {
        FdTable parent = table(parentTid);
        byTid.put(childTid, shareFiles ? parent : parent.copy());
    }

    /** exec changed the tid of a task (a non-leader thread exec'd and took the leader's tid). */
    void renamed(int formerTid, int tid) {
        FdTable t = byTid.remove(formerTid);
        if (t != null) {
            byTid.put(tid, t);
        }
    }

    void gone(int tid) {
        FdTable t = byTid.remove(tid);
        if (t != null) {
            released(t.socketNames());
        }
    }

    /**
     * Sockets closed in a traced process: those no traced process holds any longer are gone, and a UNIX socket
     * connected to one has no peer inode any more (sock_diag reports 0).
     */
    private void released(List<String> socketNames) {
        for (String name : socketNames) {
            if (byTid.values().stream().distinct().noneMatch(t -> t.holds(name))) {
                sockets.released(name);
            }
        }
    }

    /** Applies a returned call's effect on the descriptors of its task. */
    void returned(String name, SyscallEntry e, SyscallExit x) {
        FdTable t = table(e.tid());
        if (x.error()) {
            recorded(t, x); // a connect in progress, a failed send: the socket may have been bound all the same
            return;
        }
        int rval = (int) x.rval();
        switch (name) {
            case "open" -> opened(t, rval, path(e, 0, AT_FDCWD, t), e.arg(1));
            case "creat" -> opened(t, rval, path(e, 0, AT_FDCWD, t), 0);
            case "openat" -> opened(t, rval, path(e, 1, (int) e.arg(0), t), e.arg(2));
            case "openat2" -> opened(t, rval, path(e, 1, (int) e.arg(0), t), 0);
            case "memfd_create" -> path(e, 0, AT_FDCWD, null)
                    .ifPresent(n -> t.open(rval, "/memfd:" + n + " (deleted)", (e.arg(1) & 1) != 0));
            case "dup" -> t.duplicate((int) e.arg(0), rval, false);
            case "dup2" -> t.duplicate((int) e.arg(0), rval, false);
            case "dup3" -> t.duplicate((int) e.arg(0), rval, (e.arg(2) & O_CLOEXEC) != 0);
            case "fcntl", "fcntl64" -> fcntl(t, e, rval);
            case "close" -> {
                Optional<String> closed = t.name((int) e.arg(0));
                t.close((int) e.arg(0));
                closed.filter(n -> SocketNames.inode(n) >= 0).ifPresent(n -> released(List.of(n)));
            }
            case "close_range" -> {
                List<String> before = t.socketNames();
                closeRange(t, e);
                released(before);
            }
            case "pipe", "pipe2" -> pair(t, x, UNKNOWN_PIPE, name.equals("pipe2") && (e.arg(1) & O_CLOEXEC) != 0);
            case "socketpair" -> pair(t, x, UNKNOWN_SOCKET, (e.arg(1) & O_CLOEXEC) != 0);
            case "socket" -> t.open(rval, UNKNOWN_SOCKET, (e.arg(1) & O_CLOEXEC) != 0);
            case "accept" -> t.open(rval, UNKNOWN_SOCKET, false);
            case "accept4" -> t.open(rval, UNKNOWN_SOCKET, (e.arg(3) & O_CLOEXEC) != 0);
            case "eventfd" -> t.open(rval, "anon_inode:[eventfd]", false);
            case "eventfd2" -> t.open(rval, "anon_inode:[eventfd]", (e.arg(1) & O_CLOEXEC) != 0);
            case "epoll_create" -> t.open(rval, "anon_inode:[eventpoll]", false);
            case "epoll_create1" -> t.open(rval, "anon_inode:[eventpoll]", (e.arg(0) & O_CLOEXEC) != 0);
            case "signalfd" -> anon(t, e, rval, "anon_inode:[signalfd]", -1);
            case "signalfd4" -> anon(t, e, rval, "anon_inode:[signalfd]", 3);
            case "timerfd_create" -> t.open(rval, "anon_inode:[timerfd]", (e.arg(1) & O_CLOEXEC) != 0);
            case "inotify_init" -> t.open(rval, "anon_inode:inotify", false);
            case "inotify_init1" -> t.open(rval, "anon_inode:inotify", (e.arg(0) & O_CLOEXEC) != 0);
            case "pidfd_open" -> t.open(rval, "anon_inode:[pidfd]", true);
            case "chdir" -> path(e, 0, AT_FDCWD, t).ifPresent(t::chdir);
            case "fchdir" -> t.name((int) e.arg(0)).ifPresent(t::chdir);
            case "execve", "execveat" -> {
                List<String> before = t.socketNames();
                t.exec();
                released(before);
            }
            default -> {
            }
        }
        recorded(t, x);
    }

    /** The recorder's readlink and details beat the names worked out from the call. */
    private void recorded(FdTable t, SyscallExit x) {
        for (OpenFd fd : x.fds()) {
            t.relabel(fd.fd(), fd.target(), fd.detail());
            sockets.observed(fd.target(), fd.detail());
        }
    }

    private static void opened(FdTable t, int fd, Optional<String> path, long flags) {
        boolean cloexec = (flags & O_CLOEXEC) != 0;
        if (path.isPresent()) {
            t.open(fd, path.get(), cloexec);
        } else {
            t.close(fd);
        }
    }

    private static void anon(FdTable t, SyscallEntry e, int fd, String name, int flagsArg) {
        if ((int) e.arg(0) == -1) { // otherwise an existing signalfd was updated
            t.open(fd, name, flagsArg >= 0 && (e.arg(flagsArg) & O_CLOEXEC) != 0);
        }
    }

    private static void fcntl(FdTable t, SyscallEntry e, int rval) {
        int fd = (int) e.arg(0);
        switch ((int) e.arg(1)) {
            case F_DUPFD -> t.duplicate(fd, rval, false);
            case F_DUPFD_CLOEXEC -> t.duplicate(fd, rval, true);
            case F_SETFD -> t.setCloexec(fd, (e.arg(2) & FD_CLOEXEC) != 0);
            default -> {
            }
        }
    }

    private static void closeRange(FdTable t, SyscallEntry e) {
        long first = e.arg(0) & 0xffffffffL;
        long last = Math.min(e.arg(1) & 0xffffffffL, 1 << 20);
        boolean cloexec = (e.arg(2) & CLOSE_RANGE_CLOEXEC) != 0;
        for (long fd = first; fd <= last; fd++) {
            if (cloexec) {
                t.setCloexec((int) fd, true);
            } else {
                t.close((int) fd);
            }
        }
    }

    /** pipe/pipe2/socketpair: the two fds are in the int[2] captured at exit. */
    private static void pair(FdTable t, SyscallExit x, String name, boolean cloexec) {
        for (Capture c : x.captures()) {
            if (c.path().isEmpty() && c.data().length >= 8 && c.readable()) {
                ByteBuffer b = ByteBuffer.wrap(c.data()).order(ByteOrder.LITTLE_ENDIAN);
                t.open(b.getInt(0), name, cloexec);
                t.open(b.getInt(4), name, cloexec);
                return;
            }
        }
    }

    /**
     * The path argument {@code arg} as captured at entry, made absolute against {@code dirfd} (or the
     * cwd) when that is known; a relative path with an unknown base stays relative.
     */
    private Optional<String> path(SyscallEntry e, int arg, int dirfd, FdTable t) {
        for (Capture c : e.captures()) {
            if (c.arg() == arg && c.path().isEmpty() && c.readable()) {
                String p = new String(c.data(), StandardCharsets.UTF_8);
                if (t == null) {
                    return Optional.of(p);
                }
                if (p.startsWith("/")) {
                    return Optional.of(realPath.apply(normalize(p)));
                }
                Optional<String> base = dirfd == AT_FDCWD ? t.cwd() : t.name(dirfd);
                return Optional.of(base.map(b -> realPath.apply(normalize(b + "/" + p))).orElse(p));
            }
        }
        return Optional.empty();
    }

    /** Removes {@code .}, {@code ..} and repeated slashes, as the kernel's path would read. */
    static String normalize(String path) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return "/" + String.join("/", parts);
    }
}
