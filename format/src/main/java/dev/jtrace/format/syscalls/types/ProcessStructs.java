package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/** Process structs: rlimits, utsname, sysinfo, capabilities, rusage, winsize. */
public final class ProcessStructs {
    /** struct winsize (TIOCGWINSZ). */
    static final Pointee WINSIZE = Pointees.fixed(8, 8, (c, r, out) -> out.append("{ws_row=").append(r.u16(0))
            .append(", ws_col=").append(r.u16(2)).append(", ws_xpixel=").append(r.u16(4)).append(", ws_ypixel=")
            .append(r.u16(6)).append('}'));

    private static String rlim(long v, boolean is64, boolean i386) {
        if (v == -1 || (!is64 && i386 && v == 0xffffffffL)) {
            return is64 ? "RLIM64_INFINITY" : "RLIM_INFINITY";
        }
        if (v > 1024 && v % 1024 == 0) {
            return Long.toUnsignedString(v / 1024) + "*1024";
        }
        return Long.toUnsignedString(v);
    }

    private static String rlimVerbose(CallView c, long v, boolean is64, boolean i386) {
        String sym = rlim(v, is64, i386);
        String raw = Long.toUnsignedString(v);
        return switch (c.options().constants()) {
            case RAW -> raw;
            case VERBOSE -> sym.equals(raw) ? raw : raw + " /* " + sym + " */";
            default -> sym;
        };
    }

    public static final Pointee RLIMIT64 = Pointees.fixed(16, 16, (c, r, out) -> out.append("{rlim_cur=")
            .append(rlimVerbose(c, r.s64(0), true, false)).append(", rlim_max=")
            .append(rlimVerbose(c, r.s64(8), true, false)).append('}'));

    public static final Pointee RLIMIT = Pointees.fixed(16, 8, (c, r, out) -> {
        int w = r.wordSize();
        boolean i386 = w == 4;
        out.append("{rlim_cur=").append(rlimVerbose(c, r.word(0), false, i386)).append(", rlim_max=")
                .append(rlimVerbose(c, r.word(w), false, i386)).append('}');
    });

    /** struct utsname: six 65-byte strings; abbreviated to sysname and nodename unless -v. */
    public static final Pointee UTSNAME = Pointees.fixed(390, 390, (c, r, out) -> {
        String[] names = {"sysname", "nodename", "release", "version", "machine", "domainname"};
        out.append('{');
        int shown = c.options().verbose() ? 6 : 2;
        for (int k = 0; k < shown; k++) {
            byte[] field = r.bytes(65 * k, 65);
            int n = 0;
            while (n < 65 && field[n] != 0) {
                n++;
            }
            if (k > 0) {
                out.append(", ");
            }
            out.append(names[k]).append('=');
            Strings.quoted(c, new Capture(0, "", 0, java.util.Arrays.copyOf(field, n), n, 0), n, true, false,
                    c.options().stringLimit(), out);
        }
        out.append(shown == 6 ? "}" : ", ...}");
    });

    public static final Pointee SYSINFO = Pointees.fixed(112, 64, (c, r, out) -> {
        int w = r.wordSize();
        out.append("{uptime=").append(r.sword(0)).append(", loads=[").append(r.word(w)).append(", ")
                .append(r.word(2 * w)).append(", ").append(r.word(3 * w)).append("], totalram=").append(r.word(4 * w))
                .append(", freeram=").append(r.word(5 * w)).append(", sharedram=").append(r.word(6 * w))
                .append(", bufferram=").append(r.word(7 * w)).append(", totalswap=").append(r.word(8 * w))
                .append(", freeswap=").append(r.word(9 * w)).append(", procs=").append(r.u16(10 * w));
        int hi = w == 8 ? 88 : 44;
        out.append(", totalhigh=").append(r.word(hi)).append(", freehigh=").append(r.word(hi + w))
                .append(", mem_unit=").append(r.u32(hi + 2 * w)).append('}');
    });

    /** struct __user_cap_header_struct. */
    public static final Pointee CAP_HEADER = Pointees.fixed(8, 8, (c, r, out) -> out.append("{version=")
            .append(c.constant("cap_version", r.u32(0))).append(", pid=").append(r.s32(4)).append('}'));

    /**
     * The __user_cap_data_struct pair of capability versions 2 and 3 (one struct for version 1):
     * each set as {@code 1<<CAP_CHOWN|1<<CAP_KILL}, the high 32 bits from the second struct.
     */
    public static final Pointee CAP_DATA = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return 24;
        }

        @Override
        public void capture(CaptureSite site, int arg, long address) {
            site.bytes(arg, "", address, 24, 24);
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructReader r = new StructReader(data, c.arch());
            boolean two = r.size() >= 24;
            String[] names = {"effective", "permitted", "inheritable"};
            out.append('{');
            for (int k = 0; k < 3; k++) {
                long bits = r.u32(4 * k) | (two ? r.u32(12 + 4 * k) << 32 : 0);
                out.append(k > 0 ? ", " : "").append(names[k]).append('=').append(c.constant("capabilities", bits));
            }
            out.append('}');
        }
    };

    /** struct rusage, abbreviated as strace prints it without -v. */
    public static final Pointee RUSAGE = Pointees.fixed(144, 72, (c, r, out) -> {
        int w = r.wordSize();
        out.append("{ru_utime=").append(TimeStructs.timespec(r, 0, "tv_usec")).append(", ru_stime=")
                .append(TimeStructs.timespec(r, 2 * w, "tv_usec"));
        String[] names = {"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
            "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};
        int shown = c.options().verbose() ? names.length : 0;
        for (int k = 0; k < shown; k++) {
            out.append(", ").append(names[k]).append('=').append(r.sword((4 + k) * w));
        }
        out.append(c.options().verbose() ? "}" : ", ...}");
    });

    private ProcessStructs() {
    }
}
