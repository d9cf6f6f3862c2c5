package dev.jtrace.format.syscalls;

import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.util.ArrayList;
import java.util.List;

/**
 * A named set of symbolic constants from constants.def: a flag set (bits joined by {@code |}), an
 * enumeration (one value), or a split word (one part of the bits printed with one set, the rest with
 * another: socket's type, statx's flags). Renders values as strace does under -X abbrev, raw and verbose.
 *
 * @param name    the set's name in the descriptions ({@code flags<open>} refers to set "open")
 * @param isFlags true for a flag set or a split word, false for an enumeration
 * @param entries the symbols in print order (none for a split word)
 * @param unknown what strace calls an unknown value ({@code SOL_??}); null for the symbols' common
 *                prefix and {@code ???}; empty when strace prints unknown flag bits as bare hex
 * @param split   for a split word, its two parts; null otherwise
 */
public record ConstantSet(String name, boolean isFlags, List<Entry> entries, String unknown, SplitWord split) {
    /** How an entry matches. */
    public enum Kind {
        /** bits that print when all are set */
        BIT,
        /** one value of a multi-bit field ({@code SYM=V/MASK}): matches when {@code value & mask == V} */
        FIELD,
        /** a number inside the word, printed {@code N<<SYM} ({@code <<SYM=SHIFT/MASK}; value = shift) */
        SHIFTED
    }

    /**
     * A symbol. For {@link Kind#SHIFTED} {@code value} is the shift and {@code mask} the field's bits in place.
     */
    public record Entry(String symbol, long value, long mask, Kind kind) {
    }

    public ConstantSet {
        entries = List.copyOf(entries);
    }

    /** A flag set or enumeration. */
    public static ConstantSet of(String name, boolean isFlags, List<Entry> entries, String unknown) {
        return new ConstantSet(name, isFlags, entries, unknown, null);
    }

    /** A split word. */
    public static ConstantSet split(String name, SplitWord split) {
        return new ConstantSet(name, true, List.of(), null, split);
    }

    /** The symbolic text alone ({@code O_RDONLY|O_CLOEXEC}, {@code SEEK_SET}), or null when nothing matches. */
    public String symbolic(long value) {
        if (split != null) {
            return split.render(value, Constants.ABBREV);
        }
        if (!isFlags) {
            for (Entry e : entries) {
                if (e.value == value) {
                    return e.symbol;
                }
            }
            return null;
        }
        return flagNames(value);
    }

    private boolean hasShiftedNumber() {
        return entries.stream().anyMatch(e -> e.kind == Kind.SHIFTED);
    }

    /** True when a zero word has a name ({@code AT_STATX_SYNC_AS_STAT}, {@code O_RDONLY}). */
    public boolean namesZero() {
        return entries.stream().anyMatch(e -> e.value == 0 && e.kind != Kind.SHIFTED);
    }

    private String flagNames(long value) {
        if (value == 0) {
            for (Entry e : entries) {
                if (e.value == 0 && e.kind != Kind.SHIFTED) {
                    return e.symbol;
                }
            }
            return null;
        }
        List<String> numbers = new ArrayList<>();
        long rest = value;
        for (Entry e : entries) {
            if (e.kind == Kind.SHIFTED) {
                long n = (rest & e.mask) >>> e.value;
                rest &= ~e.mask;
                if (n != 0) {
                    numbers.add(n + "<<" + e.symbol);
                }
            }
        }
        List<String> names = new ArrayList<>();
        long consumedFields = 0;
        long fieldMasks = 0;
        for (Entry e : entries) {
            if (e.kind == Kind.FIELD) {
                fieldMasks |= e.mask;
                if ((consumedFields & e.mask) == 0 && (value & e.mask) == e.value) {
                    names.add(e.symbol);
                    consumedFields |= e.mask;
                    rest &= ~e.mask;
                }
            } else if (e.kind == Kind.BIT && e.value != 0 && (rest & e.value) == e.value) {
                names.add(e.symbol);
                rest &= ~e.value;
            }
        }
        long unmatchedField = rest & fieldMasks & ~consumedFields;
        if (unmatchedField != 0) {
            // a field (e.g. kexec's architecture) with a value no symbol names: strace prints it first, as unknown
            names.add(0, unknownText(unmatchedField));
            rest &= ~unmatchedField;
        }
        if (names.isEmpty() && numbers.isEmpty()) {
            return null;
        }
        if (rest != 0) {
            // the huge-page size counts apart: memfd_create(NULL, 0x8 /* MFD_??? */|1<<MFD_HUGE_SHIFT)
            names.add(names.isEmpty() ? unknownText(rest) : hex(rest));
        }
        names.addAll(numbers);
        return String.join("|", names);
    }

