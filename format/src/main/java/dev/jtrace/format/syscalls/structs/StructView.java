package dev.jtrace.format.syscalls.structs;

import dev.jtrace.format.syscalls.types.StructReader;

/**
 * Captured bytes read as a struct of structs.def, by field name. A field that lies past the end of the bytes throws
 * {@link StructReader.Short}, as the printers expect of a capture that was cut short (the pointer prints instead).
 */
public final class StructView {
    private final StructLayout layout;
    private final byte[] data;
    private final int base;

    StructView(StructLayout layout, byte[] data, int base) {
        this.layout = layout;
        this.data = data;
        this.base = base;
    }

    public StructLayout layout() {
        return layout;
    }

    /** A scalar field (sign- or zero-extended as declared). */
    public long get(String field) {
        return get(field, 0);
    }

    /** Element {@code index} of a scalar array field. */
    public long get(String field, int index) {
        StructField f = scalar(field, index);
        int off = base + f.offset() + index * f.kind().size(layout.arch());
        need(off, f.kind().size(layout.arch()));
        return f.kind().read(data, off, layout.arch());
    }

    /** A nested struct or union field. */
    public StructView struct(String field) {
        return struct(field, 0);
    }

    /** Element {@code index} of an array of structs. */
    public StructView struct(String field, int index) {
        StructField f = layout.field(field);
        if (f.scalar() || index < 0 || index >= f.count()) {
            throw new IllegalArgumentException(layout + ": " + field + "[" + index + "] is not a nested struct");
        }
        int off = base + f.offset() + index * (int) f.nested().size();
        need(off, (int) f.nested().size());
        return new StructView(f.nested(), data, off);
    }

    /**
     * The same bytes as another struct of the same ABI: an arm of an anonymous C union that structs.def gives a
     * block of its own (siginfo's _sigfault holds bounds or a protection key after the address).
     */
    public StructView member(StructLayout other) {
        if (other.arch() != layout.arch()) {
            throw new IllegalArgumentException(other + " is not laid out for " + layout.arch());
        }
        need(base, (int) other.size());
        return new StructView(other, data, base);
    }

    /** The raw bytes of a field (a char array, say). */
    public byte[] bytes(String field) {
        StructField f = layout.field(field);
        int len = f.elementSize(layout.arch()) * f.count();
        int off = base + f.offset();
        need(off, len);
        byte[] b = new byte[len];
        System.arraycopy(data, off, b, 0, len);
        return b;
    }

    /** Whether the captured bytes reach the end of {@code field} (a struct cut short may still have its head). */
    public boolean holds(String field) {
        StructField f = layout.field(field);
        return base + f.offset() + (long) f.elementSize(layout.arch()) * f.count() <= data.length;
    }

    private StructField scalar(String field, int index) {
        StructField f = layout.field(field);
        if (!f.scalar() || index < 0 || index >= f.count()) {
            throw new IllegalArgumentException(layout + ": " + field + "[" + index + "] is not a scalar");
        }
        return f;
    }

    private void need(int off, int len) {
        if (off < 0 || off + len > data.length) {
            throw new StructReader.Short();
        }
    }
}
