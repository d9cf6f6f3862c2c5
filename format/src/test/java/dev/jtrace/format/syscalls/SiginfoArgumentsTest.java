package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * siginfo arguments: lines strace 6.1 printed here for testdata/c/siginfo.c (and ptrace's, for a parent reading
 * its PTRACE_TRACEME child's signal) under -X abbrev, raw and verbose.
 */
class SiginfoArgumentsTest {
    static final long P = 0x7ffd0000L;
    static final long LOW = 0x412a6000L;
    static final long SET = P + 0x200;

    /** An x86_64 siginfo: signo, code, then the union's fields as ints from offset 16 (si_value at 24). */
    static byte[] info(int signo, int code, int... union) {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN).putInt(0, signo).putInt(8, code);
        for (int i = 0; i < union.length; i++) {
            b.putInt(16 + 4 * i, union[i]);
        }
        return b.array();
    }

    static String line(Constants mode, String name, FakeMemory mem, long rval, long... args) {
        return Strace.line(Arch.X86_64, options(mode), DecodeContext.FdNames.NONE, name, mem, rval, args);
    }

    static DecodeOptions options(Constants mode) {
        return new DecodeOptions(32, 0, false, mode, 0);
    }

    @Test
    void queuedSiginfos() {
        FakeMemory queue = new FakeMemory().put(P, info(10, -1, 1234, 5, 77));
        assertEquals("rt_sigqueueinfo(30972, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=5, si_int=77, si_ptr=0x4d}) = 0",
                line(Constants.ABBREV, "rt_sigqueueinfo", queue, 0, 30972, 10, P));
        assertEquals("rt_sigqueueinfo(30980, 10, {si_signo=10, si_code=0xffffffff, si_pid=1234, si_uid=5, si_int=77, si_ptr=0x4d}) = 0",
                line(Constants.RAW, "rt_sigqueueinfo", queue, 0, 30980, 10, P));
        FakeMemory kernel = new FakeMemory().put(P, info(10, 0x80, 1234, 5, 77));
        assertEquals("rt_tgsigqueueinfo(30988, 30988, 10 /* SIGUSR1 */, {si_signo=10 /* SIGUSR1 */, si_code=0x80 /* SI_KERNEL */, si_pid=1234, si_uid=5, si_int=77, si_ptr=0x4d}) = 0",
                line(Constants.VERBOSE, "rt_tgsigqueueinfo", kernel, 0, 30988, 30988, 10, P));
        FakeMemory timer = new FakeMemory().put(P, info(10, -2, 1234, 5, 77));
        assertEquals("rt_tgsigqueueinfo(30972, 30972, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_TIMER, si_timerid=0x4d2, si_overrun=5, si_int=77, si_ptr=0x4d}) = 0",
                line(Constants.ABBREV, "rt_tgsigqueueinfo", timer, 0, 30972, 30972, 10, P));
        assertEquals("pidfd_send_signal(3, 10, {si_signo=10, si_code=0xffffffff, si_pid=1234, si_uid=5, si_int=77, si_ptr=0x4d}, 0) = 0",
                line(Constants.RAW, "pidfd_send_signal", queue, 0, 3, 10, P, 0));
        assertEquals("pidfd_send_signal(3, SIGUSR1, NULL, 0) = 0",
                line(Constants.ABBREV, "pidfd_send_signal", new FakeMemory(), 0, 3, 10, 0, 0));
    }

    @Test
    void siginfosTheKernelFillsIn() {
        FakeMemory stopped = new FakeMemory().words(SET, 1L << 16).put(P, info(17, 5, 30975, 0, 19));
        assertEquals("rt_sigtimedwait([CHLD], {si_signo=SIGCHLD, si_code=CLD_STOPPED, si_pid=30975, si_uid=0, si_status=SIGSTOP, si_utime=0, si_stime=0}, NULL, 8) = 17 (SIGCHLD)",
                line(Constants.ABBREV, "rt_sigtimedwait", stopped, 17, SET, P, 0, 8));
        assertEquals("rt_sigtimedwait([17], {si_signo=17, si_code=0x5, si_pid=30975, si_uid=0, si_status=19, si_utime=0, si_stime=0}, NULL, 8) = 17 (SIGCHLD)",
                line(Constants.RAW, "rt_sigtimedwait", stopped, 17, SET, P, 0, 8));
        FakeMemory continued = new FakeMemory().put(P, info(17, 6, 30991, 0, 18));
        assertEquals("waitid(0x1 /* P_PID */, 30991, {si_signo=17 /* SIGCHLD */, si_code=0x6 /* CLD_CONTINUED */, si_pid=30991, si_uid=0, si_status=18 /* SIGCONT */, si_utime=0, si_stime=0}, 0x8 /* WCONTINUED */, NULL) = 0",
                line(Constants.VERBOSE, "waitid", continued, 0, 1, 30991, P, 8, 0));
        FakeMemory exited = new FakeMemory().put(P, info(17, 1, 30982, 0, 5));
        assertEquals("waitid(0x1, 30982, {si_signo=17, si_code=0x1, si_pid=30982, si_uid=0, si_status=5, si_utime=0, si_stime=0}, 0x1000004, NULL) = 0",
                line(Constants.RAW, "waitid", exited, 0, 1, 30982, P, 0x1000004, 0));
        assertEquals("waitid(P_ALL, 0, 0x7ffd0000, WNOHANG|WEXITED, NULL) = -1 ECHILD (No child processes)",
                line(Constants.ABBREV, "waitid", exited, -10, 0, 0, P, 5, 0));
    }

    @Test
    void ptraceGetsAndSetsSiginfos() {
        FakeMemory tkill = new FakeMemory().put(P, info(10, -6, 16025, 0));
        assertEquals("ptrace(PTRACE_GETSIGINFO, 16025, NULL, {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=16025, si_uid=0}) = 0",
                line(Constants.ABBREV, "ptrace", tkill, 0, 0x4202, 16025, 0, P));
        FakeMemory queue = new FakeMemory().put(P, info(10, -1, 16031, 0, 5));
        assertEquals("ptrace(0x4203, 16031, NULL, {si_signo=10, si_code=0xffffffff, si_pid=16031, si_uid=0, si_int=5, si_ptr=0x5}) = 0",
                line(Constants.RAW, "ptrace", queue, 0, 0x4203, 16031, 0, P));
        assertEquals("ptrace(0x4202 /* PTRACE_GETSIGINFO */, 16038, NULL, 0x1) = -1 EFAULT (Bad address)",
                line(Constants.VERBOSE, "ptrace", new FakeMemory(), -14, 0x4202, 16038, 0, 1));
        assertEquals("ptrace(0x7 /* PTRACE_CONT */, 16038, NULL, 0) = 0",
                line(Constants.VERBOSE, "ptrace", new FakeMemory(), 0, 7, 16038, 0, 0));
    }

    @Test
    void i386CallsHaveThe32BitLayout() {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 17).putInt(8, 2)
                .putInt(12, 1234).putInt(16, 5).putInt(20, 9).putInt(24, 7).putInt(28, 8);
        FakeMemory killed = new FakeMemory().put(LOW, b.array());
        assertEquals("rt_sigqueueinfo(30972, SIGCHLD, {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=1234, si_uid=5, si_status=SIGKILL, si_utime=7 /* 0.07 s */, si_stime=8 /* 0.08 s */}) = 0",
                Strace.line(Arch.I386, options(Constants.ABBREV), DecodeContext.FdNames.NONE, "rt_sigqueueinfo", killed, 0,
                        30972, 17, LOW));
        assertEquals("rt_sigqueueinfo(30980, 17, {si_signo=17, si_code=0x2, si_pid=1234, si_uid=5, si_status=9, si_utime=7, si_stime=8}) = 0",
                Strace.line(Arch.I386, options(Constants.RAW), DecodeContext.FdNames.NONE, "rt_sigqueueinfo", killed, 0,
                        30980, 17, LOW));
    }
}
