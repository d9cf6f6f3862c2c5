package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.Errnos;
import dev.jtrace.format.decode.Signals;
import dev.jtrace.format.decode.SyscallDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Formats a 128-byte x86_64 siginfo_t as strace prints it inside a signal line:
 * {@code {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=12, si_uid=0, si_status=0, si_utime=0, si_stime=0}}.
 * Which union member prints follows si_code: user-sent codes (≤ 0) carry the sender, kernel codes the
 * signal-specific fields.
 */
public final class SiginfoFormatter {
    private static final int SIGILL = 4;
    private static final int SIGTRAP = 5;
    private static final int SIGBUS = 7;
    private static final int SIGFPE = 8;
    private static final int SIGSEGV = 11;
    private static final int SIGCHLD = 17;
    private static final int SIGIO = 29;
    private static final int SIGSYS = 31;
    private static final int SI_USER = 0;
    private static final int SI_KERNEL = 0x80;
    private static final int SI_TIMER = -2;
    private static final int SI_SIGIO = -5;
    private static final int SI_TKILL = -6;
    private static final int CLD_EXITED = 1;
    private static final int SEGV_BNDERR = 3;
    private static final int SEGV_PKUERR = 4;
    private static final int BUS_MCEERR_AR = 4;
    private static final int BUS_MCEERR_AO = 5;
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private static final Map<Integer, String> GENERIC_CODES = Map.of(SI_USER, "SI_USER", SI_KERNEL, "SI_KERNEL",
            -1, "SI_QUEUE", SI_TIMER, "SI_TIMER", -3, "SI_MESGQ", -4, "SI_ASYNCIO", SI_SIGIO, "SI_SIGIO",
            SI_TKILL, "SI_TKILL", -7, "SI_DETHREAD", -60, "SI_ASYNCNL");
    private static final Map<Integer, String[]> SIGNAL_CODES = Map.of(
            SIGILL, new String[] {null, "ILL_ILLOPC", "ILL_ILLOPN", "ILL_ILLADR", "ILL_ILLTRP", "ILL_PRVOPC",
                "ILL_PRVREG", "ILL_COPROC", "ILL_BADSTK", "ILL_BADIADDR"},
            SIGFPE, new String[] {null, "FPE_INTDIV", "FPE_INTOVF", "FPE_FLTDIV", "FPE_FLTOVF", "FPE_FLTUND",
                "FPE_FLTRES", "FPE_FLTINV", "FPE_FLTSUB", null, null, null, null, null, "FPE_FLTUNK",
                "FPE_CONDTRAP"},
            SIGSEGV, new String[] {null, "SEGV_MAPERR", "SEGV_ACCERR", "SEGV_BNDERR", "SEGV_PKUERR",
                "SEGV_ACCADI", "SEGV_ADIDERR", "SEGV_ADIPERR", "SEGV_MTEAERR", "SEGV_MTESERR", "SEGV_CPERR"},
            SIGBUS, new String[] {null, "BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR", "BUS_MCEERR_AR",
                "BUS_MCEERR_AO"},
            SIGTRAP, new String[] {null, "TRAP_BRKPT", "TRAP_TRACE", "TRAP_BRANCH", "TRAP_HWBKPT", "TRAP_UNK",
                "TRAP_PERF"},
            SIGCHLD, new String[] {null, "CLD_EXITED", "CLD_KILLED", "CLD_DUMPED", "CLD_TRAPPED", "CLD_STOPPED",
                "CLD_CONTINUED"},
            SIGIO, new String[] {null, "POLL_IN", "POLL_OUT", "POLL_MSG", "POLL_ERR", "POLL_PRI", "POLL_HUP"},
            SIGSYS, new String[] {null, "SYS_SECCOMP", "SYS_USER_DISPATCH"});

    private final SyscallDecoder names;

    /** @param names names the syscall of a SIGSYS (seccomp) siginfo */
    public SiginfoFormatter(SyscallDecoder names) {
        this.names = names;
    }

    /** The braces text for a siginfo of at least 48 bytes (the fields strace prints all lie there). */
    public String format(byte[] siginfo) {
        return format(siginfo, Long::toString);
    }

    /** As {@link #format(byte[])}, with si_pid printed by {@code pid} (for --pidns-translation). */
    public String format(byte[] siginfo, LongFunction<String> pid) {
        ByteBuffer b = ByteBuffer.wrap(siginfo).order(ByteOrder.LITTLE_ENDIAN);
        int signo = b.getInt(0);
        int errno = b.getInt(4);
        int code = b.getInt(8);
        StringBuilder s = new StringBuilder("{si_signo=").append(Signals.nameOrNumber(signo));
        s.append(", si_code=").append(codeName(signo, code));
        if (errno != 0) {
            String en = Errnos.name(errno);
            s.append(", si_errno=").append(en != null ? en : Integer.toString(errno));
        }
        appendFields(s, b, signo, code, pid);
        return s.append('}').toString();
    }

