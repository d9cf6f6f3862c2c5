package dev.jtrace.replay;

import dev.jtrace.format.Capture;
import dev.jtrace.format.Stop;
import dev.jtrace.format.StopSink;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.TraceReader;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.record.RecordException;
import dev.jtrace.record.RecordOptions;
import dev.jtrace.record.Recorder;
import dev.jtrace.record.RecordingMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A recorded trace as a queryable object: its tasks and their system calls. Made by {@link #load(Path)} from
 * a trace file or by {@link #record(String...)}, which runs a command under the recorder (with -f) first.
 *
 * <pre>{@code
 * Trace t = Trace.record("ls", "-l");
 * assertTrue(t.pathsOpened().contains("."));
 * assertEquals(0, t.exitStatus());
 * }</pre>
 */
public final class Trace {
    private static final Set<String> OPENS = Set.of("open", "openat", "openat2", "creat");
    private static final Set<String> WRITES = Set.of("write", "pwrite64", "send", "sendto");
    private static final Set<String> VECTOR_WRITES = Set.of("writev", "pwritev", "pwritev2");

    private final TraceMetadata metadata;
    private final List<TracedTask> tasks;

    private Trace(TraceMetadata metadata, List<TracedTask> tasks) {
        this.metadata = metadata;
        this.tasks = List.copyOf(tasks);
    }

    /** Reads a trace file. A damaged file is read up to the damage. */
    public static Trace load(Path file) throws IOException {
        try (TraceReader reader = TraceReader.open(file)) {
            return of(reader.metadata(), reader);
        }
    }

    /** A trace of these stops. */
    public static Trace of(TraceMetadata metadata, Iterable<? extends Stop> stops) {
        TraceAssembler assembler = new TraceAssembler(SyscallDescriptions.builtIn());
        for (Stop s : stops) {
            assembler.accept(s);
        }
        return new Trace(metadata, assembler.tasks());
    }

    /** Runs {@code command} (PATH is searched) under the recorder, following its children, and returns its trace. */
    public static Trace record(String... command) throws RecordException {
        return record(List.of(command));
    }

    /** As {@link #record(String...)}. */
    public static Trace record(List<String> command) throws RecordException {
        RecordOptions options = RecordOptions.launch(command, true, RecordOptions.DEFAULT_SNAP_LENGTH);
        SyscallDescriptions descriptions = SyscallDescriptions.builtIn();
        TraceMetadata metadata = RecordingMetadata.capture(options, descriptions.hash());
        MemorySink sink = new MemorySink();
        new Recorder(options, descriptions.capturePlanner(options.snapLength()), sink).run();
        return of(metadata, sink.stops);
    }

    public TraceMetadata metadata() {
        return metadata;
    }

    /** Every task, parents before children (see {@link TracedTask#lineage()}). */
    public List<TracedTask> tasks() {
        return tasks;
    }

    /** The first task: the launched command, or the first attached process. */
    public TracedTask root() {
        if (tasks.isEmpty()) {
            throw new IllegalStateException("the trace has no task");
        }
        return tasks.get(0);
    }

    /** The launched command's exit status: its exit code, or 128 + the signal that killed it; -1 if unseen. */
    public int exitStatus() {
        Optional<TaskExit> end = tasks.isEmpty() ? Optional.empty() : root().end();
        return end.map(e -> e.killed() ? 128 + e.status() : e.status()).orElse(-1);
    }

    /** Every call of every task, in the order the recorder saw them begin. */
    public List<Call> calls() {
        List<Call> all = new ArrayList<>();
        tasks.forEach(t -> all.addAll(t.calls()));
        all.sort(Comparator.comparingLong(Trace::startTime));
        return all;
    }

    /** The calls of one syscall name ({@code "openat"}), in order. */
    public List<Call> calls(String name) {
        return calls().stream().filter(c -> c.name().equals(name)).toList();
    }

    /** How many calls of that name the trace holds. */
    public long count(String name) {
        return tasks.stream().mapToLong(t -> t.calls(name).size()).sum();
    }

    /** Call counts by syscall name, names sorted. */
    public Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        tasks.forEach(t -> t.calls().forEach(c -> m.merge(c.name(), 1L, Long::sum)));
        return m;
    }

    /**
     * The paths given to open, openat, openat2 and creat, as the program passed them (relative ones
     * unresolved), whether the open succeeded or not, in order.
     */
    public List<String> pathsOpened() {
        List<String> paths = new ArrayList<>();
        for (Call c : calls()) {
            if (OPENS.contains(c.name())) {
                c.stringArg(pathArgument(c.name())).ifPresent(paths::add);
            }
        }
        return paths;
    }

    /** The paths given to open-like calls that succeeded. */
    public List<String> pathsOpenedSuccessfully() {
        List<String> paths = new ArrayList<>();
        for (Call c : calls()) {
            if (OPENS.contains(c.name()) && c.succeeded()) {
                c.stringArg(pathArgument(c.name())).ifPresent(paths::add);
            }
        }
        return paths;
    }

    /**
     * The bytes every task wrote to file descriptor {@code fd} (write, pwrite64, writev, send, sendto...), in
     * order; only as much as the recorder captured (the snap length cuts long buffers).
     */
    public byte[] bytesWritten(int fd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Call c : calls()) {
            if (c.arg(0) != fd || !c.succeeded()) {
                continue;
            }
            long left = c.result();
            if (WRITES.contains(c.name())) {
                long n = left;
                c.entryCapture(1).ifPresent(cap -> out.write(cap.data(), 0, (int) Math.min(n, cap.data().length)));
            } else if (VECTOR_WRITES.contains(c.name())) {
                for (Capture cap : c.entry().captures()) {
                    if (cap.arg() == 1 && cap.path().endsWith(".iov_base") && left > 0) {
                        int n = (int) Math.min(left, cap.data().length);
                        out.write(cap.data(), 0, n);
                        left -= Math.max(n, cap.length());
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static int pathArgument(String openName) {
        return openName.equals("open") || openName.equals("creat") ? 0 : 1;
    }

    private static long startTime(Call c) {
        return c.entry() != null ? c.entry().time() : c.exit().time();
    }

    private static final class MemorySink implements StopSink {
        final List<Stop> stops = new ArrayList<>();

        @Override
        public synchronized void accept(Stop stop) {
            stops.add(stop);
        }

        @Override
        public void close() {
        }
    }
}
