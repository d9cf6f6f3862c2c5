package dev.jtrace.format.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with Avro's binary encoding of primitive values (zig-zag varints, length prefixes). */
public final class AvroBinaryBuffer {
    private byte[] bytes;
    private int size;

    public AvroBinaryBuffer(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    public int size() {
        return size;
    }

    /** The buffer's backing array; bytes {@code [0, size())} are the content. Valid until the next write. */
    public byte[] array() {
        return bytes;
    }

    public void clear() {
        size = 0;
    }

    /** Drops what was written after the first {@code newSize} bytes. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IllegalArgumentException("cannot truncate " + size + " bytes to " + newSize);
        }
        size = newSize;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    public void writeInt(int value) {
        writeLong(value);
    }

    public void writeLong(long value) {
        ensure(10);
        long n = (value << 1) ^ (value >> 63);
        while ((n & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        bytes[size++] = (byte) n;
    }

    public void writeBoolean(boolean value) {
        ensure(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    /** Avro {@code bytes}: the length, then the bytes. */
    public void writeBytes(byte[] value) {
        writeLong(value.length);
        writeFixed(value);
    }

    /** Avro {@code string}: the UTF-8 length, then the UTF-8 bytes. */
    public void writeString(String value) {
        if (value.isEmpty()) {
            writeLong(0);
        } else {
            writeBytes(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Raw bytes, no length (Avro {@code fixed}, or a container file's magic and sync marker). */
    public void writeFixed(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
