package dev.jtrace.format.syscalls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses syscalls.def and constants.def (grammar in README.md); errors name the line. */
public final class DescriptionParser {
    private DescriptionParser() {
    }

    /** Parses syscall lines {@code name(type arg, ...) -> ret %class ... [@custom=name] [@replay=class]}. */
    public static List<Description> parseSyscalls(String text) {
        List<Description> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(parseSyscall(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("syscalls.def line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static Description parseSyscall(String line) {
        int open = line.indexOf('(');
        int close = line.indexOf(')');
        int arrow = line.indexOf("->");
        if (open <= 0 || close < open || arrow < close) {
            throw new IllegalArgumentException("expected name(args) -> ret: " + line);
        }
        String name = line.substring(0, open).strip();
        List<Param> params = new ArrayList<>();
        String argText = line.substring(open + 1, close).strip();
        if (!argText.isEmpty()) {
            for (String a : argText.split(",")) {
                String p = a.strip();
                int sp = p.lastIndexOf(' ');
                if (sp < 0) {
                    throw new IllegalArgumentException("argument needs a type and a name: " + p);
                }
                params.add(new Param(TypeExpr.parse(p.substring(0, sp)), p.substring(sp + 1)));
            }
        }
        if (params.size() > 6) {
            throw new IllegalArgumentException("more than 6 arguments");
        }
        String[] tail = line.substring(arrow + 2).strip().split("\\s+");
        String ret = tail[0];
        Set<String> classes = new LinkedHashSet<>();
        String custom = null;
        String replay = null;
        Set<String> abis = new LinkedHashSet<>();
        for (int k = 1; k < tail.length; k++) {
            if (tail[k].equals("@x86_64") || tail[k].equals("@i386")) {
                abis.add(tail[k].substring(1));
            } else if (tail[k].startsWith("%")) {
                classes.add(tail[k].substring(1));
            } else if (tail[k].startsWith("@custom=")) {
                custom = tail[k].substring("@custom=".length());
            } else if (tail[k].startsWith("@replay=")) {
                replay = tail[k].substring("@replay=".length());
            } else {
                throw new IllegalArgumentException("unexpected " + tail[k]);
            }
        }
        return new Description(name, params, ret, classes, custom, abis, replay);
    }

    /** Parses constant sets: {@code flags|enum NAME SYM=VALUE[/MASK] ...}, continued on indented lines. */
    public static Map<String, ConstantSet> parseConstants(String text) {
        Map<String, ConstantSet> sets = new LinkedHashMap<>();
        List<String> logical = new ArrayList<>();
        List<Integer> lineNos = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.isBlank() || raw.strip().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0)) && !logical.isEmpty()) {
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + " " + raw.strip());
            } else {
                logical.add(raw.strip());
                lineNos.add(i + 1);
            }
        }
        for (int i = 0; i < logical.size(); i++) {
            try {
                ConstantSet s = parseSet(logical.get(i), sets);
                if (sets.put(s.name(), s) != null) {
                    throw new IllegalArgumentException("duplicate set " + s.name());
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("constants.def line " + lineNos.get(i) + ": " + e.getMessage(), e);
            }
        }
        return sets;
    }

    private static ConstantSet parseSet(String line, Map<String, ConstantSet> earlier) {
        String[] f = line.split("\\s+");
        if (f[0].equals("split")) {
            return parseSplit(f, earlier);
        }
        if (f.length < 3 || !(f[0].equals("flags") || f[0].equals("enum"))) {
            throw new IllegalArgumentException("expected 'flags|enum NAME SYM=VALUE...' or 'split NAME HEAD/MASK TAIL': "
                    + line);
        }
        List<ConstantSet.Entry> entries = new ArrayList<>();
        String unknown = null;
        for (int k = 2; k < f.length; k++) {
            if (f[k].startsWith("?=")) {
                unknown = f[k].substring(2);
                continue;
            }
            int eq = f[k].lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected SYM=VALUE: " + f[k]);
            }
            String sym = f[k].substring(0, eq).replace("\\s", " ");
            String v = f[k].substring(eq + 1);
            int slash = v.indexOf('/');
            long value = number(slash < 0 ? v : v.substring(0, slash));
            long mask = slash < 0 ? value : number(v.substring(slash + 1));
            if (sym.startsWith("<<")) {
                if (slash < 0) {
                    throw new IllegalArgumentException("expected <<SYM=SHIFT/MASK: " + f[k]);
                }
                entries.add(new ConstantSet.Entry(sym.substring(2), value, mask << value, ConstantSet.Kind.SHIFTED));
            } else {
                entries.add(new ConstantSet.Entry(sym, value, mask,
                        slash >= 0 ? ConstantSet.Kind.FIELD : ConstantSet.Kind.BIT));
            }
        }
        return ConstantSet.of(f[1], !f[0].equals("enum"), entries, unknown);
    }

    /** {@code split NAME HEAD/MASK TAIL [ifknown] [whole] [=LITERAL]}, HEAD and TAIL defined on earlier lines. */
    private static ConstantSet parseSplit(String[] f, Map<String, ConstantSet> earlier) {
        if (f.length < 4 || f[2].indexOf('/') < 0) {
            throw new IllegalArgumentException("expected 'split NAME HEAD/MASK TAIL [ifknown] [whole] [=VALUE]'");
        }
        String headName = f[2].substring(0, f[2].indexOf('/'));
        String maskText = f[2].substring(f[2].indexOf('/') + 1);
        long mask = maskText.startsWith("~") ? ~number(maskText.substring(1)) : number(maskText);
        boolean ifKnown = false;
        boolean whole = false;
        Long literal = null;
        for (int k = 4; k < f.length; k++) {
            switch (f[k]) {
                case "ifknown" -> ifKnown = true;
                case "whole" -> whole = true;
                default -> {
                    if (!f[k].startsWith("=")) {
                        throw new IllegalArgumentException("unexpected " + f[k]);
                    }
                    literal = number(f[k].substring(1));
                }
            }
        }
        return ConstantSet.split(f[1], new SplitWord(defined(headName, earlier), mask, defined(f[3], earlier), ifKnown,
                whole, literal));
    }

    private static ConstantSet defined(String name, Map<String, ConstantSet> earlier) {
        ConstantSet s = earlier.get(name);
        if (s == null) {
            throw new IllegalArgumentException("split part " + name + " is not defined above");
        }
        return s;
    }

    static long number(String s) {
        if (s.startsWith("0x")) {
            return Long.parseUnsignedLong(s.substring(2), 16);
        }
        if (s.length() > 1 && s.startsWith("0")) {
            return Long.parseLong(s.substring(1), 8);
        }
        return Long.parseLong(s);
    }
}
