package dev.jtrace.format.syscalls.types;

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
        return Pointees.countedStructs("futex_waitv", count, MAX, Pointees.OverLimit.FIRST, (c, v, out) -> {
            out.append("{val=").append(Scalars.hex(v.get("val")))
                    .append(", uaddr=").append(CallView.pointer(v.get("uaddr")))
                    .append(", flags=").append(c.constant("futex2_flags", v.get("flags")));
            if (v.get("__reserved") != 0) {
                out.append(", __reserved=").append(Scalars.hex(v.get("__reserved")));
            }
            out.append('}');
        });
    }
}
