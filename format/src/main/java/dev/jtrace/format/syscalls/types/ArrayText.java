package dev.jtrace.format.syscalls.types;

/** strace's array text: {@code [a, b, ...]}, at most -s elements, then {@code ...} when more follow. */
final class ArrayText {
    private ArrayText() {
    }

    /** Appends element {@code index}'s text to the builder the array is appended to. */
    interface Element {
        void append(int index);
    }

    /** {@code [e(0), e(1), ...]} for {@code n} elements (none when {@code n} is negative). */
    static void append(CallView c, long n, StringBuilder out, Element element) {
        out.append('[');
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.append(", ");
            }
            if (k >= c.options().stringLimit()) {
                out.append("...");
                break;
            }
            element.append(k);
        }
        out.append(']');
    }
}
