package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Signals;
import dev.jtrace.format.syscalls.structs.StructView;

/** Signal sets, sigaction, stack_t, siginfo_t and wait statuses. */
public final class SignalStructs {
    /** {@code [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]}. */
    public static final Pointee WAIT_STATUS = Pointees.fixed(4, 4, (c, r, out) -> out.append("[{").append(waitStatus(r.s32(0)))
            .append("}]"));

    public static String waitStatus(int s) {
        if (s == 0xffff) {
            return "WIFCONTINUED(s)";
        }
        int sig = s & 0x7f;
        if (sig == 0) {
            return "WIFEXITED(s) && WEXITSTATUS(s) == " + ((s >> 8) & 0xff);
        }
        if (sig == 0x7f) {
            return "WIFSTOPPED(s) && WSTOPSIG(s) == " + Signals.nameOrNumber((s >> 8) & 0xff)
                    + ((s >> 16) != 0 ? " && s >> 16 == " + (s >>> 16) : "");
        }
        return "WIFSIGNALED(s) && WTERMSIG(s) == " + Signals.nameOrNumber(sig) + ((s & 0x80) != 0 ? " && WCOREDUMP(s)" : "");
    }

    /** siginfo_t (waitid's output, rt_sigqueueinfo's input): {@code {}} when empty (waitid with WNOHANG). */
    public static final Pointee SIGINFO = Pointees.fixed(128, 128, (c, r, out) -> {
        byte[] b = r.bytes(0, 128);
        boolean empty = r.s32(0) == 0;
        out.append(empty ? "{}" : dev.jtrace.format.decode.Siginfo.format(b, c.arch(), c.context()));
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
        private static final String PACK = "sigset_argpack";

        @Override
        public long size(CaptureSite s, int arg) {
            return Pointees.layout(PACK, s.arch()).size();
        }

        @Override
        public void capture(CaptureSite site, int arg, long address) {
            Capture c = site.bytes(arg, "", address, size(site, arg));
            StructView v = Pointees.layout(PACK, site.arch()).view(c.data());
            if (c.data().length == size(site, arg) && v.get("p") != 0) {
                site.bytes(arg, "ss", v.get("p"), Math.min(v.get("size"), 8));
            }
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructView v = c.struct(PACK, data);
            long ss = v.get("p");
            long len = v.get("size");
            Capture set = c.entryCapture(arg, "ss");
            out.append("{sigmask=");
            if (ss == 0) {
                out.append("NULL");
            } else if (set == null || !set.readable() || len == 0 || len > 8 || set.data().length < len) {
                out.append(CallView.pointer(ss));
            } else {
                StructReader sr = new StructReader(set, c.arch());
                out.append(sigset(len >= 8 ? sr.s64(0) : sr.u32(0), (int) len * 8, c.options().constants()));
            }
            out.append(", sigsetsize=").append(len).append('}');
        }
    };

    /** The kernel's struct sigaction: handler, flags, restorer, mask. */
    public static final Pointee SIGACTION = Pointees.struct("sigaction", (c, v, out) -> sigaction(c, v.get("sa_handler"),
            sigset(v.get("sa_mask"), 64, c.options().constants()), v.get("sa_flags"),
            Scalars.hex(v.get("sa_restorer")), out));

    /** i386's old struct sigaction (sigaction(2) number 67): handler, a 32-bit mask, flags, restorer. */
    public static final Pointee OLD_SIGACTION = Pointees.struct("old_sigaction", (c, v, out) ->
            sigaction(c, v.get("sa_handler"), sigset(v.get("sa_mask"), 32, c.options().constants()),
                    v.get("sa_flags"), CallView.pointer(v.get("sa_restorer")), out));

    private static void sigaction(CallView c, long handler, String mask, long flags, String restorer,
                                  StringBuilder out) {
        out.append("{sa_handler=").append(handler(c, handler)).append(", sa_mask=").append(mask).append(", sa_flags=")
                .append(c.constant("sa", flags));
        if ((flags & 0x4000000) != 0) {
            out.append(", sa_restorer=").append(restorer);
        }
        out.append('}');
    }

    /** A signal handler: {@code SIG_DFL}, {@code SIG_IGN}, else its address. */
    public static String handler(CallView c, long handler) {
        String h = handler == 0 ? "SIG_DFL" : handler == 1 ? "SIG_IGN" : null;
        return h == null ? Scalars.hex(handler) : switch (c.options().constants()) {
            case RAW -> Scalars.hex(handler);
            case VERBOSE -> handler + " /* " + h + " */";
            default -> h;
        };
    }

    /** An old_sigset_t (32 signals) held in a register: ssetmask's and sigsuspend's mask. */
    public static final ArgType OLD_SIGSET = (c, i, out) -> out.append(sigset(c.arg(i) & 0xffffffffL, 32,
            c.options().constants()));

    public static final Pointee STACK = Pointees.struct("sigaltstack", (c, v, out) -> out.append("{ss_sp=")
            .append(CallView.pointer(v.get("ss_sp"))).append(", ss_flags=")
            .append(c.constant("ss_flags", v.get("ss_flags") & 0xffffffffL)).append(", ss_size=")
            .append(v.get("ss_size")).append('}'));

    /** struct sigevent (timer_create, mq_notify): {@code {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}}. */
    public static final Pointee SIGEVENT = Pointees.struct("sigevent", (c, v, out) -> {
        StructView value = v.struct("sigev_value");
        StructView un = v.struct("_sigev_un");
        int notify = (int) v.get("sigev_notify");
        out.append('{');
        if (value.get("sival_ptr") != 0) {
            out.append("sigev_value={sival_int=").append(value.get("sival_int")).append(", sival_ptr=")
                    .append(Scalars.hex(value.get("sival_ptr"))).append("}, ");
        }
        out.append("sigev_signo=");
        Scalars.signal(c, (int) v.get("sigev_signo"), out);
        out.append(", sigev_notify=").append(c.constant("sigev_notify", notify & 0xffffffffL));
        if (notify == 4) {
            out.append(", sigev_notify_thread_id=").append(un.get("_tid"));
        } else if (notify == 2) {
            StructView thread = un.struct("_sigev_thread");
            out.append(", sigev_notify_function=").append(CallView.pointer(thread.get("_function")))
                    .append(", sigev_notify_attributes=").append(CallView.pointer(thread.get("_attribute")));
        }
        out.append('}');
    });

    private SignalStructs() {
    }
}
