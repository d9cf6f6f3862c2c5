package dev.jtrace.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Attaches to every thread of a running process: PTRACE_SEIZE and PTRACE_INTERRUPT each tid in
 * /proc/PID/task, listing again until no new thread shows up (threads may be created meanwhile).
 */
final class Attacher {
    private Attacher() {
    }

    /**
     * Seizes and interrupts every thread of {@code pid} not in {@code traced}, reporting each to
     * {@code onSeized} as soon as it is seized (so a later failure can still detach it).
     */
    static void attach(int pid, int options, Set<Integer> traced, IntConsumer onSeized) throws RecordException {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Integer> tids = threads(pid);
            if (tids.isEmpty() && !any) {
                throw failure(pid, Errno.ESRCH);
            }
            for (int tid : tids) {
                if (traced.contains(tid)) {
                    continue;
                }
                int err = Ptrace.seize(tid, options);
                if (err == Errno.ESRCH && (any || tid != pid)) {
                    continue; // a thread that exited while we were listing
                }
                if (err != 0) {
                    throw failure(pid, err);
                }
                onSeized.accept(tid);
                Ptrace.interrupt(tid);
                any = true;
                changed = true;
            }
        }
    }

    /** The TracerPid of /proc/PID/status, 0 when untraced or unknown. */
    private static int tracerOf(int pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status"))) {
                if (line.startsWith("TracerPid:")) {
                    return Integer.parseInt(line.substring("TracerPid:".length()).trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // unknown
        }
        return 0;
    }

    /** ", strace" for a tracer whose command name is strace; empty when unknown. */
    private static String describe(int pid) {
        try {
            return ", " + Files.readString(Path.of("/proc", Integer.toString(pid), "comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static List<Integer> threads(int pid) throws RecordException {
        List<Integer> tids = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc", Integer.toString(pid), "task"))) {
            s.forEach(p -> tids.add(Integer.parseInt(p.getFileName().toString())));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new RecordException("attach: pid " + pid + ": " + e.getMessage());
        }
        tids.sort(null);
        // The thread group leader first, so that "No such process" is about the pid the user gave.
        if (tids.remove(Integer.valueOf(pid))) {
            tids.add(0, pid);
        }
        return tids;
    }

    private static RecordException failure(int pid, int errno) {
        String hint = "";
        if (errno == Errno.EPERM) {
            int tracer = tracerOf(pid);
            hint = tracer > 0
                    ? " (it is already traced by pid " + tracer + describe(tracer) + ")"
                    : " (a kernel thread, or not permitted: see /proc/sys/kernel/yama/ptrace_scope)";
        }
        return new RecordException("attach: pid " + pid + ": " + Errno.message(errno) + hint);
    }
}
