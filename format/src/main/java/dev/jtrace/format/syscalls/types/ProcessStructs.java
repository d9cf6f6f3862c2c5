package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructView;

/** Process structs: rlimits, utsname, sysinfo, capabilities, rusage, winsize. */
public final class ProcessStructs {
    /** struct winsize (TIOCGWINSZ). */
    static final Pointee WINSIZE = Pointees.struct("winsize", (c, v, out) -> out.append("{ws_row=")
            .append(v.get("ws_row")).append(", ws_col=").append(v.get("ws_col")).append(", ws_xpixel=")
            .append(v.get("ws_xpixel")).append(", ws_ypixel=").append(v.get("ws_ypixel")).append('}'));

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

    public static final Pointee RLIMIT64 = Pointees.struct("rlimit64", (c, v, out) -> out.append("{rlim_cur=")
            .append(rlimVerbose(c, v.get("rlim_cur"), true, false)).append(", rlim_max=")
            .append(rlimVerbose(c, v.get("rlim_max"), true, false)).append('}'));

    public static final Pointee RLIMIT = Pointees.struct("rlimit", (c, v, out) -> {
        boolean i386 = c.arch() == Arch.I386;
        out.append("{rlim_cur=").append(rlimVerbose(c, v.get("rlim_cur"), false, i386)).append(", rlim_max=")
                .append(rlimVerbose(c, v.get("rlim_max"), false, i386)).append('}');
    });

    /** struct utsname: six 65-byte strings; abbreviated to sysname and nodename unless -v. */
    public static final Pointee UTSNAME = Pointees.struct("utsname", (c, v, out) -> {
        String[] names = {"sysname", "nodename", "release", "version", "machine", "domainname"};
        out.append('{');
        int shown = c.options().verbose() ? 6 : 2;
        for (int k = 0; k < shown; k++) {
            byte[] field = v.bytes(names[k]);
            int n = 0;
            while (n < field.length && field[n] != 0) {
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

    /**
     * _sysctl's struct __sysctl_args: {@code {name=0x7ffc..., nlen=2, oldval=NULL, oldlenp=NULL, newval=NULL,
     * newlen=0}} (the kernel no longer has the call, so strace prints the name array as its address).
     */
    public static final Pointee SYSCTL_ARGS = Pointees.struct("sysctl_args", (c, v, out) -> out.append("{name=")
            .append(CallView.pointer(v.get("name"))).append(", nlen=").append(v.get("nlen")).append(", oldval=")
            .append(CallView.pointer(v.get("oldval"))).append(", oldlenp=").append(CallView.pointer(v.get("oldlenp")))
            .append(", newval=").append(CallView.pointer(v.get("newval"))).append(", newlen=")
            .append(Long.toUnsignedString(v.get("newlen"))).append('}'));

    public static final Pointee SYSINFO = Pointees.struct("sysinfo", (c, v, out) -> {
        out.append("{uptime=").append(v.get("uptime")).append(", loads=[").append(v.get("loads", 0)).append(", ")
                .append(v.get("loads", 1)).append(", ").append(v.get("loads", 2)).append(']');
        for (String f : new String[] {"totalram", "freeram", "sharedram", "bufferram", "totalswap", "freeswap",
            "procs", "totalhigh", "freehigh", "mem_unit"}) {
            out.append(", ").append(f).append('=').append(v.get(f));
        }
        out.append('}');
    });

    /** struct __user_cap_header_struct. */
    public static final Pointee CAP_HEADER = Pointees.struct("cap_header", (c, v, out) -> out.append("{version=")
            .append(c.constant("cap_version", v.get("version"))).append(", pid=").append(v.get("pid")).append('}'));

    /**
     * The __user_cap_data_struct pair of capability versions 2 and 3 (one struct for version 1):
     * each set as {@code 1<<CAP_CHOWN|1<<CAP_KILL}, the high 32 bits from the second struct.
     */
    public static final Pointee CAP_DATA = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return 2 * Pointees.layout("cap_data", s.arch()).size();
        }

        @Override
        public void capture(CaptureSite site, int arg, long address) {
            site.bytes(arg, "", address, size(site, arg), size(site, arg));
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructLayout l = Pointees.layout("cap_data", c.arch());
            StructView low = Pointees.element(l, data.data(), 0);
            StructView high = Pointees.element(l, data.data(), 1);
            boolean two = high.holds("inheritable");
            String[] names = {"effective", "permitted", "inheritable"};
            out.append('{');
            for (int k = 0; k < 3; k++) {
                long bits = low.get(names[k]) | (two ? high.get(names[k]) << 32 : 0);
                out.append(k > 0 ? ", " : "").append(names[k]).append('=').append(c.constant("capabilities", bits));
            }
            out.append('}');
        }
    };

    /** struct rusage, abbreviated as strace prints it without -v. */
    public static final Pointee RUSAGE = Pointees.struct("rusage", (c, v, out) -> {
        out.append("{ru_utime=").append(TimeStructs.timespec(v.struct("ru_utime"))).append(", ru_stime=")
                .append(TimeStructs.timespec(v.struct("ru_stime")));
        String[] names = {"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
            "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};
        int shown = c.options().verbose() ? names.length : 0;
        for (int k = 0; k < shown; k++) {
            out.append(", ").append(names[k]).append('=').append(v.get(names[k]));
        }
        out.append(c.options().verbose() ? "}" : ", ...}");
    });

    private ProcessStructs() {
    }
}
