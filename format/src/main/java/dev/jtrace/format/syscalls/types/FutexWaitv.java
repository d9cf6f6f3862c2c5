package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.Arrays;

/**
 * {@code futex_waitv[count]}: futex_waitv's waiters,
 * {@code [{val=0x1, uaddr=0x55..., flags=FUTEX_32|FUTEX_PRIVATE_FLAG}]} ({@code __reserved} only when set).
 */
public final class FutexWaitv {
    /** The kernel's FUTEX_WAITV_MAX: a longer array is rejected, so nothing past it is read. */
    private static final int MAX = 128;

    private FutexWaitv() {
    }

    public static Pointee waiters(String count) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(Math.max(s.length(count), 0), MAX) * layout(s.arch()).size();
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(count) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructLayout l = layout(c.arch());
                int size = (int) l.size();
                long n = Math.min(Math.max(c.length(count), 0), MAX);
                if (data.data().length < n * size) {
                    throw new StructReader.Short();
                }
                out.append('[');
                for (int k = 0; k < n; k++) {
                    StructView v = l.view(Arrays.copyOfRange(data.data(), k * size, (k + 1) * size));
                    out.append(k > 0 ? ", " : "").append("{val=").append(Scalars.hex(v.get("val")))
                            .append(", uaddr=").append(CallView.pointer(v.get("uaddr")))
                            .append(", flags=").append(c.constant("futex2_flags", v.get("flags")));
                    if (v.get("__reserved") != 0) {
                        out.append(", __reserved=").append(Scalars.hex(v.get("__reserved")));
                    }
                    out.append('}');
                }
                out.append(']');
            }
        };
    }

    private static StructLayout layout(dev.jtrace.format.Arch arch) {
        return StructLayouts.builtIn().get("futex_waitv", arch);
    }
}
