package dev.jtrace.replay.engine;

import dev.jtrace.format.Capture;
import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.FdOrigins;
import dev.jtrace.replay.Paths;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.TraceWalk;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files and directories a trace shows existed before it ran, with what it read from them: a file opened
 * without O_CREAT, stat'ed, read, renamed or unlinked before the trace itself created or changed it; the
 * directories holding them and the entries getdents64 listed. Paths under /proc, /sys and /dev are left
 * out (replay emulates calls on them).
 */
public final class InitialState {
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_TRUNC = 01000;
    private static final int O_DIRECTORY = 0200000;
    private static final int AT_REMOVEDIR = 0x200;
    private static final int ENOENT = 2;
    private static final int X_OK = 1;
    private static final int EINVAL = 22;
    private static final int EEXIST = 17;
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int DT_DIR = 4;
    private static final int DT_REG = 8;

    private final Map<String, Node> nodes = new TreeMap<>();
    private final Set<String> changed = new HashSet<>();
    private final Set<String> absent = new HashSet<>();
    private final Map<String, Long> offsets = new HashMap<>();

    private static final class Node {
        boolean dir;
        String link;
        long size = -1;
        int mode = -1;
        final Map<Long, byte[]> content = new TreeMap<>();
    }

    private InitialState() {
    }

    /** The files and directories the trace shows existed, parents before children. */
    public static List<FileNode> of(Trace trace, SyscallShapes shapes) {
        InitialState s = new InitialState();
        TraceWalk.walk(trace, shapes, step -> step.shape().ifPresent(shape -> s.evidence(step, shape)));
        // Permission evidence gathered through a symbolic link (access X_OK follows it) belongs to its target.
        s.nodes.forEach((path, n) -> {
            if (n.link != null && n.mode >= 0) {
                Node target = s.nodes.get(Paths.resolve(Paths.parent(path), n.link));
                if (target != null && target.mode < 0) {
                    target.mode = n.mode;
                }
            }
        });
        List<FileNode> out = new ArrayList<>();
        s.nodes.forEach((path, n) -> out.add(new FileNode(path, n.dir, n.size, n.mode, n.content,
                Optional.ofNullable(n.link))));
        return out;
    }

