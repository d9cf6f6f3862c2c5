package dev.jtrace.format.syscalls.structs;

import dev.jtrace.format.Arch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The struct and union layouts of structs.def (grammar in the README next to it), laid out per ABI. Lookups of a
 * name prefer the block limited to the ABI ({@code struct stat @i386}) over the one for every ABI.
 */
public final class StructLayouts {
    /** The resource the built-in layouts are read from, next to syscalls.def. */
    public static final String RESOURCE = "/dev/jtrace/format/syscalls/structs.def";

    private static final class BuiltIn {
        static final StructLayouts INSTANCE = parse(builtInText());
    }

    private final List<StructDef> defs;
    private final Map<Arch, Map<String, StructLayout>> layouts = new EnumMap<>(Arch.class);

    private StructLayouts(List<StructDef> defs) {
        this.defs = List.copyOf(defs);
        rejectDuplicates(defs);
        for (Arch arch : Arch.values()) {
            Map<String, StructLayout> byName = new LinkedHashMap<>();
            for (StructDef d : defs) {
                if (d.appliesTo(arch)) {
                    layout(d.name(), arch, byName, new HashSet<>());
                }
            }
            layouts.put(arch, byName);
        }
    }

    /** Two blocks of one name for the same ABIs (both generic, or both limited to one ABI) are an error. */
    private static void rejectDuplicates(List<StructDef> defs) {
        Set<String> seen = new HashSet<>();
        for (StructDef d : defs) {
            Set<String> keys = new HashSet<>();
            if (d.abis().isEmpty()) {
                keys.add(d.name() + " (every ABI)");
            }
            d.abis().forEach(a -> keys.add(d.name() + " (" + a + ")"));
            for (String key : keys) {
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("structs.def line " + d.line() + ": a second block for " + key);
                }
            }
        }
    }

    /** The layouts shipped with jtrace. */
    public static StructLayouts builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The text of the built-in structs.def (hashed into every trace with the other description files). */
    public static String builtInText() {
        try (InputStream in = StructLayouts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and lays out a structs.def text; a malformed one throws {@link IllegalArgumentException}. */
    public static StructLayouts parse(String text) {
        return new StructLayouts(StructDefParser.parse(text));
    }

    /** The layout of {@code name} for {@code arch}; throws when structs.def has none. */
    public StructLayout get(String name, Arch arch) {
        StructLayout l = layouts.get(arch).get(name);
        if (l == null) {
            throw new IllegalArgumentException("structs.def has no " + name + " for " + arch);
        }
        return l;
    }

    public boolean has(String name, Arch arch) {
        return layouts.get(arch).containsKey(name);
    }

    /** Every layout of an ABI, in file order. */
    public Collection<StructLayout> all(Arch arch) {
        return layouts.get(arch).values();
    }

    private StructLayout layout(String name, Arch arch, Map<String, StructLayout> done, Set<String> active) {
        StructLayout l = done.get(name);
        if (l != null) {
            return l;
        }
        StructDef d = definition(name, arch);
        if (!active.add(name)) {
            throw new IllegalArgumentException("structs.def line " + d.line() + ": " + name + " contains itself");
        }
        long offset = 0;
        long size = 0;
        int alignment = 1;
        List<StructField> fields = new ArrayList<>();
        for (StructDef.FieldDef f : d.fields()) {
            FieldKind kind = f.nested() == null ? FieldKind.of(f.type()) : null;
            StructLayout nested = null;
            if (f.nested() != null) {
                nested = layout(f.nested(), arch, done, active);
                if (nested.union() != f.nestedUnion()) {
                    throw new IllegalArgumentException("structs.def line " + d.line() + ": " + f.nested()
                            + " is a" + (nested.union() ? " union" : " struct"));
                }
            }
            int elementSize = kind != null ? kind.size(arch) : (int) nested.size();
            int align = d.packed() ? 1 : kind != null ? kind.alignment(arch) : nested.alignment();
            long at = d.union() ? 0 : (offset + align - 1) / align * align;
            fields.add(new StructField(f.name(), kind, nested, (int) at, f.count(), f.array(), f.bits()));
            offset = at + (long) elementSize * f.count();
            size = Math.max(size, offset);
            alignment = Math.max(alignment, align);
        }
        size = (size + alignment - 1) / alignment * alignment;
        l = new StructLayout(name, arch, d.union(), d.part(), d.cType(), d.header(), size, alignment, fields);
        active.remove(name);
        done.put(name, l);
        return l;
    }

    private StructDef definition(String name, Arch arch) {
        StructDef generic = null;
        for (StructDef d : defs) {
            if (d.name().equals(name) && d.appliesTo(arch)) {
                if (!d.abis().isEmpty()) {
                    return d;
                }
                generic = d;
            }
        }
        if (generic == null) {
            throw new IllegalArgumentException("structs.def has no " + name + " for " + arch);
        }
        return generic;
    }
}
