package dev.jtrace.format.syscalls.types;

/** Numbers written in the DSL's type parameters: decimal, 0x hex or 0 octal. */
final class DescriptionParserNumbers {
    private DescriptionParserNumbers() {
    }

    static long parse(String s) {
        if (s.startsWith("0x")) {
            return Long.parseUnsignedLong(s.substring(2), 16);
        }
        if (s.length() > 1 && s.startsWith("0")) {
            return Long.parseLong(s.substring(1), 8);
        }
        return Long.parseLong(s);
    }
}