    /**
     * Creates the nodes under {@code root} (a path {@code /a/b} as {@code root/a/b}); what already exists in
     * the root is left as it is.
     */
    public static void materialize(List<FileNode> nodes, Path root) throws IOException {
        List<FileNode> dirs = new ArrayList<>();
        for (FileNode n : nodes) {
            Path p = inRoot(root, n.path());
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (n.link().isPresent()) {
                Files.createDirectories(p.getParent());
                Files.createSymbolicLink(p, Path.of(n.link().get()));
                continue;
            }
            if (n.dir()) {
                Files.createDirectories(p);
                dirs.add(n);
                continue;
            }
            Files.createDirectories(p.getParent());
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                for (Map.Entry<Long, byte[]> e : n.content().entrySet()) {
                    f.seek(e.getKey());
                    f.write(e.getValue());
                }
                f.setLength(n.length());
            }
            if (n.mode() >= 0) {
                Files.setPosixFilePermissions(p, permissions(n.mode()));
            }
        }
        // Directories keep owner rwx so that the replay can create and delete in them.
        for (int i = dirs.size() - 1; i >= 0; i--) {
            FileNode d = dirs.get(i);
            if (d.mode() >= 0) {
                Files.setPosixFilePermissions(inRoot(root, d.path()), permissions(d.mode() | 0700));
            }
        }
    }

    static Path inRoot(Path root, String path) {
        return path.equals("/") ? root : root.resolve(path.substring(1));
    }

    private void evidence(TraceWalk.Step step, SyscallShape s) {
        Call c = step.call();
        String name = c.name();
        switch (name) {
            case "open", "openat", "creat" -> open(step, s, name.equals("creat") ? O_CREAT | O_TRUNC
                    : (int) c.arg(name.equals("open") ? 1 : 2));
            case "openat2" -> open(step, s, 0);
            case "stat", "lstat", "newfstatat", "statx", "fstat" -> stat(step, s);
            case "readlink", "readlinkat" -> link(step, s);
            case "access", "faccessat", "faccessat2" -> {
                Optional<String> p = firstPath(step, s);
                if (c.succeeded()) {
                    Node n = p.map(x -> exists(x, false)).orElse(null);
                    long mode = c.arg(name.equals("access") ? 1 : 2);
                    if (n != null && (mode & X_OK) != 0 && n.mode < 0) {
                        n.mode = 0755;      // it was executable (or searchable)
                    }
                } else if (c.errno() == ENOENT) {
                    p.ifPresent(this::absentIfUnknown);
                }
            }
            case "chmod", "fchmodat", "chown",
                    "lchown", "fchownat", "utimensat", "getxattr", "lgetxattr", "listxattr" -> {
                if (c.succeeded()) {
                    firstPath(step, s).ifPresent(p -> exists(p, false));
                } else if (c.errno() == ENOENT) {
                    firstPath(step, s).ifPresent(this::absentIfUnknown);
                }
            }
            case "chdir" -> {
                if (c.succeeded()) {
                    firstPath(step, s).ifPresent(p -> exists(p, true));
                }
            }
            case "mkdir", "mkdirat" -> firstPath(step, s).ifPresent(p -> {
                if (c.succeeded()) {
                    created(p);
                } else if (c.errno() == EEXIST) {
                    exists(p, true);
                }
            });
            case "unlink", "rmdir" -> removed(step, s, 0, name.equals("rmdir"));
            case "unlinkat" -> removed(step, s, 1, (c.arg(2) & AT_REMOVEDIR) != 0);
            case "rename", "renameat", "renameat2", "link", "linkat" -> {
                if (c.succeeded()) {
                    List<Integer> paths = pathArgs(s);
                    step.path(paths.get(0)).ifPresent(p -> {
                        exists(p, false);
                        if (!name.startsWith("link")) {
                            changed.add(p);
                        }
                    });
                    step.path(paths.get(1)).ifPresent(this::created);
                }
            }
            case "symlink", "symlinkat" -> {
                if (c.succeeded()) {
                    step.path(pathArgs(s).get(1)).ifPresent(this::created);
                }
            }
            case "truncate" -> {
                if (c.succeeded()) {
                    firstPath(step, s).ifPresent(p -> {
                        exists(p, false);
                        changed.add(p);
                    });
                }
            }
            case "getdents64", "getdents" -> listing(step);
            case "lseek" -> {
                if (c.succeeded()) {
                    step.fds().of(c.arg(0)).ifPresent(o -> offsets.put(key(o), c.result()));
                }
            }
            default -> fdData(step, s);
        }
    }

    private void open(TraceWalk.Step step, SyscallShape s, int flags) {
        Call c = step.call();
        Optional<String> path = firstPath(step, s);
        if (path.isEmpty()) {
            return;
        }
        String p = path.get();
        if (!c.succeeded()) {
            if (c.errno() == ENOENT && (flags & O_CREAT) == 0) {
                absentIfUnknown(p);
            }
            return;
        }
        if ((flags & O_CREAT) != 0 && !known(p)) {
            created(p);
        } else {
            exists(p, (flags & O_DIRECTORY) != 0);
            if ((flags & O_TRUNC) != 0) {
                changed.add(p);
            }
        }
    }

    /** readlink showed a symbolic link and its target. */
    private void link(TraceWalk.Step step, SyscallShape s) {
        Call c = step.call();
        Optional<String> path = firstPath(step, s);
        int out = s.indexOf(ArgKind.OUT_BUFFER);
        if (path.isEmpty() || changed.contains(path.get()) || absent.contains(path.get())) {
            return;
        }
        if (c.errno() == EINVAL) {
            exists(path.get(), false);      // there, and not a symbolic link
            return;
        }
        if (!c.succeeded() || out < 0 || nodes.containsKey(path.get()) && nodes.get(path.get()).dir) {
            return;
        }
        c.exitCapture(out).filter(cap -> !cap.truncated()).ifPresent(cap -> {
            Node n = exists(path.get(), false);
            if (n != null) {
                n.link = new String(cap.data(), 0, (int) Math.min(cap.data().length, c.result()), StandardCharsets.UTF_8);
            }
        });
    }

    private void stat(TraceWalk.Step step, SyscallShape s) {
        Call c = step.call();
        Optional<String> path = c.name().equals("fstat") ? pathOfFd(step, c.arg(0)) : firstPath(step, s);
        if (path.isEmpty()) {
            return;
        }
        if (!c.succeeded()) {
            if (c.errno() == ENOENT) {
                absentIfUnknown(path.get());
            }
            return;
        }
        int out = c.name().equals("statx") ? 4 : c.name().equals("newfstatat") ? 2 : 1;
        Optional<Capture> buf = c.exitCapture(out);
        if (buf.isEmpty()) {
            exists(path.get(), false);
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(buf.get().data()).order(ByteOrder.LITTLE_ENDIAN);
        int mode;
        long size;
        if (c.name().equals("statx")) {
            if (b.capacity() < 0x30) {
                return;
            }
            mode = b.getShort(0x1c) & 0xffff;
            size = b.getLong(0x28);
        } else {
            if (b.capacity() < 56) {
                return;
            }
            mode = b.getInt(24);
            size = b.getLong(48);
        }
        boolean dir = (mode & S_IFMT) == S_IFDIR;
        if ((mode & S_IFMT) != S_IFDIR && (mode & S_IFMT) != S_IFREG) {
            return;     // devices, sockets, symlinks (lstat): not recreated
        }
        Node n = exists(path.get(), dir);
        if (n != null) {
            n.mode = mode & 07777;
            if (!dir) {
                n.size = size;
            }
        }
    }

    private void removed(TraceWalk.Step step, SyscallShape s, int arg, boolean dir) {
        if (step.call().succeeded()) {
            step.path(arg).ifPresent(p -> {
                exists(p, dir);
                changed.add(p);
            });
        } else if (step.call().errno() == ENOENT) {
            step.path(arg).ifPresent(this::absentIfUnknown);
        }
    }

    private void listing(TraceWalk.Step step) {
        Call c = step.call();
        Optional<String> dir = pathOfFd(step, c.arg(0));
        Optional<Capture> data = c.exitCapture(1);
        if (!c.succeeded() || dir.isEmpty() || data.isEmpty() || changed.contains(dir.get())) {
            return;
        }
        exists(dir.get(), true);
        ByteBuffer b = ByteBuffer.wrap(data.get().data()).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 0;
        while (pos + 19 <= b.capacity()) {
            int reclen = b.getShort(pos + 16) & 0xffff;
            int type = b.get(pos + 18) & 0xff;
            if (reclen < 19 || pos + reclen > b.capacity()) {
                break;
            }
            int end = pos + 19;
            while (end < pos + reclen && b.get(end) != 0) {
                end++;
            }
            String entry = new String(data.get().data(), pos + 19, end - pos - 19, StandardCharsets.UTF_8);
            if (!entry.equals(".") && !entry.equals("..") && (type == DT_DIR || type == DT_REG)) {
                String child = Paths.resolve(dir.get(), entry);
                if (!known(child)) {
                    exists(child, type == DT_DIR);
                }
            }
            pos += reclen;
        }
    }

    /** Reads add content at the fd's offset; writes mark the file changed. */
    private void fdData(TraceWalk.Step step, SyscallShape s) {
        Call c = step.call();
        int fdArg = s.indexOf(ArgKind.FD);
        if (fdArg < 0 || !c.succeeded()) {
            return;
        }
        Optional<FdOrigins.Origin> origin = step.fds().of(c.arg(fdArg));
        if (origin.isEmpty()) {
            return;
        }
        String k = key(origin.get());
        String path = step.paths().directoryOf(c.arg(fdArg), step.fds()).orElse(null);
        boolean positional = c.name().startsWith("pread") || c.name().startsWith("pwrite");
        long offset = positional ? c.arg(3) : offsets.getOrDefault(k, 0L);
        boolean reads = s.indexOf(ArgKind.OUT_BUFFER) >= 0 || s.indexOf(ArgKind.OUT_VECTOR) >= 0;
        boolean writes = s.indexOf(ArgKind.IN_BUFFER) >= 0 || s.indexOf(ArgKind.IN_VECTOR) >= 0
                || c.name().equals("ftruncate") || c.name().equals("fallocate");
        if (reads && path != null && !changed.contains(path)) {
            Node n = nodes.get(path);
            if (n != null && !n.dir) {
                int buf = s.indexOf(ArgKind.OUT_BUFFER);
                long at = offset;
                long left = c.result();
                for (Capture cap : c.exit().captures()) {
                    boolean isData = buf >= 0 ? cap.arg() == buf && cap.path().isEmpty() : cap.path().endsWith(".iov_base");
                    if (isData && left > 0) {
                        int len = (int) Math.min(left, cap.data().length);
                        n.content.put(at, java.util.Arrays.copyOf(cap.data(), len));
                        at += len;
                        left -= len;
                    }
                }
                if (c.result() == 0 && n.size < 0) {
                    n.size = offset;
                }
            }
        }
        if (writes && path != null) {
            changed.add(path);
        }
        if ((reads || writes) && !positional && c.result() > 0 && !c.name().equals("ftruncate")) {
            offsets.put(k, offset + c.result());
        }
    }

    private Optional<String> pathOfFd(TraceWalk.Step step, long fd) {
        return step.paths().directoryOf(fd, step.fds());
    }

    private static Optional<String> firstPath(TraceWalk.Step step, SyscallShape s) {
        int i = s.indexOf(ArgKind.PATH);
        return i < 0 ? Optional.empty() : step.path(i);
    }

    private static List<Integer> pathArgs(SyscallShape s) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < s.args().size(); i++) {
            if (s.arg(i) == ArgKind.PATH) {
                l.add(i);
            }
        }
        return l;
    }

    private boolean known(String p) {
        return nodes.containsKey(p) || changed.contains(p) || absent.contains(p);
    }

    private void absentIfUnknown(String p) {
        if (!known(p)) {
            absent.add(p);
        }
    }

    /** The path existed before the trace (unless the trace made or removed it first): records it and its parents. */
    private Node exists(String p, boolean dir) {
        if (special(p) || changed.contains(p) || absent.contains(p)) {
            return null;
        }
        Node n = nodes.computeIfAbsent(p, k -> new Node());
        n.dir |= dir;
        String parent = p;
        while (!parent.equals("/")) {
            parent = Paths.parent(parent);
            if (changed.contains(parent)) {
                break;
            }
            nodes.computeIfAbsent(parent, k -> new Node()).dir = true;
        }
        return n;
    }

    /** The trace created the path: its parent existed unless the trace made it too. */
    private void created(String p) {
        String parent = Paths.parent(p);
        if (!changed.contains(parent) && !p.equals("/")) {
            exists(parent, true);
        }
        changed.add(p);
    }

    private static boolean special(String p) {
        return p.equals("/proc") || p.startsWith("/proc/") || p.equals("/sys") || p.startsWith("/sys/")
                || p.equals("/dev") || p.startsWith("/dev/");
    }

    private static String key(FdOrigins.Origin o) {
        return o.lineage() + "/" + o.label();
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }
}
