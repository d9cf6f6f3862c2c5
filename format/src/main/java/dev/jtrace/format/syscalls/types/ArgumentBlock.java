package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The arguments of a carried call as an array of 32-bit words in tracee memory (i386 socketcall's args, old
 * select's and old mmap's argument structs): captured at entry at path {@code "[args]"} of the register pointing
 * to it, re-read at exit to capture what the carried call wrote.
 */
final class ArgumentBlock {
    static final String PATH = "[args]";

    private ArgumentBlock() {
    }

    /** Captures the block and returns its words, or null when NULL or unreadable. */
    static long[] capture(CaptureSite s, int arg, int words) {
        return s.arg(arg) == 0 ? null : decode(s.bytes(arg, PATH, s.arg(arg), 4L * words).data(), words);
    }

    /** The words at exit (the memory the call left), or null when unreadable. */
    static long[] reread(CaptureSite s, int arg, int words) {
        return s.arg(arg) == 0 ? null : decode(s.read(s.arg(arg), 4 * words), words);
    }

    /** The captured words, or null when the block was NULL, unreadable or short. */
    static long[] captured(CallView c, int arg, int words) {
        Capture cap = c.entryCapture(arg, PATH);
        return cap == null || !cap.readable() ? null : decode(cap.data(), words);
    }

    private static long[] decode(byte[] data, int words) {
        if (data == null || data.length < 4 * words) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long[] w = new long[words];
        for (int i = 0; i < words; i++) {
            w[i] = b.getInt(4 * i) & 0xffffffffL;
        }
        return w;
    }
}
