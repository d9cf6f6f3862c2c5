package dev.jtrace.format.decode;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.types.CallView;
import dev.jtrace.format.syscalls.types.StructReader;

/**
 * siginfo_t as strace prints it, in signal-delivery lines ({@code --- SIGCHLD {si_signo=SIGCHLD,
 * si_code=CLD_EXITED, si_pid=42, ...} ---}) and in arguments (rt_sigqueueinfo, rt_sigtimedwait, waitid,
 * pidfd_send_signal...). Which union member prints follows si_code as strace reads it: codes a process can
 * send (≤ 0) by the code, kernel codes (&gt; 0) by the signal.
 */
public final class Siginfo {
    private static final int SIGILL = 4;
    private static final int SIGTRAP = 5;
    private static final int SIGBUS = 7;
    private static final int SIGFPE = 8;
    private static final int SIGSEGV = 11;
    private static final int SIGCHLD = 17;
    private static final int SIGIO = 29;
    private static final int SIGSYS = 31;
    private static final int SI_USER = 0;
    private static final int SI_TIMER = -2;
    private static final int SI_SIGIO = -5;
    private static final int SI_TKILL = -6;
    private static final int SEGV_BNDERR = 3;
    private static final int SEGV_PKUERR = 4;
    private static final int BUS_MCEERR_AR = 4;
    private static final int BUS_MCEERR_AO = 5;
    private static final int POLL_IN = 1;
    private static final int POLL_HUP = 6;

    private final StructReader r;
    private final DecodeContext ctx;
    private final SiginfoValues values;
    private final int w;
    /** Where the union of per-code fields starts: after signo, errno, code (and padding to a word). */
    private final int u;
    private final StringBuilder out = new StringBuilder();

    private Siginfo(StructReader r, DecodeContext ctx) {
        this.r = r;
        this.ctx = ctx;
        this.values = new SiginfoValues(ctx.options().constants());
        this.w = r.wordSize();
        this.u = w == 8 ? 16 : 12;
    }

    /**
     * The text of a siginfo_t as PTRACE_GETSIGINFO returns it to a 64-bit tracer (x86_64 layout, whatever the
     * tracee's ABI); every field strace prints lies in its first 48 bytes.
     */
    public static String format(byte[] siginfo, DecodeContext ctx) {
        return format(siginfo, Arch.X86_64, ctx);
    }

    /**
     * The text of a siginfo_t in the layout of {@code arch} (i386: 32-bit pointers and clock_t).
     *
     * @throws StructReader.Short when the bytes end before a field that prints
     */
    public static String format(byte[] siginfo, Arch arch, DecodeContext ctx) {
        return new Siginfo(new StructReader(siginfo, arch), ctx).text();
    }

    private String text() {
        int signo = r.s32(0);
        int errno = r.s32(4);
        int code = r.s32(8);
        out.append("{si_signo=").append(values.signal(signo)).append(", si_code=").append(values.code(signo, code));
        if (errno != 0) {
            out.append(", si_errno=").append(values.errno(errno));
        }
        if (code <= 0) {
            sentByAProcess(code);
        } else {
            sentByTheKernel(signo, code);
        }
        return out.append('}').toString();
    }

    private void sentByAProcess(int code) {
        switch (code) {
            case SI_USER, SI_TKILL -> sender();
            case SI_TIMER -> {
                out.append(", si_timerid=").append(hex(r.u32(u))).append(", si_overrun=").append(r.s32(u + 4));
                value();
            }
            case SI_SIGIO -> poll();
            default -> {
                sender();
                valueWhenSet();
            }
        }
    }

    private void sentByTheKernel(int signo, int code) {
        switch (signo) {
            case SIGCHLD -> child(code);
            case SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP -> fault(signo, code);
            case SIGIO -> {
                if (code >= POLL_IN && code <= POLL_HUP) {
                    poll();
                }
            }
            case SIGSYS -> seccomp();
            default -> {
                if (r.s32(u) != 0 || r.s32(u + 4) != 0) {
                    sender();
                }
                valueWhenSet();
            }
        }
    }

    private void sender() {
        int uid = r.s32(u + 4);
        out.append(", si_pid=").append(ctx.pidText(r.s32(u)))
                .append(", si_uid=").append(uid == -1 ? "-1" : Integer.toUnsignedString(uid));
    }

    /** si_value, after the sender (and after a timer's id and overrun). */
    private void value() {
        int at = u + 8;
        out.append(", si_int=").append(r.s32(at)).append(", si_ptr=").append(CallView.pointer(r.word(at)));
    }

    private void valueWhenSet() {
        if (r.word(u + 8) != 0) {
            value();
        }
    }

    private void poll() {
        out.append(", si_band=").append(r.sword(u)).append(", si_fd=").append(r.s32(u + w));
    }

    private void child(int code) {
        sender();
        int ticks = w == 8 ? u + 16 : u + 12;
        out.append(", si_status=").append(values.childStatus(code, r.s32(u + 8)))
                .append(", si_utime=").append(values.ticks(r.sword(ticks)))
                .append(", si_stime=").append(values.ticks(r.sword(ticks + w)));
    }

    private void fault(int signo, int code) {
        out.append(", si_addr=").append(CallView.pointer(r.word(u)));
        if (signo == SIGSEGV && code == SEGV_BNDERR) {
            out.append(", si_lower=").append(CallView.pointer(r.word(u + 2 * w)))
                    .append(", si_upper=").append(CallView.pointer(r.word(u + 3 * w)));
        } else if (signo == SIGSEGV && code == SEGV_PKUERR) {
            out.append(", si_pkey=").append(r.u32(u + 2 * w));
        } else if (signo == SIGBUS && (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)) {
            out.append(", si_addr_lsb=").append(hex(r.u16(u + w)));
        }
    }

    private void seccomp() {
        int auditArch = r.s32(u + w + 4);
        out.append(", si_call_addr=").append(CallView.pointer(r.word(u)))
                .append(", si_syscall=").append(values.syscall(auditArch, r.s32(u + w)))
                .append(", si_arch=").append(values.auditArch(auditArch));
    }

    private static String hex(long v) {
        return v == 0 ? "0" : "0x" + Long.toHexString(v);
    }
}
