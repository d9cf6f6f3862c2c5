package dev.jtrace.format.syscalls;

import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.util.List;

/**
 * A named set of symbolic constants from constants.def: a flag set (bits joined by {@code |}) or an
 * enumeration (one value). Renders values as strace does under -X abbrev, raw and verbose.
 *
 * @param name    the set's name in the descriptions ({@code flags<open>} refers to set "open")
 * @param isFlags true for a flag set, false for an enumeration
 * @param entries the symbols in print order
 * @param unknown  what strace calls an unknown value ({@code SOL_??}), or null for the symbols' common
 *                 prefix and {@code ???}
 * @param splitRaw strace prints the set as a field and then flags ({@code socket}'s type, statx's
 *                 flags): under -X raw that shows as {@code 0x1|0x80800}, a zero field as nothing
 */
public record ConstantSet(String name, boolean isFlags, List<Entry> entries, boolean splitRaw, String unknown) {
    /**
     * A symbol: matches a value when {@code (value & mask) == value()}.
     *
     * @param field true when the symbol is one value of a multi-bit field (written {@code SYM=V/MASK})
     */
    public record Entry(String symbol, long value, long mask, boolean field) {
    }

    public ConstantSet {
        entries = List.copyOf(entries);
    }

    /** The symbolic text alone ({@code O_RDONLY|O_CLOEXEC}, {@code SEEK_SET}), or null when nothing matches. */
    public String symbolic(long value) {
        if (!isFlags) {
            for (Entry e : entries) {
                if (e.value == value) {
                    return e.symbol;
                }
            }
            return null;
        }
        if (value == 0) {
            for (Entry e : entries) {
                if (e.value == 0) {
                    return e.symbol;
                }
            }
            return null;
        }
        StringBuilder b = new StringBuilder();
        long rest = value;
        long consumedFields = 0;
        long fieldMasks = 0;
        for (Entry e : entries) {
            boolean field = e.field;
            if (field) {
                fieldMasks |= e.mask;
            }
            boolean match;
            if (field) {
                match = (consumedFields & e.mask) == 0 && (value & e.mask) == e.value;
                consumedFields |= match ? e.mask : 0;
            } else {
                match = e.value != 0 && (rest & e.value) == e.value;
            }
            if (match) {
                if (b.length() > 0) {
                    b.append('|');
                }
                b.append(e.symbol);
                rest &= ~e.mask;
            }
        }
        long unmatchedField = value & fieldMasks & ~consumedFields;
        if (unmatchedField != 0) {
            // a field (e.g. the mmap type) with a value no symbol names: strace prints it first, as unknown
            String f = "0x" + Long.toHexString(unmatchedField) + " /* " + unknownSymbol() + " */";
            b.insert(0, b.length() > 0 ? f + "|" : f);
            rest &= ~unmatchedField;
        }
        if (rest != 0) {
            if (b.length() == 0) {
                return null;
            }
            b.append("|0x").append(Long.toHexString(rest));
        }
        return b.toString();
    }

    /** The value as strace prints it with -X abbrev|raw|verbose. */
    public String render(long value, Constants mode) {
        String hex = value == 0 ? "0" : "0x" + Long.toHexString(value);
        if (mode == Constants.RAW) {
            return splitRaw ? rawSplit(value) : hex;
        }
        String sym = symbolic(value);
        if (sym == null) {
            return isFlags && value == 0 ? "0" : hex + " /* " + unknownSymbol() + " */";
        }
        return mode == Constants.VERBOSE ? hex + " /* " + sym.replaceAll(" /\\* [^*]* \\*/", "") + " */" : sym;
    }

    private String rawSplit(long value) {
        long fieldMask = 0;
        for (Entry e : entries) {
            if (e.field) {
                fieldMask |= e.mask;
            }
        }
        long field = value & fieldMask;
        long rest = value & ~fieldMask;
        String f = field == 0 ? "" : "0x" + Long.toHexString(field);
        return rest == 0 ? (f.isEmpty() ? "0" : f) : f + "|0x" + Long.toHexString(rest);
    }

    /** {@code EPOLL_CTL_???}: the symbols' common prefix up to its last '_', as strace names an unknown value. */
    public String unknownSymbol() {
        if (unknown != null) {
            return unknown;
        }
        String prefix = entries.isEmpty() ? "" : entries.get(0).symbol;
        for (Entry e : entries) {
            int k = 0;
            while (k < prefix.length() && k < e.symbol.length() && prefix.charAt(k) == e.symbol.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        int cut = prefix.lastIndexOf('_');
        return (cut > 0 ? prefix.substring(0, cut + 1) : prefix + "_") + "???";
    }

    /** Parses an abbreviated rendering back to a value (the inverse of {@link #render} in ABBREV mode). */
    public long parse(String text) {
        String t = text.trim();
        t = t.replaceAll(" /\\* [^*]* \\*/", "");
        long v = 0;
        for (String part : t.split("\\|")) {
            if (part.isEmpty()) {
                continue;
            }
            v |= parsePart(part);
        }
        return v;
    }

    private long parsePart(String part) {
        if (part.startsWith("0x")) {
            return Long.parseUnsignedLong(part.substring(2), 16);
        }
        if (part.equals("0")) {
            return 0;
        }
        for (Entry e : entries) {
            if (e.symbol.equals(part)) {
                return e.value;
            }
        }
        throw new IllegalArgumentException("not a constant of " + name + ": " + part);
    }
}
