package dev.jtrace.format.syscalls.types;

/**
 * {@code kexec_segments[count]}: kexec_load's segments,
 * {@code [{buf=0x7ffc..., bufsz=16, mem=0x100000, memsz=4096}]}; more than the kernel's KEXEC_SEGMENT_MAX print as
 * the address.
 */
public final class KexecSegments {
    private static final int KEXEC_SEGMENT_MAX = 16;

    private KexecSegments() {
    }

    public static Pointee segments(String count) {
        return Pointees.countedStructs("kexec_segment", count, KEXEC_SEGMENT_MAX, Pointees.OverLimit.ADDRESS,
                (c, v, out) -> out.append("{buf=").append(CallView.pointer(v.get("buf")))
                        .append(", bufsz=").append(Long.toUnsignedString(v.get("bufsz")))
                        .append(", mem=").append(CallView.pointer(v.get("mem")))
                        .append(", memsz=").append(Long.toUnsignedString(v.get("memsz"))).append('}'));
    }
}
