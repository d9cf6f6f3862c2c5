package dev.jtrace.format.syscalls.structs;

/**
 * A field of a laid-out struct: a scalar ({@code kind} set) or a nested struct/union ({@code nested} set), an array
 * of {@code count} of them when {@code array} is true.
 */
public record StructField(String name, FieldKind kind, StructLayout nested, int offset, int count, boolean array) {
    /** Size of one element. */
    public int elementSize(dev.jtrace.format.Arch arch) {
        return kind != null ? kind.size(arch) : (int) nested.size();
    }

    public boolean scalar() {
        return kind != null;
    }
}
