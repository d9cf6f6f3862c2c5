package dev.jtrace.analyze;

import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.SyscallDecoder;

/**
 * Chooses per call how it prints: {@code -e raw=SET} calls through {@link RawDecoder}, the others through
 * the decoder; {@code -e abbrev=SET} turns the decode options' verbose flag off for the calls in SET and on
 * for the rest (without -e abbrev=, -v decides for all calls); {@code -e verbose=SET} turns dereferencing off
 * for the calls outside SET.
 */
final class CallDecoding {
    private final SyscallDecoder decoder;
    private final RawDecoder raw;
    private final DecodeOptions base;
    private final DisplayOptions display;

    CallDecoding(SyscallDecoder decoder, DecodeOptions base, DisplayOptions display) {
        this.decoder = decoder;
        this.raw = new RawDecoder(decoder);
        this.base = base;
        this.display = display;
    }

    SyscallDecoder decoder(SyscallEntry e, String name) {
        // numbers strace does not know are in no set: they print raw already, with a decimal result
        boolean listed = !name.startsWith(SyscallFilter.UNKNOWN_PREFIX)
                && display.raw().contains(e.arch(), e.nr(), name, decoder);
        return listed ? raw : decoder;
    }

    DecodeOptions options(SyscallEntry e, String name) {
        boolean unknown = name.startsWith(SyscallFilter.UNKNOWN_PREFIX);
        boolean verbose = display.abbrev() == null ? base.verbose()
                : unknown || !display.abbrev().contains(e.arch(), e.nr(), name, decoder);
        boolean dereference = unknown || display.verbose().contains(e.arch(), e.nr(), name, decoder);
        if (verbose == base.verbose() && dereference == base.dereference()) {
            return base;
        }
        return new DecodeOptions(base.stringLimit(), base.hexStrings(), verbose, base.constants(), base.fdPaths(),
                dereference);
    }
}
