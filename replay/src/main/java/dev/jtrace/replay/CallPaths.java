package dev.jtrace.replay;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The working directory of one task and the directory behind each of its dirfds, so that the paths its calls
 * name can be resolved to absolute ones: a path argument is relative to the dirfd argument right before it,
 * or to the working directory. The recording does not say where the first task started: {@code /} is assumed.
 */
public final class CallPaths {
    private static final int AT_FDCWD = -100;

    private final Map<Integer, String> inherited;
    private final Map<String, String> originPaths;
    private String cwd;

    private CallPaths(String cwd, Map<Integer, String> inherited, Map<String, String> originPaths) {
        this.cwd = cwd;
        this.inherited = inherited;
        this.originPaths = originPaths;
    }

    /** Hands each task the working directory it inherited (visit parents' forks before children's calls). */
    public static final class Registry {
        private final Map<Integer, String> inherited = new HashMap<>();
        private final Map<String, String> originPaths = new HashMap<>();

        public CallPaths forTask(TracedTask task) {
            return new CallPaths(inherited.getOrDefault(task.tid(), "/"), inherited, originPaths);
        }
    }

    public static Registry registry() {
        return new Registry();
    }

    public String cwd() {
        return cwd;
    }

    /**
     * The absolute path argument {@code arg} names, when it was captured and its directory is known. An
     * empty path (AT_EMPTY_PATH) names the dirfd's own file.
     */
    public Optional<String> resolve(Call c, SyscallShape s, int arg, FdOrigins fds) {
        Optional<String> raw = c.stringArg(arg);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String p = raw.get();
        if (p.startsWith("/")) {
            return Optional.of(Paths.resolve("/", p));
        }
        String base = cwd;
        if (arg > 0 && s.arg(arg - 1) == ArgKind.DIRFD && (int) c.arg(arg - 1) != AT_FDCWD) {
            Optional<String> dir = directoryOf(c.arg(arg - 1), fds);
            if (dir.isEmpty()) {
                return Optional.empty();
            }
            base = dir.get();
        }
        return Optional.of(p.isEmpty() ? base : Paths.resolve(base, p));
    }

    /** The absolute path an fd was opened with, when known. */
    public Optional<String> directoryOf(long fd, FdOrigins fds) {
        return fds.of(fd).map(o -> originPaths.get(key(o)));
    }

    /** Takes in a call's effects: chdir/fchdir, the paths of the fds it opened, a child's inherited cwd. */
    public void apply(Call c, SyscallShape s, FdOrigins before, java.util.List<FdOrigins.Origin> created) {
        if (!c.succeeded() || s == null) {
            return;
        }
        int pathArg = s.indexOf(ArgKind.PATH);
        if (!created.isEmpty() && pathArg >= 0) {
            resolve(c, s, pathArg, before).ifPresent(p -> created.forEach(o -> originPaths.put(key(o), p)));
        }
        switch (c.name()) {
            case "chdir" -> resolve(c, s, 0, before).ifPresent(p -> cwd = p);
            case "fchdir" -> directoryOf(c.arg(0), before).ifPresent(p -> cwd = p);
            case "fork", "vfork", "clone", "clone3" -> inherited.put((int) c.result(), cwd);
            default -> {
            }
        }
    }

    private static String key(FdOrigins.Origin o) {
        return o.lineage() + "/" + o.label();
    }
}
