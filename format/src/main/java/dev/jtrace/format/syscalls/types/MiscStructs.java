package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Signals;

/** Small pointees: values behind pointers, fd pairs, wait status, limits, times, signal sets, uname. */
public final class MiscStructs {
    private MiscStructs() {
    }

    /** A fixed-size pointee printed by a lambda. */
    public interface Printer {
        void print(CallView c, StructReader r, StringBuilder out);
    }

    public static Pointee fixed(int size64, int size32, Printer p) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return s.arch() == Arch.I386 ? size32 : size64;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                p.print(c, new StructReader(data, c.arch()), out);
            }
        };
    }

    /** {@code [27]}: an int (or long / off_t) behind a pointer. */
    public static Pointee value(int size64, int size32, boolean signed) {
        return fixed(size64, size32, (c, r, out) -> {
            boolean wide = size(c, size64, size32) == 8;
            String v = wide ? (signed ? Long.toString(r.s64(0)) : Long.toUnsignedString(r.s64(0)))
                    : signed ? Integer.toString(r.s32(0)) : Long.toString(r.u32(0));
            out.append('[').append(v).append(']');
        });
    }

    private static int size(CallView c, int s64, int s32) {
        return c.arch() == Arch.I386 ? s32 : s64;
    }

    /** {@code [0x7f...]}: an address behind a pointer. */
    public static final Pointee HEX_WORD = fixed(8, 4, (c, r, out) -> out.append('[').append(Scalars.hex(r.word(0)))
            .append(']'));

    /** {@code [28 => 16]}: a socklen_t that the kernel updates. */
    public static final Pointee SOCKLEN = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return 4;
        }

        @Override
        public boolean inoutPrintsAtExit() {
            return true;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            Capture before = c.entryCapture(arg, "");
            long after = new StructReader(data, c.arch()).u32(0);
            out.append('[');
            if (before != null && before.readable() && before.data().length >= 4) {
                long in = new StructReader(before, c.arch()).u32(0);
                if (in != after) {
                    out.append(in).append(" => ");
                }
            }
            out.append(after).append(']');
        }
    };

    public static final Pointee FD_PAIR = fixed(8, 8, (c, r, out) -> {
        out.append('[');
        Scalars.fd(c, r.s32(0), out);
        out.append(", ");
        Scalars.fd(c, r.s32(4), out);
        out.append(']');
    });

    /** {@code [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]}. */
    public static final Pointee WAIT_STATUS = fixed(4, 4, (c, r, out) -> out.append("[{").append(waitStatus(r.s32(0)))
            .append("}]"));

    public static String waitStatus(int s) {
        int sig = s & 0x7f;
        if (sig == 0) {
            return "WIFEXITED(s) && WEXITSTATUS(s) == " + ((s >> 8) & 0xff);
        }
        if (sig == 0x7f) {
            return "WIFSTOPPED(s) && WSTOPSIG(s) == " + Signals.nameOrNumber((s >> 8) & 0xff)
                    + ((s >> 16) != 0 ? " && s >> 16 == " + (s >>> 16) : "");
        }
        if (s == 0xffff) {
            return "WIFCONTINUED(s)";
        }
        return "WIFSIGNALED(s) && WTERMSIG(s) == " + Signals.nameOrNumber(sig) + ((s & 0x80) != 0 ? " && WCOREDUMP(s)" : "");
    }

    private static String rlim(long v, boolean is64, boolean i386) {
        if (v == -1 || (!is64 && i386 && v == 0xffffffffL)) {
            return is64 ? "RLIM64_INFINITY" : "RLIM_INFINITY";
        }
        if (v > 0 && v % 1024 == 0) {
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

    public static final Pointee RLIMIT64 = fixed(16, 16, (c, r, out) -> out.append("{rlim_cur=")
            .append(rlimVerbose(c, r.s64(0), true, false)).append(", rlim_max=")
            .append(rlimVerbose(c, r.s64(8), true, false)).append('}'));
    public static final Pointee RLIMIT = fixed(16, 8, (c, r, out) -> {
        int w = r.wordSize();
        boolean i386 = w == 4;
        out.append("{rlim_cur=").append(rlimVerbose(c, r.word(0), false, i386)).append(", rlim_max=")
                .append(rlimVerbose(c, r.word(w), false, i386)).append('}');
    });

    /** struct timespec / timeval ({@code tv_nsec} / {@code tv_usec}), native longs of the ABI. */
    public static String timespec(StructReader r, int off, String frac) {
        int w = r.wordSize();
        return "{tv_sec=" + r.sword(off) + ", " + frac + "=" + r.sword(off + w) + "}";
    }

    public static final Pointee TIMESPEC = fixed(16, 8, (c, r, out) -> out.append(timespec(r, 0, "tv_nsec")));
    /** struct __kernel_timespec: two 64-bit fields in both ABIs. */
    public static final Pointee TIMESPEC64 = fixed(16, 16, (c, r, out) -> out.append("{tv_sec=").append(r.s64(0))
            .append(", tv_nsec=").append(r.s64(8)).append('}'));
    public static final Pointee TIMEVAL = fixed(16, 8, (c, r, out) -> out.append(timespec(r, 0, "tv_usec")));
    public static final Pointee TIMEZONE = fixed(8, 8, (c, r, out) -> out.append("{tz_minuteswest=").append(r.s32(0))
            .append(", tz_dsttime=").append(r.s32(4)).append('}'));
    public static final Pointee ITIMERVAL = fixed(32, 16, (c, r, out) -> out.append("{it_interval=")
            .append(timespec(r, 0, "tv_usec")).append(", it_value=").append(timespec(r, 2 * r.wordSize(), "tv_usec"))
            .append('}'));

    /** struct itimerspec: interval and value as timespecs of the ABI. */
    public static final Pointee ITIMERSPEC = fixed(32, 16, (c, r, out) -> out.append("{it_interval=")
            .append(timespec(r, 0, "tv_nsec")).append(", it_value=").append(timespec(r, 2 * r.wordSize(), "tv_nsec"))
            .append('}'));

    private static final long UTIME_NOW = (1L << 30) - 1;
    private static final long UTIME_OMIT = (1L << 30) - 2;

    /** utimensat's two timespecs: {@code [UTIME_NOW, UTIME_OMIT]} or {@code [{tv_sec=.., tv_nsec=..}, ...]}. */
    public static final Pointee UTIMENS = fixed(32, 16, (c, r, out) -> {
        int w = r.wordSize();
        out.append('[');
        for (int k = 0; k < 2; k++) {
            long nsec = r.sword(2 * w * k + w);
            out.append(k > 0 ? ", " : "").append(nsec == UTIME_NOW ? "UTIME_NOW" : nsec == UTIME_OMIT ? "UTIME_OMIT"
                    : timespec(r, 2 * w * k, "tv_nsec"));
        }
        out.append(']');
    });

    /** utimes/futimesat: two timevals. */
    public static final Pointee TIMEVAL_PAIR = fixed(32, 16, (c, r, out) -> out.append('[')
            .append(timespec(r, 0, "tv_usec")).append(", ").append(timespec(r, 2 * r.wordSize(), "tv_usec")).append(']'));

    /** struct utimbuf. */
    public static final Pointee UTIMBUF = fixed(16, 8, (c, r, out) -> out.append("{actime=").append(r.sword(0))
            .append(", modtime=").append(r.sword(r.wordSize())).append('}'));

    /** struct epoll_event (packed: u32 events, u64 data, in both ABIs). */
    static void epollEvent(CallView c, StructReader r, int off, StringBuilder out) {
        long data = r.s64(off + 4);
        out.append("{events=").append(c.constant("epoll_events", r.u32(off))).append(", data={u32=")
                .append(data & 0xffffffffL).append(", u64=").append(Long.toUnsignedString(data)).append("}}");
    }

    public static final Pointee EPOLL_EVENT = fixed(12, 12, (c, r, out) -> epollEvent(c, r, 0, out));

    /** {@code epoll_events[n]}: the n ready events the kernel wrote. */
    public static Pointee epollEvents(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(Math.max(s.length(len), 0), 4096) * 12;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long n = Math.max(c.length(len), 0);
                out.append('[');
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    epollEvent(c, r, 12 * k, out);
                }
                out.append(']');
            }
        };
    }

    /** mincore's vector: one byte per page of {@code len} bytes. */
    public static Pointee pageVector(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min((Math.max(s.length(len), 0) + 4095) / 4096, 4096);
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long n = (Math.max(c.length(len), 0) + 4095) / 4096;
                out.append('[');
                for (int k = 0; k < n; k++) {
                    if (k >= c.options().stringLimit()) {
                        out.append(", ...");
                        break;
                    }
                    out.append(k > 0 ? ", " : "").append(r.u8(k));
                }
                out.append(']');
            }
        };
    }

    /** siginfo_t (waitid's output, rt_sigqueueinfo's input): {@code {}} when empty (waitid with WNOHANG). */
    public static final Pointee SIGINFO = fixed(128, 128, (c, r, out) -> {
        byte[] b = r.bytes(0, 128);
        boolean empty = r.s32(0) == 0;
        out.append(empty ? "{}" : dev.jtrace.format.decode.Siginfo.format(b, c.arch(), c.options()));
    });

    /** Signal sets: {@code [INT TERM]}, or {@code ~[...]} when more than half the signals are in it. */
    public static String sigset(long bits, int nbits) {
        return sigset(bits, nbits, dev.jtrace.format.decode.DecodeOptions.Constants.ABBREV);
    }

    /** A signal set under -X: raw prints numbers, verbose {@code 32 /* RTMIN *}{@code /}. */
    public static String sigset(long bits, int nbits, dev.jtrace.format.decode.DecodeOptions.Constants mode) {
        int count = Long.bitCount(nbits >= 64 ? bits : bits & ((1L << nbits) - 1));
        boolean invert = count > nbits / 2;
        long shown = invert ? ~bits : bits;
        StringBuilder b = new StringBuilder(invert ? "~[" : "[");
        boolean first = true;
        for (int sig = 1; sig <= nbits; sig++) {
            if ((shown >>> (sig - 1) & 1) != 0) {
                if (!first) {
                    b.append(' ');
                }
                first = false;
                String n = Signals.name(sig);
                if (n == null || mode == dev.jtrace.format.decode.DecodeOptions.Constants.RAW) {
                    b.append(sig);
                } else if (mode == dev.jtrace.format.decode.DecodeOptions.Constants.VERBOSE) {
                    b.append(sig).append(" /* ").append(n.substring(3)).append(" */");
                } else {
                    b.append(n.substring(3));
                }
            }
        }
        return b.append(']').toString();
    }

    /** {@code sigset[sigsetsize]}: a kernel sigset of the given byte size (at most 8 bytes printed). */
    public static Pointee sigset(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(Math.max(s.length(len), 0), 8);
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long n = c.length(len);
                if (n <= 0 || n > 8 || data.data().length < n) {
                    throw new StructReader.Short();
                }
                StructReader r = new StructReader(data, c.arch());
                long bits = n >= 8 ? r.s64(0) : r.u32(0);
                out.append(sigset(bits, (int) n * 8, c.options().constants()));
            }
        };
    }

    /** pselect6's 6th argument: {@code {const sigset_t *ss; size_t ss_len}}, printed {@code {[], 8}}. */
    public static final Pointee SIGMASK_ARG = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return s.arch() == Arch.I386 ? 8 : 16;
        }

        @Override
        public void capture(CaptureSite site, int arg, long address) {
            Capture c = site.bytes(arg, "", address, size(site, arg));
            StructReader r = new StructReader(c.data(), site.arch());
            if (r.size() == size(site, arg) && r.word(0) != 0) {
                site.bytes(arg, "ss", r.word(0), Math.min(r.word(r.wordSize()), 8));
            }
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructReader r = new StructReader(data, c.arch());
            long ss = r.word(0);
            long len = r.word(r.wordSize());
            Capture set = c.entryCapture(arg, "ss");
            out.append('{');
            if (ss == 0) {
                out.append("NULL");
            } else if (set == null || !set.readable() || len == 0 || len > 8 || set.data().length < len) {
                out.append(CallView.pointer(ss));
            } else {
                StructReader sr = new StructReader(set, c.arch());
                out.append(sigset(len >= 8 ? sr.s64(0) : sr.u32(0), (int) len * 8, c.options().constants()));
            }
            out.append(", ").append(len).append('}');
        }
    };

    /** The kernel's struct sigaction: handler, flags, restorer, mask. */
    public static final Pointee SIGACTION = fixed(32, 20, (c, r, out) -> {
        int w = r.wordSize();
        long handler = r.word(0);
        long flags = r.word(w);
        long restorer = r.word(2 * w);
        long mask = w == 8 ? r.s64(3 * w) : r.s64(3 * w);
        String h = handler == 0 ? "SIG_DFL" : handler == 1 ? "SIG_IGN" : null;
        var mode = c.options().constants();
        out.append("{sa_handler=").append(h == null ? Scalars.hex(handler) : switch (mode) {
            case RAW -> Long.toString(handler);
            case VERBOSE -> handler + " /* " + h + " */";
            default -> h;
        }).append(", sa_mask=").append(sigset(mask, 64, mode)).append(", sa_flags=")
                .append(c.constant("sa", flags));
        if ((flags & 0x4000000) != 0) {
            out.append(", sa_restorer=").append(Scalars.hex(restorer));
        }
        out.append('}');
    });

    public static final Pointee STACK = fixed(24, 12, (c, r, out) -> {
        int w = r.wordSize();
        out.append("{ss_sp=").append(CallView.pointer(r.word(0))).append(", ss_flags=")
                .append(c.constant("ss_flags", r.u32(w))).append(", ss_size=").append(r.word(2 * w)).append('}');
    });

    /** struct utsname: six 65-byte strings; abbreviated to sysname and nodename unless -v. */
    public static final Pointee UTSNAME = fixed(390, 390, (c, r, out) -> {
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

    public static final Pointee SYSINFO = fixed(112, 64, (c, r, out) -> {
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

    /** {@code gidarr[n]}: n gid_t values, {@code [0, 4]}. */
    public static Pointee gids(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.max(0, s.length(len)) * 4;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long n = Math.max(0, c.length(len));
                out.append('[');
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    out.append(r.u32(4 * k));
                }
                out.append(']');
            }
        };
    }

    /** {@code cpuset[n]}: a CPU mask of n bytes printed as the list of set CPUs, {@code [0 1]}. */
    public static Pointee cpuset(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.max(0, s.length(len));
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long n = Math.min(Math.max(0, c.length(len)), data.data().length);
                StructReader r = new StructReader(data, c.arch());
                out.append('[');
                boolean first = true;
                for (int bit = 0; bit < n * 8; bit++) {
                    if ((r.u8(bit / 8) >> (bit % 8) & 1) != 0) {
                        out.append(first ? "" : " ").append(bit);
                        first = false;
                    }
                }
                out.append(']');
            }
        };
    }

    /** struct __user_cap_header_struct. */
    public static final Pointee CAP_HEADER = fixed(8, 8, (c, r, out) -> out.append("{version=")
            .append(c.constant("cap_version", r.u32(0))).append(", pid=").append(r.s32(4)).append('}'));

    /** struct __user_cap_data_struct (the first of the pair). */
    public static final Pointee CAP_DATA = fixed(12, 12, (c, r, out) -> out.append("{effective=")
            .append(Scalars.hex(r.u32(0))).append(", permitted=").append(Scalars.hex(r.u32(4)))
            .append(", inheritable=").append(Scalars.hex(r.u32(8))).append('}'));

    /** struct tms: four clock_t. */
    public static final Pointee TMS = fixed(32, 16, (c, r, out) -> {
        int w = r.wordSize();
        out.append("{tms_utime=").append(r.word(0)).append(", tms_stime=").append(r.word(w))
                .append(", tms_cutime=").append(r.word(2 * w)).append(", tms_cstime=").append(r.word(3 * w)).append('}');
    });

    /** struct rusage, abbreviated as strace prints it without -v. */
    public static final Pointee RUSAGE = fixed(144, 72, (c, r, out) -> {
        int w = r.wordSize();
        out.append("{ru_utime=").append(timespec(r, 0, "tv_usec")).append(", ru_stime=")
                .append(timespec(r, 2 * w, "tv_usec"));
        String[] names = {"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
            "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};
        int shown = c.options().verbose() ? names.length : 0;
        for (int k = 0; k < shown; k++) {
            out.append(", ").append(names[k]).append('=').append(r.sword((4 + k) * w));
        }
        out.append(c.options().verbose() ? "}" : ", ...}");
    });
}
