package dev.jtrace.analyze;

import java.util.Locale;

/** strace's -S: the order of the rows of the -c table. */
public enum SortKey {
    TIME, CALLS, ERRORS, NAME, NOTHING;

    /** Parses strace's -S names and their aliases. */
    public static SortKey parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "time", "time-total", "total-time" -> TIME;
            case "calls", "count" -> CALLS;
            case "errors", "error" -> ERRORS;
            case "name", "syscall", "syscall-name" -> NAME;
            case "nothing", "none" -> NOTHING;
            default -> throw new IllegalArgumentException("invalid sortby: '" + s + "'");
        };
    }
}
