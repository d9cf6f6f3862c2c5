package dev.jtrace.analyze;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** printf's {@code %.Nf} exactly as C rounds it (the exact binary value, ties to even), which Java's %f does not. */
final class CFormat {
    private CFormat() {
    }

    static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code value} right-aligned in {@code width} columns. */
    static String right(String value, int width) {
        return value.length() >= width ? value : " ".repeat(width - value.length()) + value;
    }
}
