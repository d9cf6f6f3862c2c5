package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/**
 * Counted arrays of C ints or words, printed {@code [a, b, ...]} with at most -s elements as strace prints arrays:
 * move_pages' nodes, pages and statuses, io_uring_register's descriptors.
 */
public final class IntArrays {
    /** At most this many elements are captured (strace shows the first -s of them anyway). */
    private static final int MAX_ELEMENTS = 1024;

    private IntArrays() {
    }

    /** One element's text. */
    interface Element {
        String text(CallView c, StructReader r, int index);
    }

    /** {@code count} ints: {@code [0, 1]}. */
    public static Pointee ints(String count) {
        return elements(count, false, (c, r, k) -> Integer.toString(r.s32(4 * k)));
    }

    /** {@code count} descriptors, named under -y: {@code [0</dev/null>, 1</dev/pts/0>]}. */
    public static Pointee fds(String count) {
        return elements(count, false, (c, r, k) -> {
            StringBuilder b = new StringBuilder();
            Scalars.fd(c, r.s32(4 * k), b);
            return b.toString();
        });
    }

    /** {@code count} elements of 4 bytes, or of the ABI's word when {@code words}. */
    static Pointee elements(String count, boolean words, Element element) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                int size = words ? (s.arch() == dev.jtrace.format.Arch.I386 ? 4 : 8) : 4;
                return Math.min(Math.max(s.length(count), 0), MAX_ELEMENTS) * size;
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(count) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                ArrayText.append(c, c.length(count), out, k -> out.append(element.text(c, r, k)));
            }
        };
    }
}
