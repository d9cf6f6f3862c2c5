package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.ArrayList;
import java.util.List;

/** Building blocks for pointees: fixed-size structs, values behind pointers and small arrays. */
public final class Pointees {
    /** A fixed-size pointee printed by a lambda. */
    public interface Printer {
        void print(CallView c, StructReader r, StringBuilder out);
    }

    /** Prints a struct of structs.def from a view of its captured bytes. */
    public interface LayoutPrinter {
        void print(CallView c, StructView v, StringBuilder out);
    }

    /** Prints a fixed number of consecutive structs of structs.def from views of each. */
    public interface ArrayPrinter {
        void print(CallView c, List<StructView> elements, StringBuilder out);
    }

    /** The layout of struct {@code name} in {@code arch}'s ABI. */
    static StructLayout layout(String name, Arch arch) {
        return StructLayouts.builtIn().get(name, arch);
    }

    /** Element {@code index} of an array of struct {@code layout} in {@code data} (reads past the end throw). */
    static StructView element(StructLayout layout, byte[] data, long index) {
        return layout.view(data, Math.toIntExact(index * layout.size()));
    }

    /**
     * A struct of structs.def ({@code name}), captured with its ABI's size and printed by {@code p}; a layout limited
     * to other ABIs makes {@link #size} throw, as a description that uses it for the wrong ABI is an error.
     */
    public static Pointee struct(String name, LayoutPrinter p) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return StructLayouts.builtIn().get(name, s.arch()).size();
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                p.print(c, c.struct(name, data), out);
            }
        };
    }

    /** What a counted struct array does with a count past the kernel's limit on it. */
    public enum OverLimit {
        /** Shows the first {@code limit} elements (the kernel would reject the call; the elements are still there). */
        FIRST,
        /** Prints the address, as strace does for kexec_load's segments. */
        ADDRESS
    }

    /**
     * {@code count} consecutive structs {@code name} (the count read from another argument), at most {@code limit}
     * of them captured, printed as strace prints arrays ({@code [a, b, ...]}, at most -s elements), each by {@code p};
     * a count of 0 prints {@code []} without reading.
     */
    public static Pointee countedStructs(String name, String count, long limit, OverLimit over, LayoutPrinter p) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return elements(s.length(count)) * layout(name, s.arch()).size();
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(count) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long n = elements(c.length(count));
                StructLayout l = layout(name, c.arch());
                if (rejected(c.length(count)) || data.data().length < Math.min(n, c.options().stringLimit()) * l.size()) {
                    throw new StructReader.Short();
                }
                ArrayText.append(c, n, out, k -> p.print(c, element(l, data.data(), k), out));
            }

            private long elements(long given) {
                return rejected(given) ? 0 : Math.min(Math.max(given, 0), limit);
            }

            private boolean rejected(long given) {
                return over == OverLimit.ADDRESS && Long.compareUnsigned(given, limit) > 0;
            }
        };
    }

    /** {@code count} consecutive structs {@code name} (utimensat's two timespecs), printed by {@code p}. */
    public static Pointee structArray(String name, int count, ArrayPrinter p) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return count * layout(name, s.arch()).size();
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructLayout l = layout(name, c.arch());
                List<StructView> elements = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    elements.add(element(l, data.data(), k));
                }
                p.print(c, elements, out);
            }
        };
    }

    public static Pointee fixed(int size64, int size32, Printer p) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return s.arch() == Arch.I386 ? size32 : size64;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                p.print(c, new StructReader(data, c.arch()), out);
            }
        };
    }

    /** {@code [27]}: an int (or long / off_t) behind a pointer. */
    public static Pointee value(int size64, int size32, boolean signed) {
        return fixed(size64, size32, (c, r, out) -> {
            boolean wide = size(c, size64, size32) == 8;
            String v = wide ? (signed ? Long.toString(r.s64(0)) : Long.toUnsignedString(r.s64(0)))
                    : signed ? Integer.toString(r.s32(0)) : Long.toString(r.u32(0));
            out.append('[').append(v).append(']');
        });
    }

    /**
     * A number the kernel updates ({@code sendfile}'s offset): {@code [0] => [8]} when it changed, else {@code [8]};
     * as an inout pointer it prints at exit.
     */
    public static Pointee updatedValue(int size64, int size32) {
        Pointee plain = value(size64, size32, true);
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return plain.size(s, arg);
            }

            @Override
            public boolean inoutPrintsAtExit() {
                return true;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                Capture before = c.entryCapture(arg, "");
                StringBuilder after = new StringBuilder();
                plain.print(c, arg, data, after);
                if (before != null && before.readable() && before != data) {
                    int mark = out.length();
                    try {
                        plain.print(c, arg, before, out);
                        if (out.substring(mark).equals(after.toString())) {
                            out.setLength(mark);
                        } else {
                            out.append(" => ");
                        }
                    } catch (StructReader.Short e) {
                        out.setLength(mark);
                    }
                }
                out.append(after);
            }
        };
    }

    private static int size(CallView c, int s64, int s32) {
        return c.arch() == Arch.I386 ? s32 : s64;
    }

    /** {@code [0x7f...]}: an address behind a pointer. */
    public static final Pointee HEX_WORD = fixed(8, 4, (c, r, out) -> out.append('[').append(Scalars.hex(r.word(0)))
            .append(']'));

    public static final Pointee FD_PAIR = fixed(8, 8, (c, r, out) -> {
        out.append('[');
        Scalars.fd(c, r.s32(0), out);
        out.append(", ");
        Scalars.fd(c, r.s32(4), out);
        out.append(']');
    });

    /** mincore's vector: one byte per page of {@code len} bytes. */
    public static Pointee pageVector(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min((Math.max(s.length(len), 0) + 4095) / 4096, 4096);
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long n = (Math.max(c.length(len), 0) + 4095) / 4096;
                out.append('[');
                for (int k = 0; k < n; k++) {
                    if (k >= c.options().stringLimit()) {
                        out.append(", ...");
                        break;
                    }
                    out.append(k > 0 ? ", " : "").append(r.u8(k));
                }
                out.append(']');
            }
        };
    }

    /** {@code gidarr[n]}: n gid_t values, {@code [0, 4]}. */
    public static Pointee gids(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.max(0, s.length(len)) * 4;
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(len) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long n = Math.max(0, c.length(len));
                out.append('[');
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    out.append(r.u32(4 * k));
                }
                out.append(']');
            }
        };
    }

    /** {@code cpuset[n]}: a CPU mask of n bytes printed as the list of set CPUs, {@code [0 1]}. */
    public static Pointee cpuset(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.max(0, s.length(len));
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long n = Math.min(Math.max(0, c.length(len)), data.data().length);
                StructReader r = new StructReader(data, c.arch());
                out.append('[');
                boolean first = true;
                for (int bit = 0; bit < n * 8; bit++) {
                    if ((r.u8(bit / 8) >> (bit % 8) & 1) != 0) {
                        out.append(first ? "" : " ").append(bit);
                        first = false;
                    }
                }
                out.append(']');
            }
        };
    }

    private Pointees() {
    }
}
