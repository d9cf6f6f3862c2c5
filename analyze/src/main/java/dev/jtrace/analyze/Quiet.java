package dev.jtrace.analyze;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** strace's {@code -q}, {@code -qq}, {@code -qqq} and {@code -e quiet=SET}: the messages to leave out. */
public enum Quiet {
    /** {@code [ Process NNNN attached ]} and detached. */
    ATTACH,
    /** {@code +++ exited with N +++} (deaths by a signal still print). */
    EXIT,
    /** {@code Requested path "..." resolved into "..."} (-P). */
    PATH_RESOLUTION,
    /** {@code [ Process PID=NNNN runs in 32 bit mode. ]}. */
    PERSONALITY,
    /** {@code +++ superseded by execve in pid NNNN +++}. */
    SUPERSEDED;

    /** What {@code count} repetitions of -q suppress. */
    public static Set<Quiet> ofCount(int count) {
        return switch (count) {
            case 0 -> EnumSet.noneOf(Quiet.class);
            case 1 -> EnumSet.of(ATTACH, PERSONALITY);
            case 2 -> EnumSet.of(ATTACH, PERSONALITY, EXIT);
            default -> EnumSet.allOf(Quiet.class);
        };
    }

    /** Parses {@code -e quiet=SET}: names as strace spells them, {@code all}, {@code none}, leading {@code !}. */
    public static Set<Quiet> parse(String set) {
        String s = set.trim();
        boolean negated = s.startsWith("!");
        if (negated) {
            s = s.substring(1);
        }
        EnumSet<Quiet> listed = EnumSet.noneOf(Quiet.class);
        for (String token : s.split(",", -1)) {
            String t = token.trim().toLowerCase(Locale.ROOT);
            switch (t) {
                case "all" -> listed.addAll(EnumSet.allOf(Quiet.class));
                case "none" -> {
                }
                case "attach" -> listed.add(ATTACH);
                case "exit", "exits" -> listed.add(EXIT);
                case "path-resolution", "path_resolution" -> listed.add(PATH_RESOLUTION);
                case "personality" -> listed.add(PERSONALITY);
                case "thread-execve", "superseded" -> listed.add(SUPERSEDED);
                default -> throw new IllegalArgumentException("invalid quiet '" + token.trim() + "'");
            }
        }
        return negated ? EnumSet.complementOf(listed) : listed;
    }
}
