package dev.jtrace.format.decode;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import dev.jtrace.format.syscalls.types.CallView;
import dev.jtrace.format.syscalls.types.Scalars;
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
    private static final StructLayouts LAYOUTS = StructLayouts.builtIn();

    private final StructView head;
    /** The union of per-code members: each method reads the member its si_code selects. */
    private final StructView fields;
    private final DecodeContext ctx;
    private final SiginfoValues values;
    private final StringBuilder out = new StringBuilder();

    private Siginfo(byte[] siginfo, Arch arch, DecodeContext ctx) {
        this.head = LAYOUTS.get("siginfo", arch).view(siginfo);
        this.fields = head.struct("_sifields");
        this.ctx = ctx;
        this.values = new SiginfoValues(ctx.options().constants());
    }

    /**
     * The text of a siginfo_t as PTRACE_GETSIGINFO returns it to a 64-bit tracer (x86_64 layout, whatever the
     * tracee's ABI); every field strace prints lies in its first 48 bytes.
     */
    public static String format(byte[] siginfo, DecodeContext ctx) {
        return format(siginfo, Arch.X86_64, ctx);
    }

    /**
     * The text of a siginfo_t in the layout of {@code arch} (structs.def's {@code siginfo}: i386 has 32-bit
     * pointers and clock_t).
     *
     * @throws StructReader.Short when the bytes end before the fields that print
     */
    public static String format(byte[] siginfo, Arch arch, DecodeContext ctx) {
        return new Siginfo(siginfo, arch, ctx).text();
    }

    private String text() {
        int signo = (int) head.get("si_signo");
        int errno = (int) head.get("si_errno");
        int code = (int) head.get("si_code");
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
            case SI_USER, SI_TKILL -> sender(fields.struct("_kill"));
            case SI_TIMER -> {
                StructView timer = fields.struct("_timer");
                out.append(", si_timerid=").append(Scalars.hex(timer.get("_tid") & 0xffffffffL))
                        .append(", si_overrun=").append(timer.get("_overrun"));
                value(timer.struct("_sigval"));
            }
            case SI_SIGIO -> poll();
            default -> {
                StructView rt = fields.struct("_rt");
                sender(rt);
                valueWhenSet(rt.struct("_sigval"));
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
                StructView rt = fields.struct("_rt");
                if (rt.get("_pid") != 0 || rt.get("_uid") != 0) {
                    sender(rt);
                }
                valueWhenSet(rt.struct("_sigval"));
            }
        }
    }

    /** si_pid and si_uid, which _kill, _rt and _sigchld share. */
    private void sender(StructView member) {
        long uid = member.get("_uid");
        out.append(", si_pid=").append(ctx.pidText((int) member.get("_pid")))
                .append(", si_uid=").append(uid == 0xffffffffL ? "-1" : Long.toString(uid));
    }

    /** si_value, after the sender (and after a timer's id and overrun). */
    private void value(StructView sigval) {
        out.append(", si_int=").append(sigval.get("sival_int")).append(", si_ptr=")
                .append(CallView.pointer(sigval.get("sival_ptr")));
    }

    private void valueWhenSet(StructView sigval) {
        if (sigval.get("sival_ptr") != 0) {
            value(sigval);
        }
    }

    private void poll() {
        StructView poll = fields.struct("_sigpoll");
        out.append(", si_band=").append(poll.get("_band")).append(", si_fd=").append(poll.get("_fd"));
    }

    private void child(int code) {
        StructView child = fields.struct("_sigchld");
        sender(child);
        out.append(", si_status=").append(values.childStatus(code, (int) child.get("_status")))
                .append(", si_utime=").append(values.ticks(child.get("_utime")))
                .append(", si_stime=").append(values.ticks(child.get("_stime")));
    }

    private void fault(int signo, int code) {
        StructView fault = fields.struct("_sigfault");
        out.append(", si_addr=").append(CallView.pointer(fault.get("_addr")));
        if (signo == SIGSEGV && code == SEGV_BNDERR) {
            StructView bounds = sameBytes("siginfo_fault_bnd").struct("_addr_bnd");
            out.append(", si_lower=").append(CallView.pointer(bounds.get("_lower")))
                    .append(", si_upper=").append(CallView.pointer(bounds.get("_upper")));
        } else if (signo == SIGSEGV && code == SEGV_PKUERR) {
            out.append(", si_pkey=").append(sameBytes("siginfo_fault_pkey").struct("_addr_pkey").get("_pkey"));
        } else if (signo == SIGBUS && (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)) {
            out.append(", si_addr_lsb=").append(Scalars.hex(fault.get("_addr_lsb") & 0xffff));
        }
    }

    /** Another arm of _sigfault's anonymous union over the same bytes. */
    private StructView sameBytes(String arm) {
        return fields.member(LAYOUTS.get(arm, head.layout().arch()));
    }

    private void seccomp() {
        StructView sys = fields.struct("_sigsys");
        int auditArch = (int) sys.get("_arch");
        out.append(", si_call_addr=").append(CallView.pointer(sys.get("_call_addr")))
                .append(", si_syscall=").append(values.syscall(auditArch, (int) sys.get("_syscall")))
                .append(", si_arch=").append(values.auditArch(auditArch));
    }
}
