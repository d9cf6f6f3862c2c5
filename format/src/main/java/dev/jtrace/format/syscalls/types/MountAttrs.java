package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.Arrays;

/**
 * {@code mount_attr[size]}: mount_setattr's struct mount_attr,
 * {@code {attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=MS_PRIVATE, userns_fd=0}}. A size below the struct's
 * prints the address; bytes past it that are not zero print as {@code , /* bytes 32..39 *}{@code / "\x00..."}.
 */
public final class MountAttrs {
    /** How many bytes past the known struct are read to show the caller's extension. */
    private static final int TAIL_LIMIT = 256;

    private MountAttrs() {
    }

    public static Pointee mountAttr(String size) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                long known = StructLayouts.builtIn().get("mount_attr", s.arch()).size();
                return Math.min(Math.max(s.length(size), known), known + TAIL_LIMIT);
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                int known = (int) StructLayouts.builtIn().get("mount_attr", c.arch()).size();
                long given = c.length(size);
                if (given < known) {
                    throw new StructReader.Short();
                }
                StructView v = c.struct("mount_attr", data);
                out.append("{attr_set=").append(c.constant("mount_attr_flags", v.get("attr_set")))
                        .append(", attr_clr=").append(c.constant("mount_attr_flags", v.get("attr_clr")))
                        .append(", propagation=").append(c.constant("mount_propagation", v.get("propagation")))
                        .append(", userns_fd=").append(Long.toUnsignedString(v.get("userns_fd")));
                byte[] tail = Arrays.copyOfRange(data.data(), known, (int) Math.min(given, data.data().length));
                if (tail.length > 0 && !allZero(tail)) {
                    out.append(", /* bytes ").append(known).append("..").append(known + tail.length - 1)
                            .append(" */ ");
                    Strings.quoted(c, new Capture(arg, "", 0, tail, tail.length, 0), tail.length, false, true, -1,
                            out);
                }
                out.append('}');
            }
        };
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
