package dev.jtrace.record;

import dev.jtrace.format.syscalls.RemoteMemory;
import jnr.ffi.Pointer;

/**
 * A tracee's memory read with process_vm_readv through one preallocated native buffer. Not
 * thread-safe: the tracer points it at the task of the current stop with {@link #of(int)}.
 */
final class ProcessVmMemory implements RemoteMemory {
    private static final int CHUNK = 64 * 1024;

    private final Pointer buffer = Native.allocate(CHUNK);
    private final Pointer localIov = Native.allocate(16);
    private final Pointer remoteIov = Native.allocate(16);
    private int pid;

    ProcessVmMemory() {
        localIov.putLong(0, buffer.address());
    }

    /** This reader, now reading the memory of {@code tid}. */
    ProcessVmMemory of(int tid) {
        this.pid = tid;
        return this;
    }

    @Override
    public int read(long address, byte[] dest, int offset, int length) {
        int done = 0;
        while (done < length) {
            int n = Math.min(CHUNK, length - done);
            localIov.putLong(8, n);
            remoteIov.putLong(0, address + done);
            remoteIov.putLong(8, n);
            long got = Native.LIBC.process_vm_readv(pid, localIov, 1, remoteIov, 1, 0);
            if (got < 0) {
                return done > 0 ? done : -Native.errno();
            }
            buffer.get(0, dest, offset + done, (int) got);
            done += (int) got;
            if (got < n) {
                break;
            }
        }
        return done;
    }
}
