package dev.jtrace.format.decode;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.ConstantSet;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.format.syscalls.types.Scalars;
import dev.jtrace.format.syscalls.types.StructReader;
import java.util.Map;

/**
 * siginfo_t as strace prints it, in signal-delivery lines ({@code --- SIGCHLD {si_signo=SIGCHLD,
 * si_code=CLD_EXITED, si_pid=42, ...} ---}) and in rt_sigqueueinfo's argument.
 */
public final class Siginfo {
    private static final int SIGILL = 4, SIGTRAP = 5, SIGBUS = 7, SIGFPE = 8, SIGSEGV = 11, SIGCHLD = 17,
            SIGIO = 29, SIGSYS = 31;
    private static final int SI_USER = 0, SI_KERNEL = 0x80, SI_QUEUE = -1, SI_TIMER = -2, SI_MESGQ = -3,
            SI_TKILL = -6, CLD_EXITED = 1;

    private Siginfo() {
    }

    /** The text of a 128-byte siginfo_t as PTRACE_GETSIGINFO returns it (x86_64 layout). */
    public static String format(byte[] siginfo, DecodeOptions options) {
        return format(siginfo, Arch.X86_64, options);
    }

    /** The text of a siginfo_t in the layout of {@code arch} (i386: 32-bit pointers and clock_t). */
    public static String format(byte[] siginfo, Arch arch, DecodeOptions options) {
        Map<String, ConstantSet> constants = SyscallDescriptions.builtIn().constants();
        StructReader r = new StructReader(siginfo, arch);
        try {
            return format(r, constants, options);
        } catch (StructReader.Short e) {
            return "{}";
        }
    }

    private static String format(StructReader r, Map<String, ConstantSet> k, DecodeOptions o) {
        int signo = r.s32(0);
        int errno = r.s32(4);
        int code = r.s32(8);
        int w = r.wordSize();
        int u = w == 8 ? 16 : 12;
        StringBuilder b = new StringBuilder("{si_signo=").append(signal(signo, o)).append(", si_code=");
        b.append(code(signo, code, k, o));
        if (errno != 0) {
            String n = Errnos.name(errno);
            b.append(", si_errno=").append(n != null ? n : Integer.toString(errno));
        }
        if (code == SI_USER || code == SI_TKILL) {
            b.append(", si_pid=").append(r.s32(u)).append(", si_uid=").append(r.u32(u + 4));
        } else if (code == SI_QUEUE || code == SI_MESGQ) {
            b.append(", si_pid=").append(r.s32(u)).append(", si_uid=").append(r.u32(u + 4));
            sigval(r, u + 8, b);
        } else if (code == SI_TIMER) {
            b.append(", si_timerid=").append(Scalars.hex(r.u32(u))).append(", si_overrun=").append(r.s32(u + 4));
            sigval(r, u + 8, b);
        } else if (code > 0 && code != SI_KERNEL) {
            switch (signo) {
                case SIGCHLD -> {
                    b.append(", si_pid=").append(r.s32(u)).append(", si_uid=").append(r.u32(u + 4))
                            .append(", si_status=");
                    int status = r.s32(u + 8);
                    b.append(code == CLD_EXITED ? Integer.toString(status) : signal(status, o));
                    int t = w == 8 ? u + 16 : u + 12;
                    b.append(", si_utime=").append(r.sword(t)).append(", si_stime=").append(r.sword(t + w));
                }
                case SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP -> b.append(", si_addr=")
                        .append(r.word(u) == 0 ? "NULL" : Scalars.hex(r.word(u)));
                case SIGIO -> b.append(", si_band=").append(r.sword(u)).append(", si_fd=").append(r.s32(u + w));
                case SIGSYS -> {
                    long arch = r.u32(u + w + 4);
                    b.append(", si_call_addr=").append(Scalars.hex(r.word(u))).append(", si_syscall=");
                    Arch a = arch == Arch.I386.auditArch() ? Arch.I386 : Arch.X86_64;
                    String name = SyscallDescriptions.builtIn().name(a, r.s32(u + w));
                    b.append(name != null ? "__NR_" + name : Integer.toString(r.s32(u + w)))
                            .append(", si_arch=").append(render(k, "audit_arch", arch, o));
                }
                default -> b.append(", si_pid=").append(r.s32(u)).append(", si_uid=").append(r.u32(u + 4));
            }
        }
        return b.append('}').toString();
    }

    private static void sigval(StructReader r, int off, StringBuilder b) {
        b.append(", si_int=").append(r.s32(off)).append(", si_ptr=").append(Scalars.hex(r.word(off)));
    }

    private static String signal(int sig, DecodeOptions o) {
        String n = Signals.name(sig);
        if (n == null || o.constants() == DecodeOptions.Constants.RAW) {
            return Integer.toString(sig);
        }
        return o.constants() == DecodeOptions.Constants.VERBOSE ? sig + " /* " + n + " */" : n;
    }

    private static String code(int signo, int code, Map<String, ConstantSet> k, DecodeOptions o) {
        String set = "si_code";
        if (code > 0 && code != SI_KERNEL) {
            set = switch (signo) {
                case SIGCHLD -> "cld_code";
                case SIGSEGV -> "segv_code";
                case SIGBUS -> "bus_code";
                case SIGILL -> "ill_code";
                case SIGFPE -> "fpe_code";
                case SIGTRAP -> "trap_code";
                case SIGIO -> "poll_code";
                case SIGSYS -> "sys_code";
                default -> "si_code";
            };
        }
        String sym = k.get(set).symbolic(code & 0xffffffffL);
        if (o.constants() == DecodeOptions.Constants.RAW) {
            return Scalars.hex(code & 0xffffffffL);
        }
        if (sym == null) {
            return code < 0 || code > 9 ? Scalars.hex(code & 0xffffffffL) : Integer.toString(code);
        }
        return o.constants() == DecodeOptions.Constants.VERBOSE ? Scalars.hex(code & 0xffffffffL) + " /* " + sym + " */"
                : sym;
    }

    private static String render(Map<String, ConstantSet> k, String set, long v, DecodeOptions o) {
        return k.get(set).render(v, o.constants());
    }
}
