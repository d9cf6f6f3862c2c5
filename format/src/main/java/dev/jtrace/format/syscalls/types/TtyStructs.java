package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.syscalls.structs.StructView;

/**
 * The terminal structs of the TCGETS/TCSETS ioctl families: {@code struct termios}, the old {@code struct termio}
 * and {@code struct termios2} (with the speeds). Without -v strace shows the four mode words then {@code ...};
 * -v adds the line discipline and the control characters.
 */
final class TtyStructs {
    private static final long NLDLY = 0400, CRDLY = 03000, TABDLY = 014000, BSDLY = 020000, VTDLY = 040000,
            FFDLY = 0100000, CBAUD = 010017, CIBAUD = 002003600000L, CSIZE = 060;
    private static final int IBSHIFT = 16;
    private static final String[] CC_NAMES = {"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN",
        "VSWTC", "VSTART", "VSTOP", "VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE", "VLNEXT", "VEOL2"};

    private TtyStructs() {
    }

    static final Pointee TERMIOS = Pointees.struct("termios", (c, v, out) -> print(c, v, 19, false, out));
    static final Pointee TERMIOS2 = Pointees.struct("termios2", (c, v, out) -> print(c, v, 19, true, out));
    static final Pointee TERMIO = Pointees.struct("termio", (c, v, out) -> print(c, v, 8, false, out));

    private static void print(CallView c, StructView v, int ncc, boolean speeds, StringBuilder out) {
        out.append("{c_iflag=").append(flags(c, "termios_iflag", v.get("c_iflag")))
                .append(", c_oflag=").append(oflag(c, v.get("c_oflag")))
                .append(", c_cflag=").append(cflag(c, v.get("c_cflag")))
                .append(", c_lflag=").append(flags(c, "termios_lflag", v.get("c_lflag")));
        if (!c.options().verbose()) {
            out.append(", ...}");
            return;
        }
        out.append(", c_line=").append(c.constant("tty_ldisc", v.get("c_line"))).append(", c_cc=[");
        for (int k = 0; k < ncc; k++) {
            out.append(k > 0 ? ", " : "").append('[')
                    .append(k < CC_NAMES.length ? CC_NAMES[k] : k)
                    .append("]=").append(Scalars.hex(v.get("c_cc", k)));
        }
        out.append(']');
        if (speeds) {
            out.append(", c_ispeed=").append(v.get("c_ispeed")).append(", c_ospeed=").append(v.get("c_ospeed"));
        }
        out.append('}');
    }

    /** The delay fields, then the flags: {@code NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR}. */
    private static String oflag(CallView c, long v) {
        return c.constant("termios_nldly", v & NLDLY) + "|" + c.constant("termios_crdly", v & CRDLY) + "|"
                + c.constant("termios_tabdly", v & TABDLY) + "|" + c.constant("termios_bsdly", v & BSDLY) + "|"
                + c.constant("termios_vtdly", v & VTDLY) + "|" + c.constant("termios_ffdly", v & FFDLY) + "|"
                + flags(c, "termios_oflag", v & ~(NLDLY | CRDLY | TABDLY | BSDLY | VTDLY | FFDLY));
    }

    /** The output speed, the input speed when set ({@code B50<<IBSHIFT}), the character size, then the flags. */
    private static String cflag(CallView c, long v) {
        StringBuilder b = new StringBuilder(c.constant("termios_baud", v & CBAUD));
        long input = v & CIBAUD;
        if (input != 0) {
            b.append('|');
            if (c.options().constants() == Constants.RAW) {
                b.append(Scalars.hex(input));
            } else {
                String speed = c.constants("termios_baud").render(input >>> IBSHIFT, Constants.ABBREV);
                b.append(c.options().constants() == Constants.VERBOSE
                        ? Scalars.hex(input) + " /* " + speed + "<<IBSHIFT */" : speed + "<<IBSHIFT");
            }
        }
        return b.append('|').append(c.constant("termios_csize", v & CSIZE)).append('|')
                .append(flags(c, "termios_cflag", v & ~(CBAUD | CIBAUD | CSIZE))).toString();
    }

    /** A mode word's flags: nothing at all for 0, unknown bits in hex. */
    private static String flags(CallView c, String set, long v) {
        if (v == 0) {
            return "";
        }
        String hex = Scalars.hex(v);
        String sym = c.constants(set).symbolic(v);
        return switch (c.options().constants()) {
            case RAW -> hex;
            case VERBOSE -> sym == null ? hex : hex + " /* " + sym + " */";
            default -> sym == null ? hex : sym;
        };
    }
}
