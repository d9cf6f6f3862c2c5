package dev.jtrace.format.syscalls.structs;

import dev.jtrace.format.Arch;
import java.util.List;
import java.util.Set;

/**
 * One block of structs.def as written: a struct or union ({@code packed}: without padding, as C's
 * {@code __attribute__((packed))}; {@code part}: it mirrors some members of its C type only, as one command's arm of
 * union bpf_attr), the ABIs it is limited to (empty: every ABI that has no block of its own), the C
 * type and header it mirrors, and its fields in order.
 */
record StructDef(String name, boolean union, boolean packed, boolean part, Set<Arch> abis, String cType, String header,
                 List<FieldDef> fields, int line) {
    /**
     * A field as written: {@code type name[count]}; {@code nested} names a struct or union type; {@code bits}: a word
     * of C bit-fields, named here though C gives it no member name.
     */
    record FieldDef(String type, String nested, boolean nestedUnion, String name, int count, boolean array,
                    boolean bits) {
    }

    boolean appliesTo(Arch arch) {
        return abis.isEmpty() || abis.contains(arch);
    }
}
