package dev.jtrace.format.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON arrays of strings and of integers, the encoding of list-valued trace metadata. Writes plain UTF-8
 * except for quotes, backslashes, control characters and surrogates (escaped as {@code \\uXXXX}, so
 * unpaired surrogates survive too); reads any valid JSON array of such values.
 */
public final class JsonArrays {
    private JsonArrays() {
    }

    public static String ofStrings(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\t' -> json.append("\\t");
                    case '\r' -> json.append("\\r");
                    default -> {
                        if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    public static String ofInts(List<Integer> values) {
        StringBuilder json = new StringBuilder("[");
        for (Integer value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(value.intValue());
        }
        return json.append(']').toString();
    }

    /** @throws IllegalArgumentException when {@code json} is not a JSON array of strings */
    public static List<String> toStrings(String json) {
        Parser p = new Parser(json);
        List<String> values = new ArrayList<>();
        p.arrayOf(() -> values.add(p.string()));
        return values;
    }

    /** @throws IllegalArgumentException when {@code json} is not a JSON array of 32-bit integers */
    public static List<Integer> toInts(String json) {
        Parser p = new Parser(json);
        List<Integer> values = new ArrayList<>();
        p.arrayOf(() -> values.add(p.integer()));
        return values;
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        void arrayOf(Runnable element) {
            expect('[');
            if (peek() == ']') {
                at++;
            } else {
                do {
                    element.run();
                } while (optional(','));
                expect(']');
            }
            if (peek() != -1) {
                throw error("text after the array");
            }
        }

        String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    throw error("unterminated escape");
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> s.append(e);
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        int integer() {
            skipSpace();
            int start = at;
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            try {
                return Integer.parseInt(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("expected an integer");
            }
        }

        private boolean optional(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private int peek() {
            skipSpace();
            return at < text.length() ? text.charAt(at) : -1;
        }

        private void skipSpace() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not a JSON array: " + what + " at character " + at);
        }
    }
}
