package dev.jtrace.replay.engine;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Errnos;
import dev.jtrace.record.inject.HostException;
import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.TraceWalk;
import dev.jtrace.replay.TracedTask;
import dev.jtrace.replay.diff.NormalizedCall;
import dev.jtrace.replay.diff.TraceDiff;
import dev.jtrace.replay.export.ExportArg;
import dev.jtrace.replay.export.ExportPlan;
import dev.jtrace.replay.export.ExportPlanner;
import dev.jtrace.replay.export.PlannedCall;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-executes a trace's calls in sandboxed host processes (one per recorded task, see {@link SandboxedHost}),
 * in the order they were recorded, after creating the files the trace shows existed ({@link InitialState})
 * in the root. Each call is re-executed, emulated or skipped as {@link ReplayClassifier} says; fds are
 * remapped by the call that created them, mmap'ed addresses by the mmap that returned them, paths stay
 * inside the root. Replayed calls run in the hosts, never in the JVM.
 *
 * <p>Every host is driven from the calling thread (ptrace's rule); hosts are killed when replay returns.
 */
public final class Replayer {
    private static final int MMAP = 9;
    private static final int MUNMAP = 11;
    private static final int CLOSE = 3;
    private static final int POLL = 7;
    private static final int FCNTL = 72;
    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int FD_CLOEXEC = 1;
    private static final int POLLIN = 1;
    private static final int POLLOUT = 4;
    private static final long CLOSE_RANGE_CLOEXEC = 4;
    private static final int PIDFD_OPEN = 434;
    private static final int PIDFD_GETFD = 438;
    private static final java.util.Set<String> CREATES_TASK = java.util.Set.of("fork", "vfork", "clone", "clone3");
    private static final int F_DUPFD = 0;
    private static final int F_DUPFD_CLOEXEC = 1030;

    private final SyscallShapes shapes;
    private final ReplayClassifier classifier = new ReplayClassifier();

    public Replayer(SyscallShapes shapes) {
        this.shapes = shapes;
    }

    /** Replays; a host that cannot be started or driven ends the replay with a HostException. */
    public ReplayReport replay(Trace trace, ReplayOptions options) throws IOException, HostException {
        Files.createDirectories(options.root());
        InitialState.materialize(InitialState.of(trace, shapes), options.root());
        Run run = new Run(trace, options);
        try {
            TraceWalk.walk(trace, shapes, step -> {
                try {
                    run.call(step);
                } catch (HostException e) {
                    throw new Failure(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Failure(new HostException("interrupted"));
                }
            });
        } catch (Failure f) {
            throw f.cause;
        } finally {
            run.hosts.values().forEach(TaskHost::close);
        }
        return new ReplayReport(run.divergences, run.replayed, run.emulated, run.skipped);
    }

    private static final class Failure extends RuntimeException {
        final HostException cause;

        Failure(HostException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    /** A task's host and the task's fds and mappings as they are in the host. */
    private static final class TaskHost {
        final SandboxedHost host;
        final Map<Integer, Long> fds = new HashMap<>();
        final Map<Long, Long> mappings = new HashMap<>();

        TaskHost(SandboxedHost host) {
            this.host = host;
        }

        /** {@code wanted} if no replayed fd uses that number in the host, else a free number from 1000 on. */
        long freeFd(int wanted) {
            long n = wanted;
            while (fds.containsValue(n)) {
                n = n < 1000 ? 1000 : n + 1;
            }
            return n;
        }

        void close() {
            host.close();
        }
    }

    private final class Run {
        final ReplayOptions options;
        final Map<String, ExportPlan> plans = new HashMap<>();
        final Map<Call, String> texts = new IdentityHashMap<>();
        final Map<Integer, TaskHost> hosts = new HashMap<>();
        final java.util.Set<Integer> traced = new java.util.HashSet<>();
        final List<ReplayDivergence> divergences = new ArrayList<>();
        final Map<String, Long> emulated = new HashMap<>();
        final Map<String, Long> skipped = new HashMap<>();
        long replayed;
        long lastTime = -1;

        Run(Trace trace, ReplayOptions options) {
            this.options = options;
            ExportPlanner planner = new ExportPlanner(shapes);
            for (TracedTask t : trace.tasks()) {
                plans.put(t.lineageName(), planner.plan(trace, t.lineageName()));
                traced.add(t.tid());
            }
            for (List<NormalizedCall> calls : new TraceDiff(shapes, c -> true, 0).normalizedCalls(trace).values()) {
                calls.forEach(n -> texts.put(n.call(), n.text()));
            }
        }

        void call(TraceWalk.Step step) throws HostException, InterruptedException {
            Call c = step.call();
            if (options.pid() != 0 && c.tid() != options.pid()) {
                skipped.merge(c.name(), 1L, Long::sum);
                return;
            }
            pace(c);
            PlannedCall p = plans.get(step.task().lineageName()).calls().get(c.index());
            SyscallShape s = step.shape().orElse(null);
            ReplayClass cls = classifier.classify(c, s, p);
            if (cls == ReplayClass.NEVER) {
                skipped.merge(c.name(), 1L, Long::sum);
                if (c.succeeded() && (c.name().equals("execve") || c.name().equals("execveat"))) {
                    afterExec(step);
                } else if (c.succeeded() && CREATES_TASK.contains(c.name())) {
                    inherit(step, (int) c.result());
                } else if (c.name().equals("exit_group") || c.name().equals("exit")) {
                    afterExit(step);
                }
            } else if (cls == ReplayClass.EMULATE || !execute(step, p)) {
                emulated.merge(c.name(), 1L, Long::sum);
            } else {
                replayed++;
            }
        }

        private void pace(Call c) throws InterruptedException {
            if (options.speed() <= 0 || c.entry() == null) {
                return;
            }
            long t = c.entry().time();
            if (lastTime >= 0 && t > lastTime) {
                long ns = (long) ((t - lastTime) / options.speed());
                Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000));
            }
            lastTime = t;
        }

        /** Re-executes the call; false when it turns out it cannot be (an fd or address the replay never made). */
        private boolean execute(TraceWalk.Step step, PlannedCall p) throws HostException {
            Call c = step.call();
            if (c.name().equals("mmap") || c.name().equals("munmap")) {
                return memory(step);
            }
            if (c.name().equals("close_range")) {
                return closeRange(step);
            }
            TaskHost h = host(step);
            if (wouldBlock(step, p, h)) {
                divergences.add(new ReplayDivergence(step.task().lineageName(), step.task().tid(), c.index(),
                        texts.getOrDefault(c, c.name()), outcome(c.errno() != 0, c.errno(), c.result(), p),
                        "would block (not run)"));
                return true;
            }
            long size = 0;
            for (ExportArg a : p.args()) {
                size += footprint(a);
            }
            long base = h.host.scratch(size);
            long at = base;
            long[] args = new long[p.args().size()];
            Map<Integer, Long> outAt = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                ExportArg a = p.args().get(i);
                if (a instanceof ExportArg.Literal l) {
                    args[i] = l.value();
                } else if (a instanceof ExportArg.Null) {
                    args[i] = 0;
                } else if (a instanceof ExportArg.Fd f) {
                    Long fd = h.fds.get((int) f.recorded());
                    if (fd == null && i == 1 && (c.name().equals("dup2") || c.name().equals("dup3"))) {
                        fd = h.freeFd((int) f.recorded());     // the target of dup2 is a number, not an open fd
                    }
                    if (fd == null) {
                        return false;
                    }
                    args[i] = fd;
                } else if (a instanceof ExportArg.Data d) {
                    byte[] bytes = bytes(d);
                    if (p.shape().arg(i) == ArgKind.PATH && !h.host.chrooted) {
                        Optional<String> resolved = step.path(i);
                        if (resolved.isEmpty()) {
                            return false;
                        }
                        byte[] inRoot = InitialState.inRoot(h.host.root, resolved.get()).toString()
                                .getBytes(StandardCharsets.UTF_8);
                        bytes = bytes(new ExportArg.Data(inRoot, inRoot.length, true));
                    }
                    h.host.host.write(at, bytes);
                    args[i] = at;
                    at += align(bytes.length);
                } else if (a instanceof ExportArg.Scratch sc) {
                    args[i] = at;
                    outAt.put(i, at);
                    at += align(sc.size());
                } else if (a instanceof ExportArg.FdPairOut) {
                    args[i] = at;
                    outAt.put(i, at);
                    at += 16;
                } else if (a instanceof ExportArg.Vector v) {
                    ByteBuffer iov = ByteBuffer.allocate(16 * v.buffers().size()).order(ByteOrder.LITTLE_ENDIAN);
                    for (ExportArg.Data d : v.buffers()) {
                        byte[] bytes = bytes(d);
                        h.host.host.write(at, bytes);
                        iov.putLong(at).putLong(d.size());
                        at += align(bytes.length);
                    }
                    h.host.host.write(at, iov.array());
                    args[i] = at;
                    at += align(iov.capacity());
                }
            }
            long r = h.host.host.syscall(c.nr(), args);
            compare(step, p, h, r, outAt);
            track(c, p, h, r, outAt);
            return true;
        }

        private void compare(TraceWalk.Step step, PlannedCall p, TaskHost h, long r, Map<Integer, Long> outAt)
                throws HostException {
            Call c = step.call();
            boolean failed = r < 0 && r > -4096;
            String recorded = outcome(c.errno() != 0, c.errno(), c.result(), p);
            String replayed = outcome(failed, (int) -r, r, p);
            String why = null;
            if (failed != (c.errno() != 0) || failed && c.errno() != -r) {
                why = replayed;
            } else if (!failed && p.resultIsValue() && r != c.result()) {
                why = replayed;
            } else if (!failed) {
                int out = p.shape().indexOf(ArgKind.OUT_BUFFER);
                Optional<Capture> cap = out >= 0 ? c.exitCapture(out) : Optional.empty();
                if (cap.isPresent() && outAt.containsKey(out)) {
                    int n = (int) Math.min(cap.get().data().length, r);
                    byte[] got = h.host.host.read(outAt.get(out), n);
                    if (!Arrays.equals(got, 0, n, cap.get().data(), 0, n)) {
                        why = replayed + " with other data";
                    }
                }
            }
            if (why != null) {
                divergences.add(new ReplayDivergence(step.task().lineageName(), step.task().tid(), c.index(),
                        texts.getOrDefault(c, c.name()), recorded, why));
            }
        }

        /** Keeps the recorded-fd to host-fd table up to date. */
        private void track(Call c, PlannedCall p, TaskHost h, long r, Map<Integer, Long> outAt) throws HostException {
            if (r < 0 || c.errno() != 0) {
                return;
            }
            boolean dupfd = c.name().equals("fcntl") && (c.arg(1) == F_DUPFD || c.arg(1) == F_DUPFD_CLOEXEC);
            if (p.resultIsFd() || dupfd) {
                h.fds.put((int) c.result(), r);
            }
            int pair = p.shape().indexOf(ArgKind.OUT_FD_PAIR);
            if (pair >= 0 && outAt.containsKey(pair)) {
                Optional<int[]> recorded = dev.jtrace.replay.FdOrigins.fdPair(c, pair);
                ByteBuffer got = ByteBuffer.wrap(h.host.host.read(outAt.get(pair), 8)).order(ByteOrder.LITTLE_ENDIAN);
                recorded.ifPresent(fds -> {
                    h.fds.put(fds[0], (long) got.getInt(0));
                    h.fds.put(fds[1], (long) got.getInt(4));
                });
            }
            if (c.name().equals("close")) {
                h.fds.remove((int) c.arg(0));
            }
        }

        /**
         * Whether a read or write on a replayed fd would block in the host (an empty pipe whose writer is
         * still open, a full pipe): the recording did not, so it is a divergence, and running it would hang.
         */
        private boolean wouldBlock(TraceWalk.Step step, PlannedCall p, TaskHost h) throws HostException {
            SyscallShape s = p.shape();
            int fdArg = s.indexOf(ArgKind.FD);
            boolean reads = s.indexOf(ArgKind.OUT_BUFFER) >= 0 || s.indexOf(ArgKind.OUT_VECTOR) >= 0;
            boolean writes = s.indexOf(ArgKind.IN_BUFFER) >= 0 || s.indexOf(ArgKind.IN_VECTOR) >= 0;
            Long fd = fdArg < 0 ? null : h.fds.get((int) step.call().arg(fdArg));
            if (fd == null || !(reads || writes)) {
                return false;
            }
            long pollfd = h.host.scratch(16);
            short events = (short) (reads ? POLLIN : POLLOUT);
            h.host.host.write(pollfd, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(fd.intValue()).putShort(events).putShort((short) 0).array());
            long ready = h.host.host.syscall(POLL, pollfd, 1, 0);
            return ready == 0;
        }

        /** close_range on the recorded numbers: closes (or marks close-on-exec) the host fds they map to. */
        private boolean closeRange(TraceWalk.Step step) throws HostException {
            Call c = step.call();
            TaskHost h = host(step);
            long first = c.arg(0) & 0xffffffffL;
            long last = c.arg(1) & 0xffffffffL;
            boolean cloexec = (c.arg(2) & CLOSE_RANGE_CLOEXEC) != 0;
            for (Map.Entry<Integer, Long> e : new ArrayList<>(h.fds.entrySet())) {
                if (e.getKey() >= first && e.getKey() <= last) {
                    if (cloexec) {
                        h.host.host.syscall(FCNTL, e.getValue(), F_SETFD, FD_CLOEXEC);
                    } else {
                        h.host.host.syscall(CLOSE, e.getValue());
                        h.fds.remove(e.getKey());
                    }
                }
            }
            return true;
        }

        /**
         * A fork or clone: the child's host starts now, in the parent's working directory, with duplicates
         * (pidfd_getfd) of the fds the parent's host holds, so that both share the open files as they did.
         */
        private void inherit(TraceWalk.Step step, int childTid) throws HostException {
            TaskHost parent = hosts.get(step.task().tid());
            if (parent == null || parent.fds.isEmpty() || !traced.contains(childTid) || hosts.containsKey(childTid)
                    || options.pid() != 0 && childTid != options.pid()) {
                return;
            }
            TaskHost child = new TaskHost(SandboxedHost.start(options.root(), options.chroot(), step.paths().cwd()));
            hosts.put(childTid, child);
            long pidfd = child.host.host.syscall(PIDFD_OPEN, parent.host.host.pid(), 0);
            if (pidfd < 0) {
                return;
            }
            for (Map.Entry<Integer, Long> e : parent.fds.entrySet()) {
                long fd = child.host.host.syscall(PIDFD_GETFD, pidfd, e.getValue(), 0);
                if (fd >= 0) {
                    child.fds.put(e.getKey(), fd);
                }
            }
            child.host.host.syscall(CLOSE, pidfd);
        }

        /** The task ended: its fds close (a pipe's reader then sees end of file). */
        private void afterExit(TraceWalk.Step step) throws HostException {
            TaskHost h = hosts.get(step.task().tid());
            if (h != null) {
                for (long fd : h.fds.values()) {
                    h.host.host.syscall(CLOSE, fd);
                }
                h.fds.clear();
            }
        }

        /** A successful exec closed the task's close-on-exec fds and replaced its memory: so in the host. */
        private void afterExec(TraceWalk.Step step) throws HostException {
            TaskHost h = hosts.get(step.task().tid());
            if (h == null) {
                return;
            }
            for (Map.Entry<Integer, Long> e : new ArrayList<>(h.fds.entrySet())) {
                long flags = h.host.host.syscall(FCNTL, e.getValue(), F_GETFD, 0);
                if (flags >= 0 && (flags & FD_CLOEXEC) != 0) {
                    h.host.host.syscall(CLOSE, e.getValue());
                    h.fds.remove(e.getKey());
                }
            }
            h.mappings.clear();
        }

        /** Anonymous mmap without MAP_FIXED, and munmap of what such an mmap returned. */
        private boolean memory(TraceWalk.Step step) throws HostException {
            Call c = step.call();
            TaskHost h = host(step);
            if (c.name().equals("munmap")) {
                Long addr = h.mappings.get(c.arg(0));
                if (addr == null) {
                    return false;
                }
                long r = h.host.host.syscall(MUNMAP, addr, c.arg(1));
                checkSame(step, r, c.errno() != 0 ? -c.errno() : 0);
                if (r == 0) {
                    h.mappings.remove(c.arg(0));
                }
                return true;
            }
            long r = h.host.host.syscall(MMAP, 0, c.arg(1), c.arg(2), c.arg(3), -1, 0);
            boolean failed = r < 0 && r > -4096;
            checkSame(step, failed ? r : 0, c.errno() != 0 ? -c.errno() : 0);
            if (!failed && c.succeeded()) {
                h.mappings.put(c.result(), r);
            }
            return true;
        }

        private void checkSame(TraceWalk.Step step, long got, long want) {
            if (got != want) {
                Call c = step.call();
                divergences.add(new ReplayDivergence(step.task().lineageName(), step.task().tid(), c.index(),
                        texts.getOrDefault(c, c.name()), errnoText(want), errnoText(got)));
            }
        }

        /** The task's host, started in the task's working directory of the moment (it inherited it). */
        private TaskHost host(TraceWalk.Step step) throws HostException {
            TracedTask task = step.task();
            TaskHost h = hosts.get(task.tid());
            if (h == null) {
                h = new TaskHost(SandboxedHost.start(options.root(), options.chroot(), step.paths().cwd()));
                hosts.put(task.tid(), h);
            }
            return h;
        }
    }

    private static String outcome(boolean failed, int errno, long value, PlannedCall p) {
        if (failed) {
            return "-1 " + Errnos.name(errno);
        }
        return p.resultIsValue() ? Long.toString(value) : p.resultIsFd() ? "an fd" : "success";
    }

    private static String errnoText(long r) {
        return r == 0 ? "success" : "-1 " + Errnos.name((int) -r);
    }

    private static long footprint(ExportArg a) {
        if (a instanceof ExportArg.Data d) {
            return align(d.size() + 1L) + 4096;     // room for a path rewritten into the root
        }
        if (a instanceof ExportArg.Scratch s) {
            return align(s.size());
        }
        if (a instanceof ExportArg.FdPairOut) {
            return 16;
        }
        if (a instanceof ExportArg.Vector v) {
            long n = align(16L * v.buffers().size());
            for (ExportArg.Data d : v.buffers()) {
                n += align(d.size());
            }
            return n;
        }
        return 0;
    }

    private static byte[] bytes(ExportArg.Data d) {
        byte[] b = new byte[d.size() + (d.string() ? 1 : 0)];
        System.arraycopy(d.bytes(), 0, b, 0, Math.min(d.bytes().length, d.size()));
        return b;
    }

    private static long align(long n) {
        return (n + 15) & ~15L;
    }
}
