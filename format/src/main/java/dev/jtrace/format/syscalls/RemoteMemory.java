package dev.jtrace.format.syscalls;

/** Read access to a tracee's memory, supplied by the recorder (process_vm_readv). */
public interface RemoteMemory {
    /**
     * Reads up to {@code length} bytes at {@code address} into {@code buffer[offset..]}.
     *
     * @return the number of bytes read (fewer than asked when the range runs into unmapped memory),
     *         or a negative errno (e.g. -EFAULT) when nothing could be read
     */
    int read(long address, byte[] buffer, int offset, int length);
}
