package dev.jtrace.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each case is a siginfo a test program queued to itself with rt_tgsigqueueinfo (signo, errno, code,
 * then four longs at offset 16), and the braces strace 6.1 printed for it.
 */
class SiginfoFormatterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        10 | 0  | -1   | 21474837714 | 42 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=5, si_int=42, si_ptr=0x2a}
        10 | 0  | -2   | 12884901895 | 85 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_TIMER, si_timerid=0x7, si_overrun=3, si_int=85, si_ptr=0x55}
        10 | 0  | -2   | 7 | 0 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_TIMER, si_timerid=0x7, si_overrun=0, si_int=0, si_ptr=NULL}
        10 | 0  | -3   | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_MESGQ, si_pid=1234, si_uid=0, si_int=9, si_ptr=0x9}
        10 | 0  | -5   | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_SIGIO, si_band=1234, si_fd=9}
        10 | 0  | -7   | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_DETHREAD, si_pid=1234, si_uid=0, si_int=9, si_ptr=0x9}
        10 | 0  | -60  | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_ASYNCNL, si_pid=1234, si_uid=0, si_int=9, si_ptr=0x9}
        10 | 0  | -100 | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=0xffffff9c, si_pid=1234, si_uid=0, si_int=9, si_ptr=0x9}
        10 | 0  | 128  | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_KERNEL, si_pid=1234, si_uid=0, si_int=9, si_ptr=0x9}
        10 | 0  | 128  | 0 | 0 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_KERNEL}
        10 | 0  | 128  | 0 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_KERNEL, si_int=9, si_ptr=0x9}
        10 | 0  | 128  | 5 | 0 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_KERNEL, si_pid=5, si_uid=0}
        10 | 0  | 128  | 30064771072 | 0 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_KERNEL, si_pid=0, si_uid=7}
        10 | 0  | 5    | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=0x5, si_pid=1234, si_uid=0, si_int=9, si_ptr=0x9}
        10 | 13 | 0    | 1234 | 9 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_USER, si_errno=EACCES, si_pid=1234, si_uid=0}
        10 | 0  | -1   | 1234 | 0 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=0}
        10 | 0  | -1   | 1234 | -5 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=0, si_int=-5, si_ptr=0xfffffffffffffffb}
        10 | 0  | -6   | 1234 | 0 | 0 | 0 | {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=1234, si_uid=0}
        11 | 0  | 1    | 0 | 0 | 0 | 0 | {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL}
        11 | 0  | 2    | 4096 | 0 | 0 | 0 | {si_signo=SIGSEGV, si_code=SEGV_ACCERR, si_addr=0x1000}
        11 | 0  | 128  | 0 | 0 | 0 | 0 | {si_signo=SIGSEGV, si_code=SI_KERNEL, si_addr=NULL}
        11 | 0  | 3    | 16 | 32 | 48 | 0 | {si_signo=SIGSEGV, si_code=SEGV_BNDERR, si_addr=0x10, si_lower=0x30, si_upper=NULL}
        11 | 0  | 4    | 16 | 0 | 5 | 0 | {si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x10, si_pkey=5}
        11 | 0  | 9    | 16 | 0 | 0 | 0 | {si_signo=SIGSEGV, si_code=SEGV_MTESERR, si_addr=0x10}
        11 | 0  | 77   | 64 | 0 | 0 | 0 | {si_signo=SIGSEGV, si_code=0x4d, si_addr=0x40}
        11 | 0  | 0    | 1234 | 4294967296 | 0 | 0 | {si_signo=SIGSEGV, si_code=SI_USER, si_pid=1234, si_uid=0}
        7  | 0  | 2    | 32 | 0 | 0 | 0 | {si_signo=SIGBUS, si_code=BUS_ADRERR, si_addr=0x20}
        7  | 0  | 4    | 32 | 3 | 0 | 0 | {si_signo=SIGBUS, si_code=BUS_MCEERR_AR, si_addr=0x20, si_addr_lsb=0x3}
        4  | 0  | 8    | 48 | 0 | 0 | 0 | {si_signo=SIGILL, si_code=ILL_BADSTK, si_addr=0x30}
        8  | 0  | 14   | 64 | 0 | 0 | 0 | {si_signo=SIGFPE, si_code=FPE_FLTUNK, si_addr=0x40}
        5  | 0  | 4    | 80 | 0 | 0 | 0 | {si_signo=SIGTRAP, si_code=TRAP_HWBKPT, si_addr=0x50}
        29 | 0  | 6    | 65 | 7 | 0 | 0 | {si_signo=SIGIO, si_code=POLL_HUP, si_band=65, si_fd=7}
        31 | 1  | 1    | 96 | -4611685752139415513 | 0 | 0 | {si_signo=SIGSYS, si_code=SYS_SECCOMP, si_errno=EPERM, si_call_addr=0x60, si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_X86_64}
        31 | 0  | 1    | 96 | 4611686031312289812 | 0 | 0 | {si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x60, si_syscall=20 /* getpid */, si_arch=AUDIT_ARCH_I386}
        31 | 0  | 1    | 96 | 20014547600359 | 0 | 0 | {si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x60, si_syscall=999, si_arch=0x1234 /* AUDIT_ARCH_??? */}
        17 | 0  | 1    | 1234 | 0 | 100 | 200 | {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1234, si_uid=0, si_status=0, si_utime=100 /* 1.00 s */, si_stime=200 /* 2.00 s */}
        17 | 0  | 2    | 1234 | 9 | 1 | 2 | {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=1234, si_uid=0, si_status=SIGKILL, si_utime=1 /* 0.01 s */, si_stime=2 /* 0.02 s */}
        17 | 0  | 2    | 1234 | 99 | 1234567 | 5 | {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=1234, si_uid=0, si_status=99, si_utime=1234567 /* 12345.67 s */, si_stime=5 /* 0.05 s */}
        17 | 0  | 4    | 1234 | 5 | 0 | 0 | {si_signo=SIGCHLD, si_code=CLD_TRAPPED, si_pid=1234, si_uid=0, si_status=SIGTRAP, si_utime=0, si_stime=0}
        17 | 0  | 77   | 1234 | 99 | 1 | 5 | {si_signo=SIGCHLD, si_code=0x4d, si_pid=1234, si_uid=0, si_status=99, si_utime=1 /* 0.01 s */, si_stime=5 /* 0.05 s */}
        17 | 0  | -6   | 1234 | 99 | 1 | 5 | {si_signo=SIGCHLD, si_code=SI_TKILL, si_pid=1234, si_uid=0}
        17 | 0  | 128  | 1234 | 99 | 1 | 5 | {si_signo=SIGCHLD, si_code=SI_KERNEL, si_pid=1234, si_uid=0, si_status=99, si_utime=1 /* 0.01 s */, si_stime=5 /* 0.05 s */}
        36 | 0  | -1   | 1234 | 0 | 0 | 0 | {si_signo=SIGRT_4, si_code=SI_QUEUE, si_pid=1234, si_uid=0}
        """)
    void printsWhatStracePrinted(int signo, int errno, int code, long a, long b, long c, long d, String expected) {
        byte[] info = new byte[128];
        ByteBuffer buf = ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(0, signo).putInt(4, errno).putInt(8, code);
        buf.putLong(16, a).putLong(24, b).putLong(32, c).putLong(40, d);
        assertEquals(expected, new SiginfoFormatter(new TestDecoder()).format(info));
    }
}
