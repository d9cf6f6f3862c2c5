package dev.jtrace.record;

import java.nio.charset.Charset;
import java.util.List;
import jnr.ffi.Pointer;

/** A NULL-terminated {@code char *argv[]} in native memory, with the strings it points to. */
final class NativeArgv {
    private final Pointer block;

    NativeArgv(List<String> strings) {
        Charset cs = ArgvEncoding.CHARSET;
        byte[][] bytes = new byte[strings.size()][];
        int size = (strings.size() + 1) * 8;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = strings.get(i).getBytes(cs);
            size += bytes[i].length + 1;
        }
        block = Native.allocate(size);
        long strings0 = (bytes.length + 1) * 8L;
        long at = strings0;
        for (int i = 0; i < bytes.length; i++) {
            block.putAddress(8L * i, block.address() + at);
            block.put(at, bytes[i], 0, bytes[i].length);
            at += bytes[i].length + 1;
        }
    }

    Pointer pointer() {
        return block;
    }
}
