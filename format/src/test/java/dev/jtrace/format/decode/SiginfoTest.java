package dev.jtrace.format.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Signal-delivery texts strace 6.1 printed here for testdata/c/sc_signals.c. */
class SiginfoTest {
    static ByteBuffer info(int signo, int code) {
        return ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN).putInt(0, signo).putInt(8, code);
    }

    static String text(ByteBuffer b) {
        return Siginfo.format(b.array(), DecodeOptions.DEFAULT);
    }

    @Test
    void sentByProcesses() {
        assertEquals("{si_signo=SIGUSR1, si_code=SI_USER, si_pid=13553, si_uid=0}",
                text(info(10, 0).putInt(16, 13553)));
        assertEquals("{si_signo=SIGUSR2, si_code=SI_TKILL, si_pid=13553, si_uid=0}",
                text(info(12, -6).putInt(16, 13553)));
        assertEquals("{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=13553, si_uid=0, si_int=42, si_ptr=0x2a}",
                text(info(10, -1).putInt(16, 13553).putLong(24, 42)));
    }

    @Test
    void sentByTheKernel() {
        assertEquals("{si_signo=SIGALRM, si_code=SI_KERNEL}", text(info(14, 0x80)));
        assertEquals("{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=13554, si_uid=0, si_status=SIGKILL, si_utime=0, si_stime=0}",
                text(info(17, 2).putInt(16, 13554).putInt(24, 9)));
        assertEquals("{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4579, si_uid=0, si_status=2, si_utime=0, si_stime=0}",
                text(info(17, 1).putInt(16, 4579).putInt(24, 2)));
        assertEquals("{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x10}", text(info(11, 1).putLong(16, 16)));
        assertEquals("{si_signo=SIGSEGV, si_code=SEGV_ACCERR, si_addr=NULL}", text(info(11, 2)));
    }
}
