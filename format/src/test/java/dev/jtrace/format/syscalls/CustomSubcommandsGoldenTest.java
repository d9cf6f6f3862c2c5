package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** fcntl, prctl, futex and syslog sub-commands as strace 6.1 printed them here (testdata/c/sc_custom_more.c). */
class CustomSubcommandsGoldenTest {
    static final long P = 0x7fff50689790L;
    static final long Q = 0x7fff50689780L;
    static final long EINVAL = -22, EFAULT = -14, ENOSYS = -38;

    static String line(Constants mode, String name, FakeMemory mem, long rval, long... args) {
        return Strace.line(Arch.X86_64, new DecodeOptions(32, 0, false, mode, 0), DecodeContext.FdNames.NONE, name,
                mem, rval, args);
    }

    static String line(String name, FakeMemory mem, long rval, long... args) {
        return line(Constants.ABBREV, name, mem, rval, args);
    }

    /** struct flock on x86_64: two shorts, two longs from offset 8, l_pid at 24. */
    static byte[] flock(int type, int whence, long start, long len, int pid) {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putShort((short) type).putShort((short) whence)
                .putInt(0).putLong(start).putLong(len).putInt(pid).array();
    }

    @Test
    void fcntlLocks() {
        FakeMemory m = new FakeMemory().put(P, flock(1, 0, 0, 10, 0));
        assertEquals("fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}) = 0",
                line("fcntl", m, 0, 3, 6, P));
        assertEquals("fcntl(3, 0x7, {l_type=0x1, l_whence=0, l_start=0, l_len=10}) = 0",
                line(Constants.RAW, "fcntl", m, 0, 3, 7, P));
        assertEquals("fcntl(3, 0x6 /* F_SETLK */, {l_type=0x1 /* F_WRLCK */, l_whence=0 /* SEEK_SET */, l_start=0, l_len=10}) = 0",
                line(Constants.VERBOSE, "fcntl", m, 0, 3, 6, P));
        FakeMemory odd = new FakeMemory().put(P, flock(7, 9, 5, 10, 0));
        assertEquals("fcntl(3, F_SETLK, {l_type=0x7 /* F_??? */, l_whence=0x9 /* SEEK_??? */, l_start=5, l_len=10}) = -1 EINVAL (Invalid argument)",
                line("fcntl", odd, EINVAL, 3, 6, P));
        assertEquals("fcntl(3, F_SETLK, NULL) = -1 EFAULT (Bad address)", line("fcntl", m, EFAULT, 3, 6, 0));
        FakeMemory queried = new FakeMemory().put(P, flock(2, 1, 5, 10, 0));
        assertEquals("fcntl(3, F_GETLK, {l_type=F_UNLCK, l_whence=SEEK_CUR, l_start=5, l_len=10, l_pid=0}) = 0",
                line("fcntl", queried, 0, 3, 5, P));
        assertEquals("fcntl(3, F_GETLK, 0x8) = -1 EFAULT (Bad address)", line("fcntl", m, EFAULT, 3, 5, 8));
        assertEquals("fcntl(3, F_OFD_GETLK, 0x7fff50689790) = -1 EINVAL (Invalid argument)",
                line("fcntl", m, EINVAL, 3, 36, P));
        FakeMemory ofd = new FakeMemory().put(P, flock(0, 2, -4, 0, 0));
        assertEquals("fcntl(3, F_OFD_SETLKW, {l_type=F_RDLCK, l_whence=SEEK_END, l_start=-4, l_len=0}) = -1 EINVAL (Invalid argument)",
                line("fcntl", ofd, EINVAL, 3, 38, P));
    }

    @Test
    void fcntlOwnersSignalsSeals() {
        FakeMemory tid = new FakeMemory().ints(P, 0, 0);
        assertEquals("fcntl(3, F_SETOWN_EX, {type=F_OWNER_TID, pid=0}) = 0", line("fcntl", tid, 0, 3, 15, P));
        assertEquals("fcntl(3, F_GETOWN_EX, {type=F_OWNER_PID, pid=0}) = 0",
                line("fcntl", new FakeMemory().ints(P, 1, 0), 0, 3, 16, P));
        assertEquals("fcntl(3, F_SETOWN_EX, {type=0x9 /* F_OWNER_??? */, pid=0}) = -1 EINVAL (Invalid argument)",
                line("fcntl", new FakeMemory().ints(P, 9, 0), EINVAL, 3, 15, P));
        assertEquals("fcntl(3, F_GETOWN_EX, NULL) = -1 EFAULT (Bad address)", line("fcntl", tid, EFAULT, 3, 16, 0));
        assertEquals("fcntl(3, F_GETSIG) = 10 (SIGUSR1)", line("fcntl", tid, 10, 3, 11));
        assertEquals("fcntl(3, 0xb) = 10 (SIGUSR1)", line(Constants.RAW, "fcntl", tid, 10, 3, 11));
        assertEquals("fcntl(3, F_GET_SEALS) = 0xc (seals F_SEAL_GROW|F_SEAL_WRITE)", line("fcntl", tid, 0xc, 3, 1034));
        assertEquals("fcntl(3, F_GETLEASE) = 0x2 (F_UNLCK)", line("fcntl", tid, 2, 3, 1025));
        assertEquals("fcntl(3, 0x1) = 0x1 (flags 0x1)", line(Constants.RAW, "fcntl", tid, 1, 3, 1));
        assertEquals("fcntl(3, 0x40c /* F_??? */, 0x7fff50689780) = 0", line("fcntl", tid, 0, 3, 1036, Q));
    }

