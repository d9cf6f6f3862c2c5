package dev.jtrace.format.syscalls.structs;

/**
 * A field of a laid-out struct: a scalar ({@code kind} set) or a nested struct/union ({@code nested} set), an array
 * of {@code count} of them when {@code array} is true. {@code bits}: a word of C bit-fields (C has no member of this
 * name; its printer picks the bits out).
 */
public record StructField(String name, FieldKind kind, StructLayout nested, int offset, int count, boolean array,
                          boolean bits) {
    /** Size of one element. */
    public int elementSize(dev.jtrace.format.Arch arch) {
        return kind != null ? kind.size(arch) : (int) nested.size();
    }

    public boolean scalar() {
        return kind != null;
    }
}
