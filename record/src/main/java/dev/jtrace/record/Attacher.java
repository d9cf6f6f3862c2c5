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
        String hint = errno == Errno.EPERM
                ? " (is it already being traced, or a kernel thread? see also /proc/sys/kernel/yama/ptrace_scope)"
                : "";
        return new RecordException("attach: pid " + pid + ": " + Errno.message(errno) + hint);
    }
}
