package dev.jtrace.format.decode;

/**
 * Quotes bytes as strace prints strings: printable ASCII as is, {@code \" \\ \t \n \v \f \r} escaped,
 * other bytes in the shortest octal form (three digits when an octal digit follows); with -x the
 * whole string switches to {@code \xNN} when it holds a non-printable, non-space byte, with -xx always.
 */
public final class StringQuoter {
    private StringQuoter() {
    }

    /**
     * Appends {@code "..."} for {@code data[0..shown)}, followed by {@code ...} when {@code cut}.
     *
     * @param forceHex print every byte as {@code \xNN} (strace does for random bytes, e.g. getrandom)
     */
    public static void quote(byte[] data, int shown, boolean cut, int hexStrings, boolean forceHex,
                             StringBuilder out) {
        int n = Math.min(shown, data.length);
        boolean hex = forceHex || hexStrings >= 2 || (hexStrings == 1 && needsHex(data, n));
        out.append('"');
        for (int i = 0; i < n; i++) {
            int c = data[i] & 0xff;
            if (hex) {
                out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case 0x0b -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else {
                        boolean digitFollows = i + 1 < n && data[i + 1] >= '0' && data[i + 1] <= '7';
                        out.append('\\');
                        if (digitFollows) {
                            out.append(c >> 6).append((c >> 3) & 7).append(c & 7);
                        } else {
                            out.append(Integer.toOctalString(c));
                        }
                    }
                }
            }
        }
        out.append('"');
        if (cut) {
            out.append("...");
        }
    }

    /** Convenience: the quoted form of a whole byte array (never cut). */
    public static String quote(byte[] data, int hexStrings) {
        StringBuilder b = new StringBuilder();
        quote(data, data.length, false, hexStrings, false, b);
        return b.toString();
    }

    private static boolean needsHex(byte[] data, int n) {
        for (int i = 0; i < n; i++) {
            int c = data[i] & 0xff;
            if (c > 0x7e || (c < 0x20 && (c < 9 || c > 13))) {
                return true;
            }
        }
        return false;
    }
}
