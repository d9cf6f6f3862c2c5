package dev.jtrace.format.syscalls;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** A tracee address space made of byte regions; reads outside them fail with EFAULT as process_vm_readv does. */
public final class FakeMemory implements RemoteMemory {
    private final TreeMap<Long, byte[]> regions = new TreeMap<>();

    public FakeMemory put(long address, byte[] bytes) {
        regions.put(address, bytes);
        return this;
    }

    /** A NUL-terminated string. */
    public FakeMemory string(long address, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return put(address, z);
    }

    /** Little-endian 64-bit words. */
    public FakeMemory words(long address, long... words) {
        ByteBuffer b = ByteBuffer.allocate(8 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : words) {
            b.putLong(w);
        }
        return put(address, b.array());
    }

    /** Little-endian 32-bit ints. */
    public FakeMemory ints(long address, int... ints) {
        ByteBuffer b = ByteBuffer.allocate(4 * ints.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : ints) {
            b.putInt(w);
        }
        return put(address, b.array());
    }

    @Override
    public int read(long address, byte[] buffer, int offset, int length) {
        int done = 0;
        while (done < length) {
            Map.Entry<Long, byte[]> r = regions.floorEntry(address + done);
            if (r == null || address + done >= r.getKey() + r.getValue().length) {
                return done == 0 ? -14 : done;
            }
            int from = (int) (address + done - r.getKey());
            int n = Math.min(length - done, r.getValue().length - from);
            System.arraycopy(r.getValue(), from, buffer, offset + done, n);
            done += n;
        }
        return done;
    }
}
