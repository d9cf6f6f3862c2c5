package dev.jtrace.format.syscalls;

/**
 * A type as written in syscalls.def: {@code base}, {@code base<param>}, {@code base[len]},
 * {@code base<param>[len]} or {@code base<param[len]>}. {@code len} names another argument or {@code ret}.
 */
public record TypeExpr(String base, String param, String len) {
    /** Parses {@code flags<open>}, {@code obuf[ret]}, {@code out<iovec[iovcnt]>}. */
    public static TypeExpr parse(String text) {
        String t = text.trim();
        int lt = t.indexOf('<');
        if (lt >= 0) {
            int gt = t.lastIndexOf('>');
            if (gt < lt) {
                throw new IllegalArgumentException("unclosed '<' in type " + text);
            }
            String rest = t.substring(gt + 1);
            String len = null;
            if (!rest.isEmpty()) {
                if (!rest.startsWith("[") || !rest.endsWith("]")) {
                    throw new IllegalArgumentException("expected [len] after '>' in type " + text);
                }
                len = rest.substring(1, rest.length() - 1);
            }
            return new TypeExpr(t.substring(0, lt), t.substring(lt + 1, gt), len);
        }
        int br = t.indexOf('[');
        if (br >= 0) {
            if (!t.endsWith("]")) {
                throw new IllegalArgumentException("unclosed '[' in type " + text);
            }
            return new TypeExpr(t.substring(0, br), null, t.substring(br + 1, t.length() - 1));
        }
        if (!t.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("bad type " + text);
        }
        return new TypeExpr(t, null, null);
    }

    /** The inner type of a pointer type ({@code out<stat>} -> {@code stat}). */
    public TypeExpr inner() {
        return parse(param);
    }

    @Override
    public String toString() {
        return base + (param != null ? "<" + param + ">" : "") + (len != null ? "[" + len + "]" : "");
    }
}
