package dev.jtrace.replay;

/** Bytes as a C string literal: printable ASCII as is, the rest escaped ({@code \n}, {@code \x01}). */
public final class CString {
    private CString() {
    }

    public static String quote(byte[] data) {
        return quote(data, 0, data.length);
    }

    public static String quote(byte[] data, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from + 2).append('"');
        boolean lastWasHex = false;
        for (int i = from; i < to; i++) {
            int b = data[i] & 0xff;
            boolean hexDigit = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
            String esc = switch (b) {
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                default -> null;
            };
            if (esc != null) {
                sb.append(esc);
                lastWasHex = false;
            } else if (b >= 0x20 && b < 0x7f && !(lastWasHex && hexDigit)) {
                sb.append((char) b);
                lastWasHex = false;
            } else if (b >= 0x20 && b < 0x7f) {
                // A hex digit right after a \x escape would extend it in C: close the literal and reopen it.
                sb.append("\"\"").append((char) b);
                lastWasHex = false;
            } else {
                sb.append(String.format("\\x%02x", b));
                lastWasHex = true;
            }
        }
        return sb.append('"').toString();
    }
}
