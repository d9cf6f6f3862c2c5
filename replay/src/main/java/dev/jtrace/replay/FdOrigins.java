package dev.jtrace.replay;

import dev.jtrace.format.Capture;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each open fd of one task came from: which of the task's calls created it. Fd numbers differ
 * between runs and hosts; origins do not, so diff compares, and export and replay remap, fds by origin.
 * Fds a task inherited keep their creator's origin (from the parent); fds that were open when the
 * recording began have no origin and are known by their number.
 */
public final class FdOrigins {
    private static final Set<String> CREATES_TASK = Set.of("fork", "vfork", "clone", "clone3");
    private static final Set<String> DUPLICATES = Set.of("dup", "dup2", "dup3");
    private static final int F_DUPFD = 0;
    private static final int F_DUPFD_CLOEXEC = 1030;

    /**
     * The origin of an fd.
     *
     * @param label   {@code openat#2}: the creating call's name and its rank among the task's fd-creating
     *                calls, with {@code [0]}/{@code [1]} for the two fds of pipe or socketpair
     * @param lineage the lineage name of the task that made the creating call
     * @param call    the creating call's index in that task
     * @param slot    0, or 1 for the second fd of a pair
     * @param path    the path the creating call opened, when it took one
     */
    public record Origin(String label, String lineage, int call, int slot, Optional<String> path) {
    }

    private final Map<Integer, Origin> open;
    private final Map<Integer, FdOrigins> children;
    private final String lineage;
    private int created;

    private FdOrigins(String lineage, Map<Integer, Origin> open, Map<Integer, FdOrigins> children) {
        this.lineage = lineage;
        this.open = open;
        this.children = children;
    }

    /** The fd tables of a whole trace: hands each task the fds it inherited. */
    public static final class Registry {
        private final Map<Integer, FdOrigins> inherited = new HashMap<>();

        /** The fds of a task as it starts (the tasks must be visited parents first, as Trace.tasks() lists them). */
        public FdOrigins forTask(TracedTask task) {
            FdOrigins parentCopy = inherited.remove(task.tid());
            Map<Integer, Origin> start = parentCopy != null ? parentCopy.open : new HashMap<>();
            return new FdOrigins(task.lineageName(), start, inherited);
        }
    }

    public static Registry registry() {
        return new Registry();
    }

    /** The origin of an open fd; empty for an fd the recording never saw created. */
    public Optional<Origin> of(long fd) {
        return Optional.ofNullable(open.get((int) fd));
    }

    /** {@code fd<openat#2>}, {@code fd<0>} for an fd of unknown origin, {@code AT_FDCWD}. */
    public String label(long fd) {
        int n = (int) fd;
        if (n == -100) {
            return "AT_FDCWD";
        }
        Origin o = open.get(n);
        return o != null ? "fd<" + o.label() + ">" : n < 0 ? Integer.toString(n) : "fd<" + n + ">";
    }

    /** Every open fd with a known origin. */
    public Map<Integer, Origin> openFds() {
        return Map.copyOf(open);
    }

    /**
     * Takes in the effect of a call on the fd table once it returned: the fds it created (returned or
     * stored in an fd pair), the fd close closed, and the fds a child created by fork or clone inherits.
     *
     * @return the origins the call created
     */
    public List<Origin> apply(Call c, Optional<SyscallShape> shape) {
        if (!c.succeeded() || shape.isEmpty()) {
            return List.of();
        }
        SyscallShape s = shape.get();
        List<Origin> made = new ArrayList<>();
        Optional<String> path = s.indexOf(ArgKind.PATH) >= 0 ? c.stringArg(s.indexOf(ArgKind.PATH)) : Optional.empty();
        if (duplicates(c)) {
            // A duplicate reads and writes the same open file: it keeps the original's origin.
            Origin original = open.get((int) c.arg(0));
            if (original != null) {
                open.put((int) c.result(), original);
            } else {
                open.remove((int) c.result());
            }
        } else if (s.result() == ArgKind.FD) {
            created++;
            made.add(put((int) c.result(), new Origin(c.name() + "#" + created, lineage, c.index(), 0, path)));
        }
        int pair = s.indexOf(ArgKind.OUT_FD_PAIR);
        if (pair >= 0) {
            Optional<Capture> cap = c.exitCapture(pair);
            if (cap.isPresent() && cap.get().data().length >= 8) {
                created++;
                ByteBuffer b = ByteBuffer.wrap(cap.get().data()).order(ByteOrder.LITTLE_ENDIAN);
                for (int slot = 0; slot < 2; slot++) {
                    String label = c.name() + "#" + created + "[" + slot + "]";
                    made.add(put(b.getInt(4 * slot), new Origin(label, lineage, c.index(), slot, Optional.empty())));
                }
            }
        }
        if (c.name().equals("close")) {
            open.remove((int) c.arg(0));
        }
        if (CREATES_TASK.contains(c.name())) {
            children.put((int) c.result(), new FdOrigins(lineage, new HashMap<>(open), children));
        }
        return made;
    }

    private static boolean duplicates(Call c) {
        return DUPLICATES.contains(c.name())
                || c.name().equals("fcntl") && (c.arg(1) == F_DUPFD || c.arg(1) == F_DUPFD_CLOEXEC);
    }

    /** The two fds a pipe/socketpair call stored, if they were captured. */
    public static Optional<int[]> fdPair(Call c, int arg) {
        return c.exitCapture(arg).filter(cap -> cap.data().length >= 8).map(cap -> {
            ByteBuffer b = ByteBuffer.wrap(cap.data()).order(ByteOrder.LITTLE_ENDIAN);
            return new int[] {b.getInt(0), b.getInt(4)};
        });
    }

    private Origin put(int fd, Origin o) {
        open.put(fd, o);
        return o;
    }
}
