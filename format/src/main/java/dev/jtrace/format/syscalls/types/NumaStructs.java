package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Errnos;

/**
 * The NUMA calls' memory: node masks ({@code [0x00000000000001, 0000000000000000]}, one C unsigned long each, as
 * strace prints them zero-padded to the word's width), get_mempolicy's mode and move_pages' arrays of page
 * addresses, nodes and per-page statuses.
 */
public final class NumaStructs {
    /** At most this many elements are captured (strace shows the first -s of them anyway). */
    private static final int MAX_ELEMENTS = 1024;

    private NumaStructs() {
    }

    /** get_mempolicy's mode: {@code [MPOL_BIND]}. */
    public static final Pointee MODE = Pointees.fixed(4, 4, (c, r, out) ->
            out.append('[').append(c.constant("mpol", r.s32(0) & 0xffffffffL)).append(']'));

    /**
     * {@code nodemask[maxnode]}: maxnode bits rounded the kernel's way (maxnode - 1 bits are used) to whole words;
     * a non-zero maxnode that covers no word prints as the address, as strace prints it.
     */
    public static Pointee nodemask(String maxnode) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(words(s.length(maxnode), wordSize(s.arch())), MAX_ELEMENTS)
                        * wordSize(s.arch());
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(maxnode) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long max = c.length(maxnode);
                int w = c.wordSize();
                long n = words(max, w);
                if (max != 0 && n == 0 || Long.compareUnsigned(n, Long.divideUnsigned(max, 8L * w)) < 0) {
                    throw new StructReader.Short();
                }
                StructReader r = new StructReader(data, c.arch());
                ArrayText.append(c, n, out, k -> {
                    long v = r.word(k * w);
                    String digits = Long.toHexString(v);
                    String prefix = v == 0 ? "" : "0x";
                    out.append(prefix).append("0".repeat(Math.max(0, 2 * w - prefix.length() - digits.length())))
                            .append(digits);
                });
            }
        };
    }

    private static long words(long maxnode, int wordSize) {
        long bits = 8L * wordSize;
        return Long.divideUnsigned(maxnode + bits - 2, bits);
    }

    private static int wordSize(dev.jtrace.format.Arch arch) {
        return arch == dev.jtrace.format.Arch.I386 ? 4 : 8;
    }

    /** move_pages' {@code pages}: {@code count} addresses, {@code [0x7f..., 0x1000]}. */
    public static Pointee pointers(String count) {
        return IntArrays.elements(count, true, (c, r, k) -> Scalars.hex(r.word(k * c.wordSize())));
    }

    /** move_pages' {@code status} (at exit): a node number per page, or a negated errno ({@code -EFAULT}). */
    public static Pointee pageStatus(String count) {
        return IntArrays.elements(count, false, (c, r, k) -> {
            int v = r.s32(4 * k);
            String name = v < 0 ? Errnos.name(-v) : null;
            return v < 0 && name != null ? "-" + name : Integer.toString(v);
        });
    }
}
