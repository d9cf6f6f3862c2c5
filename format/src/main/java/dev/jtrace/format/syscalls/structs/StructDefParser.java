package dev.jtrace.format.syscalls.structs;

import dev.jtrace.format.Arch;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads structs.def into {@link StructDef}s (the grammar is in the README next to the file). */
final class StructDefParser {
    private static final Pattern HEADER = Pattern.compile(
            "(struct|union)\\s+(\\w+)((?:\\s+@\\w+)*)\\s*(?::\\s*([^<]+?)\\s*(?:<([^>]+)>)?)?");
    private static final Pattern FIELD = Pattern.compile(
            "(?:(struct|union)\\s+)?(\\w+)\\s+(\\w+)(?:\\[(\\d+)])?(\\s+@bits)?");

    private StructDefParser() {
    }

    static List<StructDef> parse(String text) {
        List<StructDef> defs = new ArrayList<>();
        Block open = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).stripTrailing();
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            if (!Character.isWhitespace(line.charAt(0))) {
                if (open != null) {
                    defs.add(open.close());
                }
                open = header(line, lineNo);
            } else if (open == null) {
                throw error(lineNo, "a field outside any struct");
            } else {
                open.fields.add(field(line.strip(), lineNo));
            }
        }
        if (open != null) {
            defs.add(open.close());
        }
        return defs;
    }

    private static Block header(String line, int lineNo) {
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
            throw error(lineNo, "expected `struct NAME [@abi] [@packed] [@part] [: C TYPE <header.h>]`, got: " + line);
        }
        Set<Arch> abis = EnumSet.noneOf(Arch.class);
        boolean packed = false;
        boolean part = false;
        for (String attribute : m.group(3).trim().split("\\s+")) {
            switch (attribute) {
                case "" -> { }
                case "@x86_64" -> abis.add(Arch.X86_64);
                case "@i386" -> abis.add(Arch.I386);
                case "@packed" -> packed = true;
                case "@part" -> part = true;
                default -> throw error(lineNo, "unknown attribute " + attribute);
            }
        }
        return new Block(m.group(2), m.group(1).equals("union"), packed, part, abis, m.group(4), m.group(5), lineNo);
    }

    private static StructDef.FieldDef field(String line, int lineNo) {
        Matcher m = FIELD.matcher(line);
        if (!m.matches()) {
            throw error(lineNo, "expected `TYPE NAME[N] [@bits]` or `struct NAME FIELD[N]`, got: " + line);
        }
        boolean nested = m.group(1) != null;
        if (!nested && FieldKind.of(m.group(2)) == null) {
            throw error(lineNo, "unknown field type " + m.group(2));
        }
        boolean bits = m.group(5) != null;
        if (bits && (nested || m.group(4) != null)) {
            throw error(lineNo, "@bits marks one scalar word of C bit-fields: " + line);
        }
        int count = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        if (count < 1) {
            throw error(lineNo, "an array needs at least one element: " + line);
        }
        return new StructDef.FieldDef(m.group(2), nested ? m.group(2) : null, "union".equals(m.group(1)), m.group(3),
                count, m.group(4) != null, bits);
    }

    private static IllegalArgumentException error(int line, String what) {
        return new IllegalArgumentException("structs.def line " + line + ": " + what);
    }

    private static final class Block {
        final String name;
        final boolean union;
        final boolean packed;
        final boolean part;
        final Set<Arch> abis;
        final String cType;
        final String header;
        final int line;
        final List<StructDef.FieldDef> fields = new ArrayList<>();

        Block(String name, boolean union, boolean packed, boolean part, Set<Arch> abis, String cType, String header,
              int line) {
            this.name = name;
            this.union = union;
            this.packed = packed;
            this.part = part;
            this.abis = abis;
            this.cType = cType;
            this.header = header;
            this.line = line;
        }

        StructDef close() {
            if (fields.isEmpty()) {
                throw error(line, name + " has no fields");
            }
            return new StructDef(name, union, packed, part, Set.copyOf(abis), cType, header, fields, line);
        }
    }
}