    /** {@code 0x8 /* MFD_??? *}{@code /}, or bare hex for a set whose unknown bits strace does not name. */
    private String unknownText(long bits) {
        return "".equals(unknown) ? hex(bits) : hex(bits) + " /* " + unknownSymbol() + " */";
    }

    /** The value as strace prints it with -X abbrev|raw|verbose. */
    public String render(long value, Constants mode) {
        if (split != null) {
            return split.render(value, mode);
        }
        if (mode == Constants.RAW) {
            return hex(value);
        }
        String sym = symbolic(value);
        if (sym == null && isFlags && value == 0) {
            return "0";
        }
        if (mode == Constants.ABBREV) {
            return sym != null ? sym : unknownText(value);
        }
        if (sym == null && !hasShiftedNumber()) {
            return unknownText(value);
        }
        // a word with a number field (memfd_create's) prints its whole abbreviation in the comment:
        // 0x8 /* 0x8 /* MFD_??? */ */
        return hex(value) + " /* " + (sym != null ? sym : unknownText(value)) + " */";
    }

    /** strace's {@code %#x}: {@code 0}, {@code 0x1f}. */
    static String hex(long v) {
        return v == 0 ? "0" : "0x" + Long.toHexString(v);
    }

    /** {@code EPOLL_CTL_???}: the symbols' common prefix up to its last '_', as strace names an unknown value. */
    public String unknownSymbol() {
        if (unknown != null) {
            return unknown;
        }
        String prefix = null;
        for (Entry e : entries) {
            if (e.kind == Kind.SHIFTED) {
                continue;
            }
            if (prefix == null) {
                prefix = e.symbol;
            }
            int k = 0;
            while (k < prefix.length() && k < e.symbol.length() && prefix.charAt(k) == e.symbol.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        prefix = prefix == null ? "" : prefix;
        int cut = prefix.lastIndexOf('_');
        return (cut > 0 ? prefix.substring(0, cut + 1) : prefix + "_") + "???";
    }

    /** Parses a rendering (any -X mode) back to a value: the inverse of {@link #render}. */
    public long parse(String text) {
        long v = 0;
        for (String part : withoutComments(text.trim()).split("\\|")) {
            if (!part.isEmpty()) {
                v |= parsePart(part);
            }
        }
        return v;
    }

    /** Drops {@code /* ... *}{@code /} comments, nested ones too ({@code 0xf /* 0xf /* MAP_??? *}{@code / *}{@code /}). */
    private static String withoutComments(String t) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.startsWith(" /* ", i)) {
                depth++;
                i += 3;
            } else if (depth > 0 && t.startsWith(" */", i)) {
                depth--;
                i += 2;
            } else if (depth == 0) {
                b.append(t.charAt(i));
            }
        }
        return b.toString();
    }

    private long parsePart(String part) {
        if (part.startsWith("0x")) {
            return Long.parseUnsignedLong(part.substring(2), 16);
        }
        if (part.equals("0")) {
            return 0;
        }
        int shift = part.indexOf("<<");
        for (Entry e : allEntries()) {
            if (shift > 0 && e.kind == Kind.SHIFTED && e.symbol.equals(part.substring(shift + 2))) {
                return Long.parseLong(part.substring(0, shift)) << e.value;
            }
            if (e.kind != Kind.SHIFTED && e.symbol.equals(part)) {
                return e.value;
            }
        }
        throw new IllegalArgumentException("not a constant of " + name + ": " + part);
    }

    private List<Entry> allEntries() {
        if (split == null) {
            return entries;
        }
        List<Entry> all = new ArrayList<>(split.head().allEntries());
        all.addAll(split.tail().allEntries());
        return all;
    }
}
