package dev.jtrace.record;

import java.util.HashMap;
import java.util.Map;
import jnr.ffi.Pointer;

/**
 * Reads a traced thread's CPU time in nanoseconds (user and system time together, as the scheduler
 * accounts it). Each thread gets a counter opened once and read at every syscall stop: a perf
 * software task-clock event attached to the thread (an 8-byte read, ~1 µs), or, where perf events are
 * not allowed, /proc/TID/schedstat re-read with pread at offset 0 (its first field; ~3 µs, as the
 * kernel formats the text on every read). The perf count starts at zero when opened; it is offset by
 * the schedstat reading of that moment so that both give the time since the thread started.
 * {@link #forget} closes a thread's counter when it is gone.
 *
 * <p>Between a syscall-entry stop and its exit stop the thread runs only in the kernel, so the
 * difference of the two readings is the call's system time, including the kernel's own ptrace stop
 * bookkeeping (entering and leaving the stops), but not the time the thread waited for the tracer.
 * Not thread-safe: the tracer thread is its only user.
 */
final class TaskClock implements AutoCloseable {
    /** What {@link #cpuNs} returns when the time cannot be read (the stop model's "not recorded"). */
    static final long UNKNOWN = -1;
    private static final int BUFFER_SIZE = 64;
    private static final int PERF_ATTR_SIZE = 112; // PERF_ATTR_SIZE_VER5: any published size is accepted
    private static final int PERF_TYPE_SOFTWARE = 1;
    private static final int PERF_COUNT_SW_TASK_CLOCK = 1;
    private static final long PERF_FLAG_FD_CLOEXEC = 8;
    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int ENOSYS = 38;
    /** {@code -Djtrace.cpu.clock=schedstat} skips perf events (to compare the two, or where perf misbehaves). */
    private static final String CLOCK_PROPERTY = "jtrace.cpu.clock";

    /** One thread's open counter. */
    private record Counter(int fd, boolean perf, long base) {
        static final Counter NONE = new Counter(-1, false, 0);
    }

    private final CpuClockCalls c = CpuClockCalls.LIBC;
    private final Map<Integer, Counter> counters = new HashMap<>();
    private final Pointer buffer = Native.allocate(BUFFER_SIZE);
    private final Pointer attr = Native.allocate(PERF_ATTR_SIZE);
    private final byte[] bytes = new byte[BUFFER_SIZE];
    private boolean perfRefused;

    /** A clock that prefers perf events unless the system property says schedstat. */
    static TaskClock create() {
        return new TaskClock(!"schedstat".equals(System.getProperty(CLOCK_PROPERTY)));
    }

    /** @param tryPerf whether to try perf events before schedstat */
    TaskClock(boolean tryPerf) {
        perfRefused = !tryPerf;
        attr.putInt(0, PERF_TYPE_SOFTWARE);
        attr.putInt(4, PERF_ATTR_SIZE);
        attr.putLong(8, PERF_COUNT_SW_TASK_CLOCK); // everything else zero: enabled, user and kernel time
    }

    /** The thread's CPU time in ns, or {@link #UNKNOWN}. */
    long cpuNs(int tid) {
        Counter counter = counters.get(tid);
        if (counter == null) {
            counter = open(tid);
            counters.put(tid, counter);
        }
        if (counter.fd < 0) {
            return UNKNOWN;
        }
        long value = counter.perf ? perfCount(counter.fd) : schedstat(counter.fd);
        return value < 0 ? UNKNOWN : counter.base + value;
    }

    /** The thread is gone (or changed identity at exec): close its counter. */
    void forget(int tid) {
        Counter counter = counters.remove(tid);
        if (counter != null && counter.fd >= 0) {
            c.close(counter.fd);
        }
    }

    @Override
    public void close() {
        for (Counter counter : counters.values()) {
            if (counter.fd >= 0) {
                c.close(counter.fd);
            }
        }
        counters.clear();
    }

    private Counter open(int tid) {
        int stat = c.open("/proc/" + tid + "/schedstat", CpuClockCalls.O_RDONLY_CLOEXEC);
        if (!perfRefused) {
            int perf = (int) c.syscall(CpuClockCalls.SYS_PERF_EVENT_OPEN, attr, tid, -1, -1, PERF_FLAG_FD_CLOEXEC);
            if (perf >= 0) {
                long since = stat >= 0 ? schedstat(stat) : 0;
                long count = perfCount(perf);
                if (stat >= 0) {
                    c.close(stat);
                }
                return new Counter(perf, true, Math.max(0, since) - Math.max(0, count));
            }
            int errno = Native.errno();
            perfRefused = errno == Errno.EPERM || errno == EACCES || errno == ENOSYS || errno == ENOENT;
        }
        return stat >= 0 ? new Counter(stat, false, 0) : Counter.NONE;
    }

    private long perfCount(int fd) {
        return c.read(fd, buffer, 8) == 8 ? buffer.getLong(0) : UNKNOWN;
    }

    private long schedstat(int fd) {
        long n = c.pread(fd, buffer, BUFFER_SIZE, 0);
        if (n <= 0) {
            return UNKNOWN;
        }
        buffer.get(0, bytes, 0, (int) n);
        return firstField(bytes, (int) n);
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