    private static String codeName(int signo, int code) {
        String generic = GENERIC_CODES.get(code);
        if (generic != null) {
            return generic;
        }
        String[] specific = SIGNAL_CODES.get(signo);
        if (code > 0 && specific != null && code < specific.length && specific[code] != null) {
            return specific[code];
        }
        return "0x" + Integer.toHexString(code);
    }

    private void appendFields(StringBuilder s, ByteBuffer b, int signo, int code, LongFunction<String> pid) {
        if (code == SI_USER || code == SI_TKILL) {
            appendSender(s, b, pid);
        } else if (code == SI_TIMER) {
            s.append(", si_timerid=").append(hexInt(b.getInt(16))).append(", si_overrun=").append(b.getInt(20));
            appendValue(s, b.getLong(24));
        } else if (code == SI_SIGIO) {
            appendPoll(s, b);
        } else if (code > 0 && isFault(signo)) {
            appendFault(s, b, signo, code);
        } else if (code > 0 && signo == SIGCHLD) {
            appendChild(s, b, code, pid);
        } else if (code > 0 && code != SI_KERNEL && signo == SIGIO) {
            appendPoll(s, b);
        } else if (code > 0 && code != SI_KERNEL && signo == SIGSYS) {
            appendSeccomp(s, b);
        } else {
            // A kernel-generated signal (SI_KERNEL) names a sender only when there is one, as strace does.
            if (code != SI_KERNEL || b.getInt(16) != 0 || b.getInt(20) != 0) {
                appendSender(s, b, pid);
            }
            long value = b.getLong(24);
            if (value != 0) {
                appendValue(s, value);
            }
        }
    }

    private static boolean isFault(int signo) {
        return signo == SIGSEGV || signo == SIGBUS || signo == SIGILL || signo == SIGFPE || signo == SIGTRAP;
    }

    private static void appendSender(StringBuilder s, ByteBuffer b, LongFunction<String> pid) {
        s.append(", si_pid=").append(pid.apply(b.getInt(16))).append(", si_uid=").append(Integer.toUnsignedString(b.getInt(20)));
    }

    private static void appendValue(StringBuilder s, long value) {
        s.append(", si_int=").append((int) value).append(", si_ptr=").append(pointer(value));
    }

    private static void appendPoll(StringBuilder s, ByteBuffer b) {
        s.append(", si_band=").append(b.getLong(16)).append(", si_fd=").append(b.getInt(24));
    }

    private static void appendFault(StringBuilder s, ByteBuffer b, int signo, int code) {
        s.append(", si_addr=").append(pointer(b.getLong(16)));
        if (signo == SIGSEGV && code == SEGV_BNDERR) {
            s.append(", si_lower=").append(pointer(b.getLong(32))).append(", si_upper=").append(pointer(b.getLong(40)));
        } else if (signo == SIGSEGV && code == SEGV_PKUERR) {
            s.append(", si_pkey=").append(Integer.toUnsignedString(b.getInt(32)));
        } else if (signo == SIGBUS && (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)) {
            s.append(", si_addr_lsb=").append(hexInt(b.getShort(24)));
        }
    }

    private static void appendChild(StringBuilder s, ByteBuffer b, int code, LongFunction<String> pid) {
        appendSender(s, b, pid);
        int status = b.getInt(24);
        String signal = code == CLD_EXITED ? null : Signals.name(status);
        s.append(", si_status=").append(signal != null ? signal : Integer.toString(status));
        s.append(", si_utime=").append(ticks(b.getLong(32))).append(", si_stime=").append(ticks(b.getLong(40)));
    }

    private void appendSeccomp(StringBuilder s, ByteBuffer b) {
        int nr = b.getInt(24);
        int auditArch = b.getInt(28);
        Arch arch = null;
        for (Arch a : Arch.values()) {
            if (a.auditArch() == auditArch) {
                arch = a;
            }
        }
        s.append(", si_call_addr=").append(pointer(b.getLong(16))).append(", si_syscall=");
        String name = arch == null ? null : names.name(arch, nr);
        boolean known = name != null && !name.startsWith("syscall_0x");
        if (known && arch == Arch.X86_64) {
            s.append("__NR_").append(name);
        } else if (known) {
            s.append(nr).append(" /* ").append(name).append(" */");
        } else {
            s.append(nr);
        }
        s.append(", si_arch=");
        if (arch != null) {
            s.append("AUDIT_ARCH_").append(arch.name());
        } else {
            s.append(hexInt(auditArch)).append(" /* AUDIT_ARCH_??? */");
        }
    }

    /** Clock ticks, with strace's seconds comment when not zero. */
    private static String ticks(long t) {
        if (t == 0) {
            return "0";
        }
        return t + " /* " + t / CLOCK_TICKS_PER_SECOND + "." + String.format("%02d", t % CLOCK_TICKS_PER_SECOND)
                + " s */";
    }

    private static String pointer(long p) {
        return p == 0 ? "NULL" : "0x" + Long.toHexString(p);
    }

    private static String hexInt(int v) {
        return v == 0 ? "0" : "0x" + Integer.toHexString(v);
    }
}
