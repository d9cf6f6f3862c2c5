package dev.jtrace.analyze;

import dev.jtrace.format.decode.Signals;
import java.util.BitSet;
import java.util.Locale;

/**
 * strace's {@code -e signal=SET}: which signal-delivery lines print. SET is a comma list of signal
 * names (with or without SIG, any case) or numbers, {@code all} or {@code none}; a leading {@code !}
 * negates it. Deaths by a signal ({@code +++ killed by ...}) print only when the signal is in the set too.
 */
public final class SignalFilter {
    private static final int MAX_SIGNAL = 64;

    /** Every signal (strace's default). */
    public static final SignalFilter ALL = new SignalFilter(new BitSet(), true);

    private final BitSet listed;
    private final boolean negated;

    private SignalFilter(BitSet listed, boolean negated) {
        this.listed = listed;
        this.negated = negated;
    }

    /** Parses a SET (the text after {@code signal=}); an unknown signal is an IllegalArgumentException. */
    public static SignalFilter parse(String set) {
        String s = set.trim();
        boolean negated = s.startsWith("!");
        if (negated) {
            s = s.substring(1);
        }
        BitSet listed = new BitSet();
        for (String token : s.split(",", -1)) {
            String t = token.trim();
            if (t.equals("all")) {
                listed.set(1, MAX_SIGNAL + 1);
            } else if (!t.equals("none")) {
                listed.set(number(t));
            }
        }
        return new SignalFilter(listed, negated);
    }

    private static int number(String t) {
        if (t.matches("\\d+")) {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= MAX_SIGNAL) {
                return n;
            }
        } else {
            int n = Signals.number(t.toUpperCase(Locale.ROOT));
            if (n > 0) {
                return n;
            }
        }
        throw new IllegalArgumentException("invalid signal '" + t + "'");
    }

    /** True when deliveries of {@code signo} print. */
    public boolean traces(int signo) {
        return listed.get(signo) != negated;
    }
}
