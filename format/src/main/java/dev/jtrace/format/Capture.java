package dev.jtrace.format;

import java.util.Arrays;

/**
 * Memory of the tracee captured at a syscall stop.
 *
 * @param arg     the syscall argument (0..5) whose pointer leads to this memory
 * @param path    where inside that argument: {@code ""} for the memory the argument points to,
 *                otherwise a path such as {@code "[2]"} (element 2 of an array of pointers, e.g. argv)
 *                or {@code "[0].iov_base"} (a pointer field of an element of an array of structs)
 * @param address the tracee address the bytes were read from
 * @param data    the bytes read (at most the snap length; for strings, without the terminating NUL)
 * @param length  the full length of the object in the tracee; {@code data.length} when it was not cut,
 *                {@code -1} when unknown (a string with no NUL within the snap length)
 * @param errno   0 when the read succeeded, otherwise the errno of the failed read (e.g. EFAULT);
 *                {@code data} then holds whatever was read before the failure
 */
public record Capture(int arg, String path, long address, byte[] data, long length, int errno) {
    public Capture {
        if (path == null || data == null) {
            throw new NullPointerException("path and data are required");
        }
    }

    /** True when the object is longer than what was captured (cut at the snap length). */
    public boolean truncated() {
        return length < 0 || length > data.length;
    }

    /** True when the memory could be read (possibly only in part). */
    public boolean readable() {
        return errno == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capture c && arg == c.arg && path.equals(c.path) && address == c.address
                && Arrays.equals(data, c.data) && length == c.length && errno == c.errno;
    }

    @Override
    public int hashCode() {
        return ((arg * 31 + path.hashCode()) * 31 + Long.hashCode(address)) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Capture[arg=" + arg + ", path=" + path + ", address=0x" + Long.toHexString(address)
                + ", " + data.length + " bytes, length=" + length + ", errno=" + errno + "]";
    }
}
