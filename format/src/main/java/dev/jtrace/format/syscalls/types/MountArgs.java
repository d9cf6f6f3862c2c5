package dev.jtrace.format.syscalls.types;

/**
 * mount's file system type and data: strings, except where the flags make the kernel ignore them, which strace then
 * prints as addresses. A remount ignores the type; a bind, move or propagation change ignores type and data.
 */
public final class MountArgs {
    private static final long MS_REMOUNT = 0x20;
    private static final long MS_BIND = 0x1000;
    private static final long MS_MOVE = 0x2000;
    private static final long PROPAGATION = 0x20000 | 0x40000 | 0x80000 | 0x100000; // UNBINDABLE PRIVATE SLAVE SHARED
    private static final long MS_MGC_MSK = 0xffff0000L;
    private static final long MS_MGC_VAL = 0xc0ed0000L;

    private MountArgs() {
    }

    /** {@code mountstr[flagsarg]}: the type ({@code data} false) or the data ({@code data} true). */
    public static ArgType string(String flagsArg, boolean data) {
        ArgType str = Strings.string(false);
        return new ArgType() {
            @Override
            public void captureAtEntry(CaptureSite s, int i) {
                if (!ignored(s.arg(flagsArg), data)) {
                    str.captureAtEntry(s, i);
                }
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                if (ignored(c.arg(flagsArg), data)) {
                    out.append(CallView.pointer(c.arg(i)));
                } else {
                    str.print(c, i, out);
                }
            }
        };
    }

    private static boolean ignored(long flags, boolean data) {
        if ((flags & MS_MGC_MSK) == MS_MGC_VAL) {
            flags &= ~MS_MGC_MSK;
        }
        boolean moved = (flags & (MS_BIND | MS_MOVE | PROPAGATION)) != 0;
        return data ? moved && (flags & MS_REMOUNT) == 0 : moved || (flags & MS_REMOUNT) != 0;
    }
}
