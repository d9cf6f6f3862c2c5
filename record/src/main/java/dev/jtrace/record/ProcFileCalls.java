package dev.jtrace.record;

import jnr.ffi.Pointer;

/** The C library's plain file calls, for /proc files kept open and re-read (public for JNR only). */
public interface ProcFileCalls {
    int O_RDONLY_CLOEXEC = 0x80000;

    int open(String path, int flags);

    long pread(int fd, Pointer buf, long count, long offset);

    int close(int fd);

    ProcFileCalls LIBC = Native.library(ProcFileCalls.class);
}
