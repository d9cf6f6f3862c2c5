package dev.jtrace.format;

/** The syscall ABI of a stop, identified as the kernel does by its AUDIT_ARCH value. */
public enum Arch {
    X86_64(0xC000003E),
    I386(0x40000003);

    private final int auditArch;

    Arch(int auditArch) {
        this.auditArch = auditArch;
    }

    public int auditArch() {
        return auditArch;
    }

    /** The ABI with this AUDIT_ARCH value. */
    public static Arch ofAuditArch(int value) {
        for (Arch a : values()) {
            if (a.auditArch == value) {
                return a;
            }
        }
        throw new IllegalArgumentException(String.format("unknown audit arch 0x%08x", value));
    }
}
