package dev.jtrace.replay.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Reads the subset of syzkaller's program text format that {@link SyzProgramWriter} writes, and checks it is
 * well-formed: every line a {@code #} comment or a call, values well nested, each resource bound once
 * before it is used.
 */
public final class SyzProgramParser {
    private final String text;
    private final int line;
    private final Set<Integer> bound;
    private int pos;

    private SyzProgramParser(String text, int line, Set<Integer> bound) {
        this.text = text;
        this.line = line;
        this.bound = bound;
    }

    /** @throws IllegalArgumentException naming the line and column of the first error */
    public static SyzProgram parse(String program) {
        List<SyzProgram.Call> calls = new ArrayList<>();
        Set<Integer> bound = new HashSet<>();
        String[] lines = program.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isEmpty() && i == lines.length - 1 || l.startsWith("#")) {
                continue;
            }
            calls.add(new SyzProgramParser(l, i + 1, bound).call());
        }
        return new SyzProgram(calls);
    }

    private SyzProgram.Call call() {
        int result = -1;
        if (text.matches("r\\d+ = .*")) {
            int eq = text.indexOf(" = ");
            result = Integer.parseInt(text.substring(1, eq));
            pos = eq + 3;
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '$')) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a call name");
        }
        String name = text.substring(start, pos);
        expect("(");
        List<SyzProgram.Value> args = new ArrayList<>();
        if (!peek(")")) {
            do {
                args.add(value());
            } while (accept(", "));
        }
        expect(")");
        if (pos != text.length()) {
            throw error("unexpected text after the call");
        }
        if (result >= 0) {
            define(result);
        }
        return new SyzProgram.Call(result, name, args);
    }

    private SyzProgram.Value value() {
        if (accept("0x")) {
            return new SyzProgram.Int(hexNumber());
        }
        if (peek("r")) {
            pos++;
            int r = decimal();
            if (!bound.contains(r)) {
                throw error("resource r" + r + " used before it is bound");
            }
            return new SyzProgram.Ref(r);
        }
        if (accept("<r")) {
            int r = decimal();
            expect("=>");
            SyzProgram.Value v = value();
            define(r);
            return new SyzProgram.Bind(r, v);
        }
        if (accept("&(0x")) {
            long address = hexNumber();
            expect(")=");
            return new SyzProgram.Pointer(address, value());
        }
        if (accept("\"\"/")) {
            return new SyzProgram.Out(decimal());
        }
        if (accept("\"")) {
            int end = text.indexOf('"', pos);
            if (end < 0 || (end - pos) % 2 != 0) {
                throw error("unterminated or odd-length hex data");
            }
            byte[] data = HexFormat.of().parseHex(text, pos, end);
            pos = end + 1;
            return new SyzProgram.Bytes(data);
        }
        if (accept("'")) {
            return new SyzProgram.Bytes(string());
        }
        if (peek("{") || peek("[")) {
            boolean array = text.charAt(pos) == '[';
            pos++;
            String close = array ? "]" : "}";
            List<SyzProgram.Value> elements = new ArrayList<>();
            if (!peek(close)) {
                do {
                    elements.add(value());
                } while (accept(", "));
            }
            expect(close);
            return new SyzProgram.Group(array, elements);
        }
        throw error("expected a value");
    }

    private byte[] string() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (pos < text.length() && text.charAt(pos) != '\'') {
            char c = text.charAt(pos++);
            if (c != '\\') {
                out.write(c);
            } else if (accept("x")) {
                if (pos + 2 > text.length()) {
                    throw error("short \\x escape");
                }
                out.write(Integer.parseInt(text.substring(pos, pos + 2), 16));
                pos += 2;
            } else if (pos < text.length()) {
                out.write(text.charAt(pos++));
            }
        }
        expect("'");
        return out.toByteArray();
    }

    private void define(int r) {
        if (!bound.add(r)) {
            throw error("resource r" + r + " bound twice");
        }
    }

    private long hexNumber() {
        int start = pos;
        while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
            pos++;
        }
        if (pos == start || pos - start > 16) {
            throw error("bad hex number");
        }
        return Long.parseUnsignedLong(text.substring(start, pos), 16);
    }

    private int decimal() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a number");
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private boolean peek(String s) {
        return text.startsWith(s, pos);
    }

    private boolean accept(String s) {
        if (peek(s)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!accept(s)) {
            throw error("expected '" + s + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("line " + line + ", column " + (pos + 1) + ": " + what);
    }
}
