package dev.jtrace.format.syscalls.structs;

import dev.jtrace.format.Arch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One struct or union of structs.def laid out for one ABI by the C rules: each field at the next multiple of its
 * alignment, the size rounded up to the largest alignment (a union's members all at offset 0).
 */
public final class StructLayout {
    private final String name;
    private final Arch arch;
    private final boolean union;
    private final boolean part;
    private final String cType;
    private final String header;
    private final long size;
    private final int alignment;
    private final List<StructField> fields;
    private final Map<String, StructField> byName = new LinkedHashMap<>();

    StructLayout(String name, Arch arch, boolean union, boolean part, String cType, String header, long size,
                 int alignment, List<StructField> fields) {
        this.name = name;
        this.arch = arch;
        this.union = union;
        this.part = part;
        this.cType = cType;
        this.header = header;
        this.size = size;
        this.alignment = alignment;
        this.fields = List.copyOf(fields);
        this.fields.forEach(f -> byName.put(f.name(), f));
    }

    public String name() {
        return name;
    }

    public Arch arch() {
        return arch;
    }

    public boolean union() {
        return union;
    }

    /** True when it mirrors some members of its C type only (sizeof differs). */
    public boolean part() {
        return part;
    }

    /** The C type it mirrors ({@code struct stat64}), or null. */
    public String cType() {
        return cType;
    }

    /** The header that declares {@link #cType} ({@code asm/stat.h}), or null. */
    public String header() {
        return header;
    }

    /** sizeof, in bytes. */
    public long size() {
        return size;
    }

    public int alignment() {
        return alignment;
    }

    public List<StructField> fields() {
        return fields;
    }

    /** The field named {@code fieldName}; throws when there is none (an error in the caller, not the tracee). */
    public StructField field(String fieldName) {
        StructField f = byName.get(fieldName);
        if (f == null) {
            throw new IllegalArgumentException((union ? "union " : "struct ") + name + " has no field " + fieldName);
        }
        return f;
    }

    public boolean has(String fieldName) {
        return byName.containsKey(fieldName);
    }

    public int offset(String fieldName) {
        return field(fieldName).offset();
    }

    /** A view of {@code data} (from offset 0) as this struct. */
    public StructView view(byte[] data) {
        return new StructView(this, data, 0);
    }

    /** A view of the struct that starts at {@code offset} in {@code data} (an array element, a record in a run). */
    public StructView view(byte[] data, int offset) {
        return new StructView(this, data, offset);
    }

    @Override
    public String toString() {
        return (union ? "union " : "struct ") + name + " (" + arch + ", " + size + " bytes)";
    }
}
