package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.syscalls.structs.StructCodec;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lines strace 6.1 printed here for testdata/c/sc_structs_ipc.c and sc_structs_tty.c (SysV IPC, message queues,
 * terminal ioctls, sched_attr, timex), rebuilt from registers and fake tracee memory.
 */
class GoldenIpcTest {
    static final long P = 0x7ffd0000L;
    static final long BAD = 8;
    static final FakeMemory NONE = new FakeMemory();
    static final DecodeOptions VERBOSE = opts(true, DecodeOptions.Constants.ABBREV);
    static final DecodeOptions RAW = opts(false, DecodeOptions.Constants.RAW);
    static final DecodeOptions XVERBOSE = opts(false, DecodeOptions.Constants.VERBOSE);

    static DecodeOptions opts(boolean verbose, DecodeOptions.Constants constants) {
        DecodeOptions d = DecodeOptions.DEFAULT;
        return new DecodeOptions(d.stringLimit(), d.hexStrings(), verbose, constants, d.fdPaths());
    }

    /** The x86_64 bytes of struct {@code name} of structs.def with these field values (nested structs as maps). */
    static byte[] struct(String name, Map<String, ?> values) {
        return StructCodec.encode(StructLayouts.builtIn().get(name, Arch.X86_64), values);
    }

    static FakeMemory at(byte[] bytes) {
        return new FakeMemory().put(P, bytes);
    }

