package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;

/**
 * Little-endian reads from captured bytes that are not one struct of structs.def (values behind pointers, fd and
 * pointer arrays, bitmaps, variable records); a read past the end throws {@link Short}.
 */
public final class StructReader {
    /** The capture holds fewer bytes than the struct: the pointer is printed instead. */
    public static final class Short extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Short() {
            super(null, null, false, false);
        }
    }

    private final byte[] data;
    private final int word;

    public StructReader(byte[] data, Arch arch) {
        this.data = data;
        this.word = arch == Arch.I386 ? 4 : 8;
    }

    public StructReader(Capture c, Arch arch) {
        this(c.data(), arch);
    }

    public int size() {
        return data.length;
    }

    public int wordSize() {
        return word;
    }

    public byte[] bytes(int off, int len) {
        need(off, len);
        byte[] b = new byte[len];
        System.arraycopy(data, off, b, 0, len);
        return b;
    }

    public int u8(int off) {
        need(off, 1);
        return data[off] & 0xff;
    }

    public int u16(int off) {
        return u8(off) | u8(off + 1) << 8;
    }

    public int s32(int off) {
        need(off, 4);
        return (data[off] & 0xff) | (data[off + 1] & 0xff) << 8 | (data[off + 2] & 0xff) << 16 | data[off + 3] << 24;
    }

    public long u32(int off) {
        return s32(off) & 0xffffffffL;
    }

    public long s64(int off) {
        return u32(off) | ((long) s32(off + 4)) << 32;
    }

    /** An unsigned C long / pointer of the ABI. */
    public long word(int off) {
        return word == 4 ? u32(off) : s64(off);
    }

    /** A signed C long of the ABI. */
    public long sword(int off) {
        return word == 4 ? s32(off) : s64(off);
    }

    private void need(int off, int len) {
        if (off < 0 || off + len > data.length) {
            throw new Short();
        }
    }
}
