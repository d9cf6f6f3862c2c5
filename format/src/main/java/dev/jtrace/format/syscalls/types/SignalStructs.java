package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Signals;

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
    public static final Pointee SIGACTION = Pointees.fixed(32, 20, (c, r, out) -> {
        int w = r.wordSize();
        long handler = r.word(0);
        long flags = r.word(w);
        long restorer = r.word(2 * w);
        long mask = w == 8 ? r.s64(3 * w) : r.s64(3 * w);
        sigaction(c, handler, sigset(mask, 64, c.options().constants()), flags, Scalars.hex(restorer), out);
    });

    /** i386's old struct sigaction (sigaction(2) number 67): handler, a 32-bit mask, flags, restorer. */
    public static final Pointee OLD_SIGACTION = Pointees.fixed(16, 16, (c, r, out) ->
            sigaction(c, r.u32(0), sigset(r.u32(4), 32, c.options().constants()), r.u32(8),
                    CallView.pointer(r.u32(12)), out));

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

    public static final Pointee STACK = Pointees.fixed(24, 12, (c, r, out) -> {
        int w = r.wordSize();
        out.append("{ss_sp=").append(CallView.pointer(r.word(0))).append(", ss_flags=")
                .append(c.constant("ss_flags", r.u32(w))).append(", ss_size=").append(r.word(2 * w)).append('}');
    });

    /** struct sigevent (timer_create, mq_notify): {@code {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}}. */
    public static final Pointee SIGEVENT = Pointees.fixed(64, 64, (c, r, out) -> {
        int w = r.wordSize();
        long value = r.word(0);
        int notify = r.s32(w + 4);
        out.append('{');
        if (value != 0) {
            out.append("sigev_value={sival_int=").append(r.s32(0)).append(", sival_ptr=").append(Scalars.hex(value))
                    .append("}, ");
        }
        out.append("sigev_signo=");
        Scalars.signal(c, r.s32(w), out);
        out.append(", sigev_notify=").append(c.constant("sigev_notify", notify & 0xffffffffL));
        if (notify == 4) {
            out.append(", sigev_notify_thread_id=").append(r.s32(w + 8));
        } else if (notify == 2) {
            out.append(", sigev_notify_function=").append(CallView.pointer(r.word(w + 8)))
                    .append(", sigev_notify_attributes=").append(CallView.pointer(r.word(2 * w + 8)));
        }
        out.append('}');
    });

    private SignalStructs() {
    }
}
