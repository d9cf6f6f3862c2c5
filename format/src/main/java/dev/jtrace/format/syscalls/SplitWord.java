package dev.jtrace.format.syscalls;

import dev.jtrace.format.decode.DecodeOptions.Constants;

/**
 * A word strace prints in two parts joined by {@code |}: the bits of {@code headMask} with the head set,
 * the others with the tail set ({@code SOCK_RAW|SOCK_CLOEXEC}, {@code IPC_64|IPC_STAT},
 * {@code AT_STATX_SYNC_AS_STAT|AT_EMPTY_PATH}).
 *
 * <p>A head enumeration always prints (unknown: {@code 0xf /* MAP_??? *}{@code /}) unless
 * {@code headIfKnown}: then an unknown head is left to the tail, which prints the whole word as flags
 * ({@code 0x60 /* SOCK_??? *}{@code /}, {@code MPOL_F_STATIC_NODES|0x7}). A head flag set prints when
 * its bits are set or it names zero. A tail flag set prints when its bits are set; a tail enumeration
 * always.
 *
 * <p>Under -X raw and verbose each part prints on its own ({@code 0x3|0x60},
 * {@code 0x3 /* SOCK_RAW *}{@code /|0x60 /* SOCK_??? *}{@code /}; a zero head flag set as nothing:
 * statx's {@code |0x100}), unless {@code whole}: then the word prints as one number
 * ({@code 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS *}{@code /}).
 *
 * @param literal a value strace prints as bare hex in every mode (personality's query 0xffffffff), or null
 */
public record SplitWord(ConstantSet head, long headMask, ConstantSet tail, boolean headIfKnown, boolean whole,
                        Long literal) {

    public String render(long value, Constants mode) {
        if (literal != null && value == literal) {
            return ConstantSet.hex(value);
        }
        long headValue = value & headMask;
        boolean headShown = head.isFlags() ? headValue != 0 || head.namesZero()
                : !headIfKnown || head.symbolic(headValue) != null;
        long tailValue = headShown ? value & ~headMask : value;
        boolean tailShown = !headShown || !tail.isFlags() || tailValue != 0;
        if (whole) {
            if (mode == Constants.RAW) {
                return ConstantSet.hex(value);
            }
            if (!headShown) {
                return tail.render(tailValue, mode);
            }
            String abbrev = join(head.render(headValue, Constants.ABBREV),
                    tailShown ? tail.render(tailValue, Constants.ABBREV) : null);
            return mode == Constants.VERBOSE ? ConstantSet.hex(value) + " /* " + abbrev + " */" : abbrev;
        }
        String h = null;
        if (headShown) {
            h = mode == Constants.RAW && head.isFlags() && headValue == 0 ? "" : head.render(headValue, mode);
        }
        return join(h, tailShown ? tail.render(tailValue, mode) : null);
    }

    private static String join(String head, String tail) {
        if (head == null) {
            return tail;
        }
        return tail == null ? head : head + "|" + tail;
    }
}