    static byte[] shorts(int... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    @Test
    void semopPrintsTheOperations() {
        FakeMemory ops = at(shorts(0, 1, 0x1000, 1, 2, 0x800));
        assertEquals("semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, {sem_num=1, sem_op=2, sem_flg=IPC_NOWAIT}], 2) = 0",
                line("semop", ops, 0, 0, P, 2));
        assertEquals("semop(-1, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}], 1) = -1 EINVAL (Invalid argument)",
                line("semop", ops, -22, -1, P, 1));
        assertEquals("semop(0, 0x8, 1) = -1 EFAULT (Bad address)", line("semop", ops, -14, 0, BAD, 1));
        assertEquals("semop(-1, [], 0) = -1 EINVAL (Invalid argument)", line("semop", NONE, -22, -1, P, 0));
        FakeMemory odd = at(shorts(0, 1, 0x1800, 1, -1, 0x7fff, 2, 0, 0));
        assertEquals("semop(-1, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO|IPC_NOWAIT}, {sem_num=1, sem_op=-1, sem_flg=SEM_UNDO|IPC_NOWAIT|0x67ff}, {sem_num=2, sem_op=0, sem_flg=0}], 3) = -1 EINVAL (Invalid argument)",
                line("semop", odd, -22, -1, P, 3));
        assertEquals("semop(0, [{sem_num=0, sem_op=1, sem_flg=0x1000}, {sem_num=1, sem_op=2, sem_flg=0x800}], 2) = 0",
                line(RAW, "semop", ops, 0, 0, P, 2));
        assertEquals("semtimedop(0, [{sem_num=0, sem_op=-5, sem_flg=IPC_NOWAIT}], 1, {tv_sec=0, tv_nsec=1000}) = -1 EAGAIN (Resource temporarily unavailable)",
                line("semtimedop", at(shorts(0, -5, 0x800)).words(P + 0x100, 0, 1000), -11, 0, P, 1, P + 0x100));
    }

    static final Map<String, Object> PERM = Map.of("key", 0, "uid", 0, "gid", 0, "cuid", 0, "cgid", 0, "mode", 0600);

    @Test
    void semctlBuffersFollowTheCommand() {
        FakeMemory ds = at(struct("semid64_ds", Map.of("sem_perm", PERM, "sem_otime", 1795802260L,
                "sem_ctime", 1795802260L, "sem_nsems", 2)));
        assertEquals("semctl(0, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, sem_otime=1795802260, sem_ctime=1795802260, sem_nsems=2}) = 0",
                line("semctl", ds, 0, 0, 0, 2, P));
        assertEquals("semctl(0, 0, IPC_SET, {sem_perm={uid=0, gid=0, mode=0600}}) = 0", line("semctl", ds, 0, 0, 0, 1, P));
        assertEquals("semctl(0, 0, IPC_STAT, 0x7ffd0000) = -1 EINVAL (Invalid argument)",
                line("semctl", ds, -22, 0, 0, 2, P));
        assertEquals("semctl(0, 0, IPC_64|IPC_STAT, 0x7ffd0000) = -1 EINVAL (Invalid argument)",
                line("semctl", ds, -22, 0, 0, 0x102, P));
        FakeMemory info = at(struct("seminfo", Map.of("semmap", 1024000000, "semmni", 32000, "semmns", 1024000000,
                "semmnu", 1024000000, "semmsl", 32000, "semopm", 500, "semume", 500, "semusz", 20, "semvmx", 32767,
                "semaem", 32767)));
        assertEquals("semctl(0, 0, IPC_INFO, {semmap=1024000000, semmni=32000, semmns=1024000000, semmnu=1024000000, semmsl=32000, semopm=500, semume=500, semusz=20, semvmx=32767, semaem=32767}) = 0",
                line("semctl", info, 0, 0, 0, 3, P));
        assertEquals("semctl(0, 0, GETALL, 0x7ffd0000) = 0", line("semctl", NONE, 0, 0, 0, 13, P));
        assertEquals("semctl(0, 1, SETVAL, 0x7) = 0", line("semctl", NONE, 0, 0, 1, 16, 7));
        assertEquals("semctl(0, 1, GETVAL, NULL) = 4", line("semctl", NONE, 4, 0, 1, 12, 0));
        assertEquals("semctl(0, 0, 0x77 /* SEM_??? */, NULL) = -1 EINVAL (Invalid argument)",
                line("semctl", NONE, -22, 0, 0, 0x77, 0));
        assertEquals("semctl(0, 0, 0x11 /* SETALL */, 0x7ffd0000) = 0", line(XVERBOSE, "semctl", NONE, 0, 0, 0, 17, P));
        assertEquals("semctl(0, 0, 0x100 /* IPC_64 */|0x2 /* IPC_STAT */, 0x7ffd0000) = -1 EINVAL (Invalid argument)",
                line(XVERBOSE, "semctl", ds, -22, 0, 0, 0x102, P));
        assertEquals("semctl(0, 0, 0x100|0x2, 0x7ffd0000) = -1 EINVAL (Invalid argument)",
                line(RAW, "semctl", ds, -22, 0, 0, 0x102, P));
        assertEquals("semget(0, 2, 0x200|0600) = 0", line(RAW, "semget", NONE, 0, 0, 2, 01600));
        assertEquals("semget(0 /* IPC_PRIVATE */, 2, 0x200 /* IPC_CREAT */|0600) = 0",
                line(XVERBOSE, "semget", NONE, 0, 0, 2, 01600));
    }

    @Test
    void shmctlAndMsgctlBuffers() {
        Map<String, Object> perm = Map.of("key", 19029, "uid", 0, "gid", 0, "cuid", 0, "cgid", 0, "mode", 0600);
        FakeMemory shm = at(struct("shmid64_ds", Map.of("shm_perm", perm, "shm_segsz", 4096, "shm_cpid", 12244,
                "shm_ctime", 1795802689L)));
        assertEquals("shmctl(0, SHM_STAT_ANY, {shm_perm={uid=0, gid=0, mode=0600, key=19029, cuid=0, cgid=0}, shm_segsz=4096, shm_cpid=12244, shm_lpid=0, shm_nattch=0, shm_atime=0, shm_dtime=0, shm_ctime=1795802689}) = 0",
                line("shmctl", shm, 0, 0, 15, P));
        assertEquals("shmctl(0, IPC_SET, 0x8) = -1 EFAULT (Bad address)", line("shmctl", shm, -14, 0, 1, BAD));
        assertEquals("shmctl(0, IPC_STAT, NULL) = -1 EFAULT (Bad address)", line("shmctl", shm, -14, 0, 2, 0));
        assertEquals("shmctl(0, IPC_INFO, {shmmax=18446744073692774399, shmmin=1, shmmni=4096, shmseg=4096, shmall=18446744073692774399}) = 0",
                line("shmctl", at(struct("shminfo64", Map.of("shmmax", -16777217L, "shmmin", 1, "shmmni", 4096,
                        "shmseg", 4096, "shmall", -16777217L))), 0, 0, 3, P));
        assertEquals("shmctl(0, SHM_INFO, {used_ids=1, shm_tot=1, shm_rss=0, shm_swp=0, swap_attempts=0, swap_successes=0}) = 0",
                line("shmctl", at(struct("shm_info", Map.of("used_ids", 1, "shm_tot", 1))), 0, 0, 14, P));
        assertEquals("shmctl(0, SHM_LOCK, NULL) = 0", line("shmctl", NONE, 0, 0, 11, 0));
        FakeMemory msq = at(struct("msqid64_ds", Map.of("msg_perm", PERM, "msg_qbytes", 8192)));
        assertEquals("msgctl(0, IPC_SET, {msg_perm={uid=0, gid=0, mode=0600}, msg_qbytes=8192}) = 0",
                line("msgctl", msq, 0, 0, 1, P));
        assertEquals("msgctl(0, MSG_INFO, {msgpool=1, msgmap=2, msgmax=8192, msgmnb=16384, msgmni=32000, msgssz=16, msgtql=9, msgseg=65535}) = 0",
                line("msgctl", at(struct("msginfo", Map.of("msgpool", 1, "msgmap", 2, "msgmax", 8192, "msgmnb", 16384,
                        "msgmni", 32000, "msgssz", 16, "msgtql", 9, "msgseg", 65535))), 0, 0, 12, P));
        assertEquals("msgctl(0, 0x55 /* MSG_??? */, 0x7ffd0000) = -1 EINVAL (Invalid argument)",
                line("msgctl", NONE, -22, 0, 0x55, P));
    }

    static byte[] message(long type, String text, int size) {
        byte[] b = new byte[8 + size];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(type);
        byte[] t = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(t, 0, b, 8, t.length);
        return b;
    }

    @Test
    void messagesPrintTheirTypeAndText() {
        assertEquals("msgsnd(0, {mtype=2, mtext=\"a\\0b\\n\"}, 4, IPC_NOWAIT) = 0",
                line("msgsnd", at(message(2, "a\0b\n", 16)), 0, 0, P, 4, 04000));
        assertEquals("msgsnd(0, 0x8, 5, 0) = -1 EFAULT (Bad address)", line("msgsnd", NONE, -14, 0, BAD, 5, 0));
        assertEquals("msgrcv(0, {mtype=1, mtext=\"hello\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16, 0, 0) = 5",
                line("msgrcv", at(message(1, "hello", 16)), 5, 0, P, 16, 0, 0));
        assertEquals("msgrcv(0, 0x7ffd0000, 16, 0, IPC_NOWAIT) = -1 ENOMSG (No message of desired type)",
                line("msgrcv", at(message(1, "hello", 16)), -42, 0, P, 16, 0, 04000));
    }

    @Test
    void messageQueueAttributes() {
        FakeMemory attr = new FakeMemory().string(P, "jt_mq").words(P + 0x100, 0, 4, 64, 0, 0, 0, 0, 0)
                .words(P + 0x200, 04000, 0, 0, 0, 0, 0, 0, 0).words(P + 0x300, 0, 4, 64, 1, 0, 0, 0, 0)
                .words(P + 0x400, 1, 0, 0, 0, 0, 0, 0, 0);
        assertEquals("mq_open(\"jt_mq\", O_RDWR|O_CREAT|O_EXCL, 0600, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}) = 3",
                line("mq_open", attr, 3, P, 0302, 0600, P + 0x100));
        assertEquals("mq_open(\"jt_mq\", O_RDWR|O_CREAT, 0600, 0x8) = -1 EFAULT (Bad address)",
                line("mq_open", attr, -14, P, 0102, 0600, BAD));
        assertEquals("mq_open(\"jt_mq_none\", O_RDWR) = -1 ENOENT (No such file or directory)",
                line("mq_open", new FakeMemory().string(P, "jt_mq_none"), -2, P, 2, 0600, 0));
        assertEquals("mq_getsetattr(3, {mq_flags=O_NONBLOCK, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=1}) = 0",
                line("mq_getsetattr", attr, 0, 3, P + 0x200, P + 0x300));
        assertEquals("mq_getsetattr(-1, NULL, 0x7ffd0300) = -1 EBADF (Bad file descriptor)",
                line("mq_getsetattr", attr, -9, -1, 0, P + 0x300));
        assertEquals("mq_getsetattr(-1, {mq_flags=0x1 /* O_??? */, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, NULL) = -1 EINVAL (Invalid argument)",
                line("mq_getsetattr", attr, -22, -1, P + 0x400, 0));
        assertEquals("mq_getsetattr(3, {mq_flags=0x800, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=1}) = 0",
                line(RAW, "mq_getsetattr", attr, 0, 3, P + 0x200, P + 0x300));
    }

    static final int TCGETS = 0x5401, TCSETS = 0x5402, TCGETA = 0x5405, TCGETS2 = 0x802c542a;
    /** A new pty's settings as the kernel reports them. */
    static final Map<String, Object> PTY = Map.of("c_iflag", 0x500, "c_oflag", 0x5, "c_cflag", 0xbf, "c_lflag", 0x8a3b,
            "c_cc", List.of(3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0xf, 0x17, 0x16, 0, 0, 0));
    static final String PTY_MODES = "c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
            + "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE";
    static final String PTY_CC = "c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, [VERASE]=0x7f, [VKILL]=0x15, [VEOF]=0x4, [VTIME]=0, "
            + "[VMIN]=0x1, [VSWTC]=0, [VSTART]=0x11, [VSTOP]=0x13, [VSUSP]=0x1a, [VEOL]=0, [VREPRINT]=0x12, "
            + "[VDISCARD]=0xf, [VWERASE]=0x17, [VLNEXT]=0x16, [VEOL2]=0, [17]=0, [18]=0]";

    @Test
    void terminalSettings() {
        FakeMemory pty = at(struct("termios", PTY));
        assertEquals("ioctl(4, TCGETS, {" + PTY_MODES + ", ...}) = 0", line("ioctl", pty, 0, 4, TCGETS, P));
        assertEquals("ioctl(4, SNDCTL_TMR_START or TCSETS, {" + PTY_MODES + ", ...}) = 0",
                line("ioctl", pty, 0, 4, TCSETS, P));
        assertEquals("ioctl(4, TCGETS, {" + PTY_MODES + ", c_line=N_TTY, " + PTY_CC + "}) = 0",
                line(VERBOSE, "ioctl", pty, 0, 4, TCGETS, P));
        assertEquals("ioctl(4, 0x5401, {c_iflag=0x500, c_oflag=0|0|0|0|0|0|0x5, c_cflag=0xf|0x30|0x80, c_lflag=0x8a3b, ...}) = 0",
                line(RAW, "ioctl", pty, 0, 4, TCGETS, P));
        assertEquals("ioctl(4, 0x5401 /* TCGETS */, {c_iflag=0x500 /* ICRNL|IXON */, c_oflag=0 /* NL0 */|0 /* CR0 */|0 /* TAB0 */|0 /* BS0 */|0 /* VT0 */|0 /* FF0 */|0x5 /* OPOST|ONLCR */, c_cflag=0xf /* B38400 */|0x30 /* CS8 */|0x80 /* CREAD */, c_lflag=0x8a3b /* ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE */, ...}) = 0",
                line(XVERBOSE, "ioctl", pty, 0, 4, TCGETS, P));
        assertEquals("ioctl(-1, TCGETS, 0x7ffd0000) = -1 EBADF (Bad file descriptor)",
                line("ioctl", pty, -9, -1, TCGETS, P));
        assertEquals("ioctl(4, SNDCTL_TMR_START or TCSETS, 0x8) = -1 EFAULT (Bad address)",
                line("ioctl", pty, -14, 4, TCSETS, BAD));
        assertEquals("ioctl(4, TIOCGLCKTRMIOS, {c_iflag=, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, c_cflag=B0|CS5|, c_lflag=, ...}) = 0",
                line("ioctl", at(new byte[60]), 0, 4, 0x5456, P));
    }

    @Test
    void terminalModeWordsWithEveryBit() {
        byte[] all = struct("termios", Map.of("c_iflag", -1, "c_oflag", -1, "c_cflag", -1, "c_lflag", -1));
        assertEquals("ioctl(-1, SNDCTL_TMR_START or TCSETS, {c_iflag=IGNBRK|BRKINT|IGNPAR|PARMRK|INPCK|ISTRIP|INLCR|IGNCR|ICRNL|IUCLC|IXON|IXANY|IXOFF|IMAXBEL|IUTF8|0xffff8000, c_oflag=NL1|CR3|XTABS|BS1|VT1|FF1|OPOST|OLCUC|ONLCR|OCRNL|ONOCR|ONLRET|OFILL|OFDEL|0xffff0000, c_cflag=B4000000|B4000000<<IBSHIFT|CS8|CSTOPB|CREAD|PARENB|PARODD|HUPCL|CLOCAL|CMSPAR|CRTSCTS|0x2ff0e000, c_lflag=ISIG|ICANON|XCASE|ECHO|ECHOE|ECHOK|ECHONL|NOFLSH|IEXTEN|ECHOCTL|ECHOPRT|ECHOKE|FLUSHO|PENDIN|TOSTOP|EXTPROC|0xfffe2000, ...}) = -1 EBADF (Bad file descriptor)",
                line("ioctl", at(all), -9, -1, TCSETS, P));
        byte[] some = struct("termios", Map.of("c_iflag", 0x10000, "c_oflag", 0x10000, "c_cflag", 0x10000,
                "c_lflag", 0x10000));
        assertEquals("ioctl(-1, SNDCTL_TMR_START or TCSETS, {c_iflag=0x10000, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|0x10000, c_cflag=B0|B50<<IBSHIFT|CS5|, c_lflag=EXTPROC, ...}) = -1 EBADF (Bad file descriptor)",
                line("ioctl", at(some), -9, -1, TCSETS, P));
    }

    @Test
    void oldAndNewTerminalStructs() {
        String modes = "c_iflag=, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|ONLCR, c_cflag=B115200|CS8|CREAD, "
                + "c_lflag=ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, c_line=N_TTY, ";
        Map<String, Object> raw = Map.of("c_oflag", 0x4, "c_cflag", 0x10b2, "c_lflag", 0x8a30,
                "c_cc", List.of(3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0));
        assertEquals("ioctl(4, TCGETA, {" + modes + "c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, [VERASE]=0x7f, [VKILL]=0x15, [VEOF]=0x4, [VTIME]=0, [VMIN]=0x1, [VSWTC]=0]}) = 0",
                line(VERBOSE, "ioctl", at(struct("termio", raw)), 0, 4, TCGETA, P));
        Map<String, Object> t2 = new java.util.HashMap<>(raw);
        t2.put("c_cc", PTY.get("c_cc"));
        t2.put("c_ispeed", 115200);
        t2.put("c_ospeed", 115200);
        assertEquals("ioctl(4, TCGETS2, {" + modes + PTY_CC + ", c_ispeed=115200, c_ospeed=115200}) = 0",
                line(VERBOSE, "ioctl", at(struct("termios2", t2)), 0, 4, TCGETS2, P));
    }

    @Test
    void otherTerminalRequests() {
        assertEquals("ioctl(4, TIOCSWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}) = 0",
                line("ioctl", at(shorts(24, 80, 0, 0)), 0, 4, 0x5414, P));
        assertEquals("ioctl(4, TIOCSWINSZ, 0x8) = -1 EFAULT (Bad address)", line("ioctl", NONE, -14, 4, 0x5414, BAD));
        assertEquals("ioctl(4, TIOCSPGRP, [1]) = -1 ENOTTY (Inappropriate ioctl for device)",
                line("ioctl", new FakeMemory().ints(P, 1), -25, 4, 0x5410, P));
        assertEquals("ioctl(4, TCFLSH, TCIOFLUSH) = 0", line("ioctl", NONE, 0, 4, 0x540b, 2));
        assertEquals("ioctl(4, 0x540a /* TCXONC */, 0x1 /* TCOON */) = 0", line(XVERBOSE, "ioctl", NONE, 0, 4, 0x540a, 1));
        assertEquals("ioctl(4, TIOCEXCL) = 0", line("ioctl", NONE, 0, 4, 0x540c, P));
        assertEquals("ioctl(4, TIOCGEXCL, [1]) = 0", line("ioctl", new FakeMemory().ints(P, 1), 0, 4, 0x80045440L, P));
        assertEquals("ioctl(3, TIOCGPTLCK, 0x7ffd0000) = 0", line("ioctl", new FakeMemory().ints(P, 0), 0, 3,
                0x80045439L, P));
        assertEquals("ioctl(3, TIOCGPTPEER, 0x102) = 4", line("ioctl", NONE, 4, 3, 0x5441, 0x102));
    }

    static byte[] schedAttr(long size, long policy, long flags, long priority, long runtime) {
        return struct("sched_attr", Map.of("size", size, "sched_policy", policy, "sched_flags", flags,
                "sched_priority", priority, "sched_runtime", runtime));
    }

    @Test
    void schedAttrPrintsAsFarAsItsSize() {
        assertEquals("sched_getattr(0, {size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=1400000, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0}, 56, 0) = 0",
                line("sched_getattr", at(schedAttr(56, 0, 0, 0, 1400000)), 0, 0, P, 56, 0));
        assertEquals("sched_getattr(0, {size=48, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=1400000, sched_deadline=0, sched_period=0}, 48, 0) = 0",
                line("sched_getattr", at(schedAttr(48, 0, 0, 0, 1400000)), 0, 0, P, 48, 0));
        assertEquals("sched_getattr(0, 0x7ffd0000, 8, 0) = -1 EINVAL (Invalid argument)",
                line("sched_getattr", at(schedAttr(48, 0, 0, 0, 0)), -22, 0, P, 8, 0));
        assertEquals("sched_setattr(0, {size=48, sched_policy=0x1, sched_flags=0x1, sched_nice=0, sched_priority=1000, sched_runtime=0, sched_deadline=0, sched_period=0}, 0) = -1 EINVAL (Invalid argument)",
                line(RAW, "sched_setattr", at(schedAttr(48, 1, 1, 1000, 0)), -22, 0, P, 0));
        assertEquals("sched_setattr(-1, {size=64, sched_flags=SCHED_FLAG_RESET_ON_FORK|SCHED_FLAG_RECLAIM|SCHED_FLAG_DL_OVERRUN|SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS|SCHED_FLAG_UTIL_CLAMP_MIN|SCHED_FLAG_UTIL_CLAMP_MAX, sched_util_min=0, sched_util_max=0, ...}, 0) = -1 EINVAL (Invalid argument)",
                line("sched_setattr", at(schedAttr(64, 6, 0x7f, 0, 0)), -22, -1, P, 0));
        assertEquals("sched_setattr(-1, {size=0, sched_flags=SCHED_FLAG_RESET_ON_FORK|SCHED_FLAG_RECLAIM|SCHED_FLAG_DL_OVERRUN|SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS|SCHED_FLAG_UTIL_CLAMP_MIN|SCHED_FLAG_UTIL_CLAMP_MAX}, 0) = -1 EINVAL (Invalid argument)",
                line("sched_setattr", at(schedAttr(0, 6, 0x7f, 0, 0)), -22, -1, P, 0));
        assertEquals("sched_setattr(0, 0x8, 0) = -1 EFAULT (Bad address)", line("sched_setattr", NONE, -14, 0, BAD, 0));
    }

    @Test
    void schedSetattrShowsTheSizeTheKernelWantsOnE2big() {
        byte[] before = schedAttr(8, 0, 0, 0, 0);
        byte[] after = Arrays.copyOf(before, before.length);
        after[0] = 56;
        Arch a = Arch.X86_64;
        int nr = Strace.D.number(a, "sched_setattr");
        long[] args = {0, P, 0, 0, 0, 0};
        CapturePlanner p = Strace.D.capturePlanner(4096);
        SyscallEntry e = new SyscallEntry(100, 1, a, nr, args, 0, 0, p.atEntry(a, nr, args, at(before)), -1);
        SyscallExit x = new SyscallExit(100, 2, a, nr, -7, true, p.atExit(a, nr, args, -7, true, at(after)), -1);
        DecodeContext ctx = new DecodeContext(DecodeOptions.DEFAULT, 100, DecodeContext.FdNames.NONE);
        assertEquals("0, {size=8}", Strace.DECODER.entryText(e, ctx));
        assertEquals("sched_setattr(0, {size=8} => {size=56}, 0) = -1 E2BIG (Argument list too long)",
                "sched_setattr(" + Strace.DECODER.entryText(e, ctx) + Strace.DECODER.exitText(e, x, ctx) + ") = "
                        + Strace.DECODER.resultText(e, x, ctx));
    }

    static byte[] timex(long modes) {
        return struct("timex", Map.of("modes", modes, "maxerror", 16000000, "esterror", 16000000, "status", 0x40,
                "constant", 2, "precision", 1, "tolerance", 32768000,
                "time", Map.of("tv_sec", 1795802375L, "tv_usec", 28795), "tick", 10000));
    }

    @Test
    void timexPrintsEveryField() {
        String rest = "offset=0, freq=0, maxerror=16000000, esterror=16000000, status=STA_UNSYNC, constant=2, "
                + "precision=1, tolerance=32768000, time={tv_sec=1795802375, tv_usec=28795}, tick=10000, ppsfreq=0, "
                + "jitter=0, shift=0, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=0}";
        assertEquals("adjtimex({modes=0, " + rest + ") = 5 (TIME_ERROR)", line("adjtimex", at(timex(0)), 5, P));
        assertEquals("clock_adjtime(CLOCK_REALTIME, {modes=0, " + rest + ") = 5 (TIME_ERROR)",
                line("clock_adjtime", at(timex(0)), 5, 0, P));
        assertEquals("adjtimex({modes=ADJ_OFFSET_SS_READ, " + rest + ") = 5 (TIME_ERROR)",
                line("adjtimex", at(timex(0xa001)), 5, P));
        assertEquals("adjtimex({modes=0x8011, " + rest.replace("STA_UNSYNC", "0x40") + ") = 5 (TIME_ERROR)",
                line(RAW, "adjtimex", at(timex(0x8011)), 5, P));
        assertEquals("adjtimex(0x7ffd0000) = -1 EINVAL (Invalid argument)", line("adjtimex", at(timex(0x4010)), -22, P));
        assertEquals("adjtimex(NULL) = -1 EFAULT (Bad address)", line("adjtimex", NONE, -14, 0));
        assertEquals("clock_adjtime(0x4d /* CLOCK_??? */, 0x7ffd0000) = -1 EINVAL (Invalid argument)",
                line("clock_adjtime", at(timex(0)), -22, 77, P));
    }

    @Test
    void i386ClockAdjtime64ReadsTheKernelTimex() {
        byte[] tx = StructCodec.encode(StructLayouts.builtIn().get("kernel_timex", Arch.I386), Map.of("modes", 0,
                "maxerror", 16000000, "esterror", 16000000, "status", 0x40, "constant", 2, "precision", 1,
                "tolerance", 32768000, "time", Map.of("tv_sec", 1795804677L, "tv_usec", 622291), "tick", 10000));
        assertEquals("clock_adjtime64(CLOCK_REALTIME, {modes=0, offset=0, freq=0, maxerror=16000000, esterror=16000000, status=STA_UNSYNC, constant=2, precision=1, tolerance=32768000, time={tv_sec=1795804677, tv_usec=622291}, tick=10000, ppsfreq=0, jitter=0, shift=0, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=0}) = 5 (TIME_ERROR)",
                line(Arch.I386, DecodeOptions.DEFAULT, DecodeContext.FdNames.NONE, "clock_adjtime64",
                        new FakeMemory().put(0x8000, tx), 5, 0, 0x8000));
    }
}