    @Test
    void prctlOptions() {
        FakeMemory m = new FakeMemory().ints(P, 9).words(Q, 0x7fa8fb622a10L);
        assertEquals("prctl(PR_GET_PDEATHSIG, [SIGKILL]) = 0", line("prctl", m, 0, 2, P, 0, Q, 0));
        assertEquals("prctl(PR_GET_PDEATHSIG, NULL) = -1 EFAULT (Bad address)", line("prctl", m, EFAULT, 2, 0, 0, Q));
        assertEquals("prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)", line("prctl", m, 1, 3, 0, 0, Q));
        assertEquals("prctl(PR_SET_DUMPABLE, 0x7 /* SUID_DUMP_??? */) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 4, 7));
        assertEquals("prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_SYS_ADMIN, 0, 0) = 0",
                line("prctl", m, 0, 47, 1, 21, 0, 0));
        assertEquals("prctl(0x2f /* PR_CAP_AMBIENT */, 0x3 /* PR_CAP_AMBIENT_LOWER */, 0 /* CAP_CHOWN */, 0, 0) = 0",
                line(Constants.VERBOSE, "prctl", m, 0, 47, 3, 0, 0, 0));
        assertEquals("prctl(PR_CAP_AMBIENT, 0x9 /* PR_CAP_AMBIENT_??? */, 0x1, 0x2, 0x3) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 47, 9, 1, 2, 3));
        assertEquals("prctl(PR_CAPBSET_READ, 0x63 /* CAP_??? */) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 23, 99));
        assertEquals("prctl(PR_SET_NO_NEW_PRIVS, 0, 0x1, 0x2, 0x3) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 38, 0, 1, 2, 3));
        assertEquals("prctl(PR_GET_TID_ADDRESS, [0x7fa8fb622a10]) = 0", line("prctl", m, 0, 40, Q, 0, P, 3));
        assertEquals("prctl(PR_SET_MM, 0x63 /* PR_SET_MM_??? */, 0x1000, 0, 0) = -1 EPERM (Operation not permitted)",
                line("prctl", m, -1, 35, 99, 0x1000, 0, 0));
        assertEquals("prctl(PR_SET_SECCOMP, 0x4d /* SECCOMP_MODE_??? */, 0, 0, 0) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 22, 77, 0, 0, 0));
        assertEquals("prctl(PR_SET_SECUREBITS, SECBIT_NOROOT|SECBIT_NO_SETUID_FIXUP|SECBIT_KEEP_CAPS) = 0",
                line("prctl", m, 0, 28, 0x15, 0, Q, 0));
        assertEquals("prctl(0x59616d61, -1) = -1 EINVAL (Invalid argument)",
                line(Constants.RAW, "prctl", m, EINVAL, 0x59616d61, 0xffffffffL));
        assertEquals("prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 0x59616d61, 0xffffffffL));
        assertEquals("prctl(PR_TASK_PERF_EVENTS_DISABLE) = 0", line("prctl", m, 0, 31, 0, 0, Q, 0));
        assertEquals("prctl(PR_MCE_KILL_GET, 0, 0, 0, 0) = 2 (PR_MCE_KILL_DEFAULT)", line("prctl", m, 2, 34, 0, 0, 0, 0));
        assertEquals("prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_DEFAULT, 0, 0) = 0",
                line("prctl", m, 0, 33, 1, 2, 0, 0));
        assertEquals("prctl(PR_MCE_KILL, 0x9 /* PR_MCE_KILL_??? */, 0x9, 0, 0) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 33, 9, 9, 0, 0));
        assertEquals("prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH) = 0x2 (PR_SPEC_ENABLE)",
                line("prctl", m, 2, 52, 1, 0, 0, 0));
        assertEquals("prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0x63 /* PR_SPEC_??? */) = -1 ENXIO (No such device or address)",
                line("prctl", m, -6, 53, 0, 99, 0, 0));
        assertEquals("prctl(0x19 /* PR_GET_TSC */, [0x1 /* PR_TSC_ENABLE */]) = 0",
                line(Constants.VERBOSE, "prctl", new FakeMemory().ints(P, 1), 0, 25, P, 0, Q, 0));
        assertEquals("prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, NULL, 4096, \"x\") = -1 EINVAL (Invalid argument)",
                line("prctl", new FakeMemory().string(Q, "x"), EINVAL, 0x53564d41, 0, 0, 4096, Q));
        assertEquals("prctl(PR_SET_VMA, 0x5 /* PR_SET_VMA_??? */, 0, 0, 0) = -1 EINVAL (Invalid argument)",
                line("prctl", m, EINVAL, 0x53564d41, 5, 0, 0, 0));
    }

    @Test
    void futexOperations() {
        FakeMemory m = new FakeMemory();
        assertEquals("futex(0x7fff506897dc, FUTEX_WAKE_OP, 1, 0, 0x7fff506897d8, 0x7<<28 /* FUTEX_OP_??? */|0xfff<<12|0xf<<24 /* FUTEX_OP_CMP_??? */|0xfff) = -1 ENOSYS (Function not implemented)",
                line("futex", m, ENOSYS, 0x7fff506897dcL, 5, 1, 0, 0x7fff506897d8L, 0x7fffffff));
        assertEquals("futex(0x7ffc6c9de37c, 0x85, 1, 1, 0x7ffc6c9de378, 0<<28 /* FUTEX_OP_??? */|0<<12|0<<24 /* FUTEX_OP_CMP_??? */|0) = 0",
                line(Constants.RAW, "futex", m, 0, 0x7ffc6c9de37cL, 0x85, 1, 1, 0x7ffc6c9de378L, 0));
        assertEquals("futex(0x7ffd36b5035c, 0x5 /* FUTEX_WAKE_OP */, 1, 2, 0x7ffd36b50358, 0x1 /* FUTEX_OP_ADD */<<28|0x5<<12|0x4 /* FUTEX_OP_CMP_GT */<<24|0x1) = 0",
                line(Constants.VERBOSE, "futex", m, 0, 0x7ffd36b5035cL, 5, 1, 2, 0x7ffd36b50358L, 0x14005001));
        assertEquals("futex(0x7ffd36b5035c, 0x189 /* FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME */, 0, NULL, 0xffffffff /* FUTEX_BITSET_MATCH_ANY */) = -1 EAGAIN (Resource temporarily unavailable)",
                line(Constants.VERBOSE, "futex", m, -11, 0x7ffd36b5035cL, 0x189, 0, 0, 0, 0xffffffffL));
        assertEquals("futex(0x7fff506897dc, 0xe /* FUTEX_??? */, 1, 0x2, 0x7fff506897d8, 0x4) = -1 ENOSYS (Function not implemented)",
                line("futex", m, ENOSYS, 0x7fff506897dcL, 14, 1, 2, 0x7fff506897d8L, 4));
        assertEquals("futex(0x7fff506897dc, 0x8e /* FUTEX_??? */, 1, NULL, NULL, 0) = -1 ENOSYS (Function not implemented)",
                line("futex", m, ENOSYS, 0x7fff506897dcL, 0x8e, 1, 0, 0, 0));
    }

    @Test
    void syslogActions() {
        FakeMemory m = new FakeMemory();
        assertEquals("syslog(10 /* SYSLOG_ACTION_SIZE_BUFFER */) = 131072", line("syslog", m, 131072, 10, 0, 0));
        assertEquals("syslog(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 3 /* LOGLEVEL_ERR */) = 0",
                line(Constants.RAW, "syslog", m, 0, 8, 0, 3));
        assertEquals("syslog(3 /* SYSLOG_ACTION_READ_ALL */, \"\", 0) = 0", line("syslog", m, 0, 3, P, 0));
        assertEquals("syslog(3 /* SYSLOG_ACTION_READ_ALL */, 0x7fff50689790, -1) = -1 EINVAL (Invalid argument)",
                line("syslog", m, EINVAL, 3, P, 0xffffffffL));
        assertEquals("syslog(77 /* SYSLOG_ACTION_??? */, 0x7fff50689790, 5) = -1 EINVAL (Invalid argument)",
                line("syslog", m, EINVAL, 77, P, 5));
    }
}
