package dev.jtrace.replay.export;

import dev.jtrace.format.Capture;
import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.FdOrigins;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.TracedTask;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bytes each task read from each of its input streams (a file, pipe or socket, told apart by the fd's
 * origin), in order: what read, pread64, readv, recvfrom... returned, as far as the recorder captured it.
 */
public final class InputStreams {
    private final SyscallShapes shapes;

    public InputStreams(SyscallShapes shapes) {
        this.shapes = shapes;
    }

    /** The streams by name ({@code root_openat_3_etc_hostname}, {@code root.0_fd0}), in order of first read. */
    public Map<String, byte[]> of(Trace trace) {
        Map<String, ByteArrayOutputStream> streams = new LinkedHashMap<>();
        FdOrigins.Registry registry = FdOrigins.registry();
        for (TracedTask task : trace.tasks()) {
            FdOrigins fds = registry.forTask(task);
            for (Call c : task.calls()) {
                Optional<SyscallShape> shape = shapes.shape(c.arch(), c.nr());
                shape.ifPresent(s -> read(task, c, s, fds, streams));
                fds.apply(c, shape);
            }
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        streams.forEach((name, bytes) -> out.put(name, bytes.toByteArray()));
        return out;
    }

    private static void read(TracedTask task, Call c, SyscallShape s, FdOrigins fds,
                             Map<String, ByteArrayOutputStream> streams) {
        int fdArg = s.indexOf(ArgKind.FD);
        int buf = s.indexOf(ArgKind.OUT_BUFFER);
        int vec = s.indexOf(ArgKind.OUT_VECTOR);
        if (fdArg < 0 || (buf < 0 && vec < 0) || !c.succeeded() || c.result() <= 0) {
            return;
        }
        ByteArrayOutputStream out = streams.computeIfAbsent(streamName(task, fds, c.arg(fdArg)),
                k -> new ByteArrayOutputStream());
        long left = c.result();
        for (Capture cap : c.exit().captures()) {
            boolean data = buf >= 0 ? cap.arg() == buf && cap.path().isEmpty()
                    : cap.arg() == vec && cap.path().endsWith(".iov_base");
            if (data && left > 0) {
                int n = (int) Math.min(left, cap.data().length);
                out.write(cap.data(), 0, n);
                left -= n;
            }
        }
    }

    private static String streamName(TracedTask task, FdOrigins fds, long fd) {
        String name = fds.of(fd).map(o -> (o.lineage().equals(task.lineageName()) ? "" : o.lineage() + "_")
                        + o.label() + o.path().map(p -> "_" + p).orElse(""))
                .orElse("fd" + (int) fd);
        return sanitize(task.lineageName() + "_" + name);
    }

    static String sanitize(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
