package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import java.util.Arrays;

/**
 * kexec_load's segments: {@code [{buf=0x1000, bufsz=16, mem=0x100000, memsz=4096}, ...]}, every element (the
 * kernel takes at most KEXEC_SEGMENT_MAX of them; strace prints a longer array as its address).
 */
public final class KexecStructs {
    private static final int SEGMENT_MAX = 16;

    private KexecStructs() {
    }

    public static Pointee segments(String count) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                long n = s.length(count);
                return n < 0 || n > SEGMENT_MAX ? 0 : n * layout(s.arch()).size();
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(count) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long n = c.length(count);
                StructLayout l = layout(c.arch());
                int size = (int) l.size();
                if (n < 0 || n > SEGMENT_MAX || data.data().length < n * size) {
                    throw new StructReader.Short();
                }
                out.append('[');
                for (int k = 0; k < n; k++) {
                    var v = l.view(Arrays.copyOfRange(data.data(), k * size, (k + 1) * size));
                    out.append(k > 0 ? ", " : "").append("{buf=").append(CallView.pointer(v.get("buf")))
                            .append(", bufsz=").append(Long.toUnsignedString(v.get("bufsz")))
                            .append(", mem=").append(CallView.pointer(v.get("mem")))
                            .append(", memsz=").append(Long.toUnsignedString(v.get("memsz"))).append('}');
                }
                out.append(']');
            }
        };
    }

    private static StructLayout layout(dev.jtrace.format.Arch arch) {
        return StructLayouts.builtIn().get("kexec_segment", arch);
    }
}
