package dev.jtrace.record;

import java.util.HashMap;
import java.util.Map;
import jnr.ffi.Pointer;

/**
 * Reads a traced thread's CPU time in nanoseconds: the first field of /proc/TID/schedstat (time spent
 * on a CPU, user and system together, as the scheduler accounts it). Each thread's file is opened once
 * and re-read with pread at offset 0 (the kernel formats the line afresh on every read); {@link #forget}
 * closes it when the thread is gone.
 *
 * <p>Between a syscall-entry stop and its exit stop the thread runs only in the kernel, so the
 * difference of the two readings is the call's system time, including the kernel's own ptrace stop
 * bookkeeping (entering and leaving the stops), but not the time the thread waited for the tracer.
 * A perf task-clock counter per thread was measured too: its read is cheaper, but it makes every context
 * switch of the tracee dearer, and a ptrace stop is two of them; it cost more than schedstat overall.
 * Not thread-safe: the tracer thread is its only user.
 */
final class TaskClock implements AutoCloseable {
    /** What {@link #cpuNs} returns when the time cannot be read (the stop model's "not recorded"). */
    static final long UNKNOWN = -1;
    private static final int BUFFER_SIZE = 64;
    private static final int NOT_OPENABLE = -1;

    private final ProcFileCalls c = ProcFileCalls.LIBC;
    private final Map<Integer, Integer> fds = new HashMap<>();
    private final Pointer buffer = Native.allocate(BUFFER_SIZE);
    private final byte[] bytes = new byte[BUFFER_SIZE];

    /** The thread's CPU time in ns, or {@link #UNKNOWN}. */
    long cpuNs(int tid) {
        Integer fd = fds.get(tid);
        if (fd == null) {
            fd = c.open("/proc/" + tid + "/schedstat", ProcFileCalls.O_RDONLY_CLOEXEC);
            fds.put(tid, fd < 0 ? NOT_OPENABLE : fd);
        }
        if (fd < 0) {
            return UNKNOWN;
        }
        long n = c.pread(fd, buffer, BUFFER_SIZE, 0);
        if (n <= 0) {
            return UNKNOWN;
        }
        buffer.get(0, bytes, 0, (int) n);
        return firstField(bytes, (int) n);
    }

    /** The thread is gone (or changed identity at exec): close its file. */
    void forget(int tid) {
        Integer fd = fds.remove(tid);
        if (fd != null && fd >= 0) {
            c.close(fd);
        }
    }

    @Override
    public void close() {
        for (int fd : fds.values()) {
            if (fd >= 0) {
                c.close(fd);
            }
        }
        fds.clear();
    }

    /** The leading decimal number of schedstat's "RUN_NS WAIT_NS SLICES" line, or UNKNOWN. */
    static long firstField(byte[] text, int length) {
        long value = 0;
        int i = 0;
        for (; i < length && text[i] >= '0' && text[i] <= '9'; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return i == 0 ? UNKNOWN : value;
    }
}
