package dev.jtrace.record;

import jnr.ffi.Pointer;

/** The C library calls {@link TaskClock} reads CPU time with (public for JNR only). */
public interface CpuClockCalls {
    int O_RDONLY_CLOEXEC = 0x80000;
    long SYS_PERF_EVENT_OPEN = 298;

    int open(String path, int flags);

    long pread(int fd, Pointer buf, long count, long offset);

    long read(int fd, Pointer buf, long count);

    int close(int fd);

    /** perf_event_open(attr, pid, cpu, group_fd, flags), which the C library has no wrapper for. */
    long syscall(long number, Pointer attr, int pid, int cpu, int groupFd, long flags);

    CpuClockCalls LIBC = Native.library(CpuClockCalls.class);
}
