package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;

/**
 * struct user_desc as strace prints it for set_thread_area, get_thread_area and modify_ldt:
 * {@code {entry_number=-1, base_addr=0x001000, limit=0x000fff, seg_32bit=1, ..., useable=1, lm=0}} (lm only on
 * x86_64). get_thread_area's caller gives only the entry number: it prints at entry, the rest when the call returned.
 */
public final class LdtStructs {
    private static final String LAYOUT = "user_desc";

    private LdtStructs() {
    }

    /** The whole struct, read at entry (set_thread_area). */
    public static final Pointee USER_DESC = Pointees.struct(LAYOUT, (c, v, out) -> {
        out.append("{entry_number=").append((int) v.get("entry_number"));
        rest(c, v, out);
    });

    /**
     * modify_ldt's buffer: a user_desc, printed in full at entry, when the byte count is its size; otherwise the
     * address.
     */
    public static Pointee ldtBuffer(String bytecount) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return s.length(bytecount) == layoutSize(s.arch()) ? layoutSize(s.arch()) : 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                if (c.length(bytecount) != layoutSize(c.arch())) {
                    throw new StructReader.Short();
                }
                USER_DESC.print(c, arg, data, out);
            }
        };
    }

    /** get_thread_area: {@code {entry_number=12, ...}} when it failed, the whole struct when it succeeded. */
    public static final Pointee THREAD_AREA_QUERY = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return layoutSize(s.arch());
        }

        @Override
        public boolean inoutPrintsAtExit() {
            return true;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            Capture entry = c.entryCapture(arg, "");
            if (entry == null || !entry.readable()) {
                throw new StructReader.Short();
            }
            long asked = c.struct(LAYOUT, entry).get("entry_number");
            out.append("{entry_number=").append((int) asked);
            if (!c.succeeded() || data == entry) {
                out.append(", ...}");
                return;
            }
            StructView v = c.struct(LAYOUT, data);
            long given = v.get("entry_number");
            if (given != asked) {
                out.append(" => ").append((int) given == -1 ? "-1" : Long.toString(given));
            }
            rest(c, v, out);
        }
    };

    private static long layoutSize(Arch arch) {
        return StructLayouts.builtIn().get(LAYOUT, arch).size();
    }

    private static void rest(CallView c, StructView v, StringBuilder out) {
        long flags = v.get("flags");
        out.append(", base_addr=").append(hex08(v.get("base_addr")))
                .append(", limit=").append(hex08(v.get("limit")))
                .append(", seg_32bit=").append(flags & 1)
                .append(", contents=").append(flags >> 1 & 3)
                .append(", read_exec_only=").append(flags >> 3 & 1)
                .append(", limit_in_pages=").append(flags >> 4 & 1)
                .append(", seg_not_present=").append(flags >> 5 & 1)
                .append(", useable=").append(flags >> 6 & 1);
        if (c.arch() == Arch.X86_64) {
            out.append(", lm=").append(flags >> 7 & 1);
        }
        out.append('}');
    }

    /** C's {@code %#08x}: eight characters wide, zero-padded after the 0x (which a zero value goes without). */
    private static String hex08(long v) {
        String digits = Long.toHexString(v);
        String prefix = v == 0 ? "" : "0x";
        int pad = Math.max(0, 8 - prefix.length() - digits.length());
        return prefix + "0".repeat(pad) + digits;
    }
}
