package dev.jtrace.format.syscalls.structs;

import dev.jtrace.format.Arch;

/**
 * A scalar field type of structs.def. Its size and alignment depend on the ABI: {@code long}, {@code ulong} and
 * {@code ptr} are 4 bytes on i386, and i386 aligns 64-bit integers to 4 inside structs unless they are declared
 * {@code au64}/{@code as64} (the kernel's {@code __aligned_u64}).
 */
public enum FieldKind {
    S8("s8", 1, true), U8("u8", 1, false), S16("s16", 2, true), U16("u16", 2, false),
    S32("s32", 4, true), U32("u32", 4, false), S64("s64", 8, true), U64("u64", 8, false),
    AS64("as64", 8, true), AU64("au64", 8, false),
    LONG("long", -1, true), ULONG("ulong", -1, false), PTR("ptr", -1, false);

    private final String keyword;
    private final int fixedSize;
    private final boolean signed;

    FieldKind(String keyword, int fixedSize, boolean signed) {
        this.keyword = keyword;
        this.fixedSize = fixedSize;
        this.signed = signed;
    }

    /** The kind a structs.def type word names (C spellings such as {@code int} included), or null. */
    public static FieldKind of(String word) {
        return switch (word) {
            case "char", "s8" -> S8;
            case "uchar", "u8" -> U8;
            case "short", "s16" -> S16;
            case "ushort", "u16" -> U16;
            case "int", "s32" -> S32;
            case "uint", "u32" -> U32;
            case "s64" -> S64;
            case "u64" -> U64;
            case "as64" -> AS64;
            case "au64" -> AU64;
            case "long" -> LONG;
            case "ulong" -> ULONG;
            case "ptr" -> PTR;
            default -> null;
        };
    }

    public String keyword() {
        return keyword;
    }

    public boolean signed() {
        return signed;
    }

    public int size(Arch arch) {
        return fixedSize > 0 ? fixedSize : arch == Arch.I386 ? 4 : 8;
    }

    public int alignment(Arch arch) {
        int size = size(arch);
        boolean packed64 = arch == Arch.I386 && (this == S64 || this == U64);
        return packed64 ? 4 : size;
    }

    /** Reads the field at {@code off} (little-endian), sign- or zero-extended to a long. */
    long read(byte[] data, int off, Arch arch) {
        int size = size(arch);
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (data[off + i] & 0xff);
        }
        if (signed && size < 8) {
            int shift = 64 - 8 * size;
            v = v << shift >> shift;
        }
        return v;
    }

    /** Writes the low {@link #size} bytes of {@code v} at {@code off} (little-endian). */
    void write(byte[] data, int off, Arch arch, long v) {
        for (int i = 0; i < size(arch); i++) {
            data[off + i] = (byte) (v >>> 8 * i);
        }
    }

    /** Brings {@code v} into the field's range, as a C assignment would (truncate, then extend). */
    long normalize(long v, Arch arch) {
        int size = size(arch);
        if (size == 8) {
            return v;
        }
        int shift = 64 - 8 * size;
        return signed ? v << shift >> shift : v << shift >>> shift;
    }
}
