package dev.jtrace.analyze;

import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.SyscallDecoder;

/**
 * Chooses per call how it prints: {@code -e raw=SET} calls through {@link RawDecoder}, the others through
 * the decoder; {@code -e abbrev=SET} turns the decode options' verbose flag off for the calls in SET and on
 * for the rest (without -e abbrev=, -v decides for all calls).
 */
final class CallDecoding {
    private final SyscallDecoder decoder;
    private final RawDecoder raw;
    private final DecodeOptions base;
    private final DecodeOptions verbose;
    private final DecodeOptions abbreviated;
    private final DisplayOptions display;

    CallDecoding(SyscallDecoder decoder, DecodeOptions base, DisplayOptions display) {
        this.decoder = decoder;
        this.raw = new RawDecoder(decoder);
        this.base = base;
        this.display = display;
        this.verbose = withVerbose(base, true);
        this.abbreviated = withVerbose(base, false);
    }

    private static DecodeOptions withVerbose(DecodeOptions o, boolean v) {
        return new DecodeOptions(o.stringLimit(), o.hexStrings(), v, o.constants(), o.fdPaths());
    }

    SyscallDecoder decoder(SyscallEntry e, String name) {
        // numbers strace does not know are in no set: they print raw already, with a decimal result
        boolean listed = !name.startsWith(SyscallFilter.UNKNOWN_PREFIX)
                && display.raw().contains(e.arch(), e.nr(), name, decoder);
        return listed ? raw : decoder;
    }

    DecodeOptions options(SyscallEntry e, String name) {
        if (display.abbrev() == null) {
            return base;
        }
        return display.abbrev().contains(e.arch(), e.nr(), name, decoder) ? abbreviated : verbose;
    }
}
