package dev.jtrace.format.decode;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.syscalls.ConstantSet;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.util.Map;

/**
 * The symbolic values inside a siginfo_t as strace prints them under -X abbrev, raw and verbose: the
 * si_code names of each signal, errnos, child statuses, clock ticks, seccomp's syscall and audit arch.
 */
final class SiginfoValues {
    private static final int SIGILL = 4;
    private static final int SIGTRAP = 5;
    private static final int SIGBUS = 7;
    private static final int SIGFPE = 8;
    private static final int SIGSEGV = 11;
    private static final int SIGCHLD = 17;
    private static final int SIGIO = 29;
    private static final int SIGSYS = 31;
    private static final int SI_KERNEL = 0x80;
    private static final int CLD_EXITED = 1;
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private final Constants mode;
    private final Map<String, ConstantSet> constants;

    SiginfoValues(Constants mode) {
        this.mode = mode;
        this.constants = SyscallDescriptions.builtIn().constants();
    }

    String signal(int signo) {
        return Signals.text(signo, mode);
    }

    /** si_code: named from the signal's own codes when positive (but SI_KERNEL), a bare hex number when unnamed. */
    String code(int signo, int code) {
        String set = code <= 0 || code == SI_KERNEL ? "si_code" : switch (signo) {
            case SIGCHLD -> "cld_code";
            case SIGSEGV -> "segv_code";
            case SIGBUS -> "bus_code";
            case SIGILL -> "ill_code";
            case SIGFPE -> "fpe_code";
            case SIGTRAP -> "trap_code";
            case SIGIO -> "poll_code";
            case SIGSYS -> "sys_code";
            default -> null;
        };
        String hex = code == 0 ? "0" : "0x" + Integer.toHexString(code);
        String name = set == null ? null : constants.get(set).symbolic(code & 0xffffffffL);
        if (name == null || mode == Constants.RAW) {
            return hex;
        }
        return mode == Constants.VERBOSE ? hex + " /* " + name + " */" : name;
    }

    String errno(int errno) {
        String name = Errnos.name(errno);
        if (name == null || mode == Constants.RAW) {
            return Integer.toString(errno);
        }
        return mode == Constants.VERBOSE ? errno + " /* " + name + " */" : name;
    }

    /** si_status: an exit code for CLD_EXITED, else the signal that stopped, killed or continued the child. */
    String childStatus(int code, int status) {
        return code == CLD_EXITED ? Integer.toString(status) : signal(status);
    }

    /** si_utime, si_stime: clock ticks, with their seconds in a comment but under -X raw. */
    String ticks(long t) {
        if (t == 0 || mode == Constants.RAW) {
            return Long.toString(t);
        }
        return t + " /* " + t / CLOCK_TICKS_PER_SECOND + "." + String.format("%02d", t % CLOCK_TICKS_PER_SECOND)
                + " s */";
    }

    /**
     * si_syscall: x86_64's calls by their {@code __NR_} name, another ABI's as a number with its name in a
     * comment; numbers strace 6.1 does not know (and -X raw) bare.
     */
    String syscall(int auditArch, int nr) {
        Arch arch = null;
        for (Arch a : Arch.values()) {
            if (a.auditArch() == auditArch) {
                arch = a;
            }
        }
        SyscallDescriptions d = SyscallDescriptions.builtIn();
        String name = arch == null || !d.knownToStrace(arch, nr) ? null : d.name(arch, nr);
        if (name == null || mode == Constants.RAW) {
            return Integer.toString(nr);
        }
        if (arch != Arch.X86_64) {
            return nr + " /* " + name + " */";
        }
        return mode == Constants.VERBOSE ? nr + " /* __NR_" + name + " */" : "__NR_" + name;
    }

    String auditArch(int auditArch) {
        return constants.get("audit_arch").render(auditArch & 0xffffffffL, mode);
    }
}
