package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeContext.FdNames;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lines strace 6.1 printed here for testdata/c/sc_structs_misc.c and sc_structs_misc32.c (int $0x80). */
class GoldenMiscStructsTest {
    static final long P = 0x7ffdd1d67f00L;
    static final FakeMemory NONE = new FakeMemory();
    static final DecodeOptions VERBOSE = new DecodeOptions(32, 0, true, Constants.ABBREV, 0);
    static final String EFAULT = " = -1 EFAULT (Bad address)";
    private static TimeZone saved;

    @BeforeAll
    static void utc() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterAll
    static void restore() {
        TimeZone.setDefault(saved);
    }

    static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    static String line32(DecodeOptions o, String name, FakeMemory mem, long rval, long... args) {
        return Strace.line(Arch.I386, o, FdNames.NONE, name, mem, rval, args);
    }

    @Test
    void epollWaitShowsTheReadyEvents() {
        FakeMemory m = new FakeMemory().put(P, le(12).putInt(1).putLong(0x1122334455667788L).array());
        assertEquals("epoll_wait(3, [{events=EPOLLIN, data={u32=1432778632, u64=1234605616436508552}}], 4, 0) = 1",
                line("epoll_wait", m, 1, 3, P, 4, 0));
        assertEquals("epoll_wait(3, 0x1, 4, 0)" + EFAULT, line("epoll_wait", m, -14, 3, 1, 4, 0));
    }

    @Test
    void processVmShowsLocalDataAndRemoteAddresses() {
        long d1 = 0x7ffdd1d67ff8L, d2 = 0x7ffdd1d67ff0L, src = 0x7ffdd1d68000L;
        FakeMemory m = new FakeMemory().words(P, d1, 4, d2, 8).words(P + 0x40, src, 11)
                .put(d2, "te-data\0".getBytes()).put(d1, "remo".getBytes());
        assertEquals("process_vm_readv(22076, [{iov_base=\"remo\", iov_len=4}, {iov_base=\"te-data\", iov_len=8}], 2, "
                + "[{iov_base=0x7ffdd1d68000, iov_len=11}], 1, 0) = 11",
                line("process_vm_readv", m, 11, 22076, P, 2, P + 0x40, 1, 0));
        assertEquals("process_vm_readv(22076, [{iov_base=0x7ffdd1d67ff8, iov_len=4}, {iov_base=0x7ffdd1d67ff0, iov_len=8}], 2, "
                + "[{iov_base=0x7ffdd1d68000, iov_len=11}], 1, 1) = -1 EINVAL (Invalid argument)",
                line("process_vm_readv", m, -22, 22076, P, 2, P + 0x40, 1, 1));
        FakeMemory w = new FakeMemory().words(P, P + 0x80, 7).words(P + 0x40, d1, 7).string(P + 0x80, "written");
        assertEquals("process_vm_writev(22076, [{iov_base=\"written\", iov_len=7}], 1, [{iov_base=0x7ffdd1d67ff8, iov_len=7}], 1, 0) = 7",
                line("process_vm_writev", w, 7, 22076, P, 1, P + 0x40, 1, 0));
        assertEquals("process_madvise(3, [{iov_base=0x7fd603fe7000, iov_len=4096}], 1, MADV_COLD, 0x1) = -1 EINVAL (Invalid argument)",
                line("process_madvise", new FakeMemory().words(P, 0x7fd603fe7000L, 4096), -22, 3, P, 1, 20, 1));
    }

    /** Two struct mmsghdr (64 bytes each): no name, one iovec each, msg_len as given. */
    static FakeMemory messages(long len0, long len1) {
        ByteBuffer b = le(128);
        b.putLong(16, P + 0x100).putLong(24, 1).putInt(56, (int) len0);
        b.putLong(64 + 16, P + 0x110).putLong(64 + 24, 1).putInt(64 + 56, (int) len1);
        return new FakeMemory().put(P, b.array()).words(P + 0x100, P + 0x200, 3).words(P + 0x110, P + 0x210, 4)
                .put(P + 0x200, "one".getBytes()).put(P + 0x210, "two!".getBytes());
    }

    @Test
    void mmsghdrArrays() {
        String one = "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", iov_len=3}], msg_iovlen=1, "
                + "msg_controllen=0, msg_flags=0}";
        String two = "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"two!\", iov_len=4}], msg_iovlen=1, "
                + "msg_controllen=0, msg_flags=0}";
        assertEquals("sendmmsg(3, [" + one + ", msg_len=3}, " + two + ", msg_len=4}], 2, 0) = 2",
                line("sendmmsg", messages(3, 4), 2, 3, P, 2, 0));
        assertEquals("sendmmsg(-1, [" + one + "}, " + two + "}], 2, 0) = -1 EBADF (Bad file descriptor)",
                line("sendmmsg", messages(0, 0), -9, -1, P, 2, 0));
        assertEquals("sendmmsg(3, 0x1, 2, 0)" + EFAULT, line("sendmmsg", NONE, -14, 3, 1, 2, 0));
        FakeMemory received = messages(4, 0).words(P + 0x100, P + 0x200, 8).put(P + 0x200, "two!\0\0\0\0".getBytes());
        assertEquals("recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"two!\", iov_len=8}], "
                + "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=4}], 3, MSG_DONTWAIT, NULL) = 1",
                line("recvmmsg", received, 1, 4, P, 3, 0x40, 0));
        assertEquals("recvmmsg(4, 0x7ffdd1d67f00, 1, MSG_DONTWAIT, NULL) = -1 EAGAIN (Resource temporarily unavailable)",
                line("recvmmsg", received, -11, 4, P, 1, 0x40, 0));
        assertEquals("recvmmsg(4, [], 0, MSG_DONTWAIT, NULL) = 0 (Timeout)", line("recvmmsg", NONE, 0, 4, P, 0, 0x40, 0));
        FakeMemory before = received.words(P + 0x300, 0, 1000);
        FakeMemory after = messages(4, 0).words(P + 0x100, P + 0x200, 8).put(P + 0x200, "one\0\0\0\0\0".getBytes())
                .put(P, le(128).putLong(16, P + 0x100).putLong(24, 1).putInt(56, 3).array()).words(P + 0x300, 0, 0);
        assertEquals("recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", iov_len=8}], "
                + "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}], 3, MSG_DONTWAIT, {tv_sec=0, tv_nsec=1000}) "
                + "= 1 (left {tv_sec=0, tv_nsec=0})",
                Strace.line(Arch.X86_64, DecodeOptions.DEFAULT, FdNames.NONE, "recvmmsg", before, after, 1, 4, P, 3,
                        0x40, P + 0x300));
    }

    @Test
    void fileHandles() {
        FakeMemory before = new FakeMemory().string(P, "/").put(P + 0x100, le(136).putInt(128).array());
        FakeMemory after = new FakeMemory().string(P, "/").put(P + 0x100, le(136).putInt(8).putInt(1).putInt(2).array())
                .ints(P + 0x200, 27);
        assertEquals("name_to_handle_at(AT_FDCWD, \"/\", {handle_bytes=128 => 8, handle_type=1, "
                + "f_handle=\"\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, [27], 0) = 0",
                Strace.line(Arch.X86_64, DecodeOptions.DEFAULT, FdNames.NONE, "name_to_handle_at", before, after, 0,
                        -100, P, P + 0x100, P + 0x200, 0));
        FakeMemory small = new FakeMemory().string(P, "/").put(P + 0x100, le(8).array());
        FakeMemory needed = new FakeMemory().string(P, "/").put(P + 0x100, le(8).putInt(8).array());
        assertEquals("name_to_handle_at(AT_FDCWD, \"/\", {handle_bytes=0 => 8}, 0x7ffdd1d68100, 0) = -1 EOVERFLOW "
                + "(Value too large for defined data type)",
                Strace.line(Arch.X86_64, DecodeOptions.DEFAULT, FdNames.NONE, "name_to_handle_at", small, needed, -75,
                        -100, P, P + 0x100, P + 0x200, 0));
        assertEquals("name_to_handle_at(AT_FDCWD, \"/\", 0x1, 0x7ffdd1d68100, 0)" + EFAULT,
                line("name_to_handle_at", small, -14, -100, P, 1, P + 0x200, 0));
        assertEquals("open_by_handle_at(-100, {handle_bytes=8, handle_type=1, "
                + "f_handle=\"\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, O_RDONLY) = 3",
                line("open_by_handle_at", after, 3, -100, P + 0x100, 0));
    }

    @Test
    void mountAttrAndLandlock() {
        FakeMemory m = new FakeMemory().string(P, "/nonexistent-jt").words(P + 0x100, 3, 4, 0x40000, 0);
        String enoent = " = -1 ENOENT (No such file or directory)";
        assertEquals("mount_setattr(-1, \"/nonexistent-jt\", 0, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID, "
                + "attr_clr=MOUNT_ATTR_NODEV, propagation=MS_PRIVATE, userns_fd=0}, 32)" + enoent,
                line("mount_setattr", m, -2, -1, P, 0, P + 0x100, 32));
        assertEquals("mount_setattr(AT_FDCWD, \"/nonexistent-jt\", 0, 0x7ffdd1d68000, 4) = -1 EINVAL (Invalid argument)",
                line("mount_setattr", m, -22, -100, P, 0, P + 0x100, 4));
        FakeMemory odd = new FakeMemory().string(P, "/nonexistent").words(P + 0x100, 0x80100000L, 0, 0, 5);
        assertEquals("mount_setattr(-1, \"/nonexistent\", 0, {attr_set=MOUNT_ATTR_IDMAP|0x80000000, attr_clr=0, "
                + "propagation=0 /* MS_??? */, userns_fd=5}, 32) = -1 EINVAL (Invalid argument)",
                line("mount_setattr", odd, -22, -1, P, 0, P + 0x100, 32));
        FakeMemory bigger = new FakeMemory().string(P, "/nonexistent").words(P + 0x100, 1, 0, 0, 0, 0, 0x10000);
        assertEquals("mount_setattr(-1, \"/nonexistent\", 0, {attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=0 /* MS_??? */, "
                + "userns_fd=0}, 48)" + enoent, line("mount_setattr", new FakeMemory().string(P, "/nonexistent")
                        .words(P + 0x100, 1, 0, 0, 0, 0, 0), -2, -1, P, 0, P + 0x100, 48));
        assertEquals("mount_setattr(-1, \"/nonexistent\", 0, {attr_set=MOUNT_ATTR_RDONLY, attr_clr=0, propagation=0 /* MS_??? */, "
                + "userns_fd=0, /* bytes 32..47 */ \"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\"}, 48) "
                + "= -1 E2BIG (Argument list too long)", line("mount_setattr", bigger, -7, -1, P, 0, P + 0x100, 48));
        assertEquals("landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_WRITE_FILE|LANDLOCK_ACCESS_FS_READ_FILE}, 8, 0) = 3",
                line("landlock_create_ruleset", new FakeMemory().words(P, 6), 3, P, 8, 0));
        assertEquals("landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_READ_FILE, ...}, 24, 0) = 3",
                line("landlock_create_ruleset", new FakeMemory().words(P, 4, 0, 0), 3, P, 24, 0));
        assertEquals("landlock_create_ruleset({handled_access_fs=0, ...}, 24, 0) = 3",
                line("landlock_create_ruleset", new FakeMemory().words(P, 0, 1, 0), 3, P, 24, 0));
        assertEquals("landlock_create_ruleset(0x1, 8, 0)" + EFAULT, line("landlock_create_ruleset", NONE, -14, 1, 8, 0));
        FakeMemory rule = new FakeMemory().put(P + 0x104, le(12).putLong(4).putInt(4).array())
                .put(P + 0x200, le(12).putLong(0x8000).putInt(-1).array());
        assertEquals("landlock_add_rule(3, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=LANDLOCK_ACCESS_FS_READ_FILE, parent_fd=4}, 0) = 0",
                line("landlock_add_rule", rule, 0, 3, 1, P + 0x104, 0));
        assertEquals("landlock_add_rule(3, 0x7 /* LANDLOCK_RULE_??? */, 0x7ffdd1d68004, 0) = -1 EINVAL (Invalid argument)",
                line("landlock_add_rule", rule, -22, 3, 7, P + 0x104, 0));
        assertEquals("landlock_add_rule(-1, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=0x8000 /* LANDLOCK_ACCESS_FS_??? */, "
                + "parent_fd=-1}, 0) = -1 EBADF (Bad file descriptor)",
                line("landlock_add_rule", rule, -9, -1, 1, P + 0x200, 0));
    }

    @Test
    void futexWaitvAndIoUringSigset() {
        FakeMemory w = new FakeMemory().put(P, le(48).putLong(0).putLong(0x55d3fe2d2068L).putInt(130).putInt(0)
                .putLong(2).putLong(0x55d3fe2d206cL).putInt(2).putInt(0).array());
        String waiters = "[{val=0, uaddr=0x55d3fe2d2068, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}, "
                + "{val=0x2, uaddr=0x55d3fe2d206c, flags=FUTEX_32}]";
        assertEquals("futex_waitv(" + waiters + ", 2, 0, NULL, CLOCK_MONOTONIC) = -1 EAGAIN (Resource temporarily unavailable)",
                line("futex_waitv", w, -11, P, 2, 0, 0, 1));
        assertEquals("futex_waitv(" + waiters + ", 2, 0x1, NULL, CLOCK_MONOTONIC) = -1 EINVAL (Invalid argument)",
                line("futex_waitv", w, -22, P, 2, 1, 0, 1));
        FakeMemory odd = new FakeMemory().put(P, le(48).putLong(-1).putLong(0).putInt(0x105).putInt(0)
                .putLong(0).putLong(1).putInt(3).putInt(7).array());
        assertEquals("futex_waitv([{val=0xffffffffffffffff, uaddr=NULL, flags=0x105 /* FUTEX_??? */}, "
                + "{val=0, uaddr=0x1, flags=FUTEX_32|0x1, __reserved=0x7}], 2, 0, NULL, CLOCK_REALTIME) = -1 EINVAL (Invalid argument)",
                line("futex_waitv", odd, -22, P, 2, 0, 0, 0));
        FakeMemory set = new FakeMemory().words(P, 1L << 9);
        String ebadf = " = -1 EBADF (Bad file descriptor)";
        assertEquals("io_uring_enter(-1, 0, 0, 0, [USR1], 8)" + ebadf, line("io_uring_enter", set, -9, -1, 0, 0, 0, P, 8));
        assertEquals("io_uring_enter(-1, 0, 0, 0, 0x7ffdd1d67f00, 4)" + ebadf,
                line("io_uring_enter", set, -9, -1, 0, 0, 0, P, 4));
    }

    @Test
    void fsconfigValuesFollowTheCommand() {
        FakeMemory m = new FakeMemory().string(P, "size").string(P + 0x10, "1m").string(P + 0x20, "x")
                .put(P + 0x30, "bin".getBytes()).string(P + 0x40, "source").string(P + 0x50, "/tmp");
        String einval = " = -1 EINVAL (Invalid argument)";
        assertEquals("fsconfig(3, FSCONFIG_SET_STRING, \"size\", \"1m\", 0) = 0", line("fsconfig", m, 0, 3, 1, P, P + 0x10, 0));
        assertEquals("fsconfig(3, FSCONFIG_SET_BINARY, \"x\", \"\\x62\\x69\\x6e\", 3)" + einval,
                line("fsconfig", m, -22, 3, 2, P + 0x20, P + 0x30, 3));
        assertEquals("fsconfig(3, FSCONFIG_SET_PATH, \"source\", \"/tmp\", AT_FDCWD)" + einval,
                line("fsconfig", m, -22, 3, 3, P + 0x40, P + 0x50, -100));
        assertEquals("fsconfig(3, FSCONFIG_SET_FD, \"source\", NULL, 0)" + einval,
                line("fsconfig", m, -22, 3, 5, P + 0x40, 0, 0));
        assertEquals("fsconfig(4, FSCONFIG_CMD_CREATE, 0x7ffdd1d67f40, 0x7ffdd1d67f10, 1)" + einval,
                line("fsconfig", m, -22, 4, 6, P + 0x40, P + 0x10, 1));
        assertEquals("fsconfig(3, 0x63 /* FSCONFIG_??? */, 0x7ffdd1d67f00, 0x1, 0) = -1 EOPNOTSUPP (Operation not supported)",
                line("fsconfig", m, -95, 3, 99, P, 1, 0));
    }

    @Test
    void syslogActions() {
        assertEquals("syslog(10 /* SYSLOG_ACTION_SIZE_BUFFER */) = 131072", line("syslog", NONE, 131072, 10, 0, 0));
        assertEquals("syslog(3 /* SYSLOG_ACTION_READ_ALL */, 0x7ffdd1d67fe0, -1) = -1 EINVAL (Invalid argument)",
                line("syslog", NONE, -22, 3, 0x7ffdd1d67fe0L, 0xffffffffL));
        assertEquals("syslog(3 /* SYSLOG_ACTION_READ_ALL */, \"\", 16) = 0", line("syslog", NONE, 0, 3, P, 16));
        assertEquals("syslog(3 /* SYSLOG_ACTION_READ_ALL */, \"<6>ok\", 16) = 5",
                line("syslog", new FakeMemory().put(P, "<6>ok".getBytes()), 5, 3, P, 16));
        assertEquals("syslog(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, 0x7ffc46cf1da0, 9 /* LOGLEVEL_??? */) = -1 EINVAL (Invalid argument)",
                line("syslog", NONE, -22, 8, 0x7ffc46cf1da0L, 9));
        assertEquals("syslog(-1 /* SYSLOG_ACTION_??? */, 0x7ffc46cf1da0, 5) = -1 EINVAL (Invalid argument)",
                line("syslog", NONE, -22, -1, 0x7ffc46cf1da0L, 5));
    }

    @Test
    void seccompArgumentFollowsTheOperation() {
        FakeMemory prog = new FakeMemory().words(P, 1, P + 0x100).put(P + 0x100, le(8).putShort((short) 6)
                .putShort(4, (short) 0).putInt(4, 0x7fff0000).array());
        assertEquals("seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=1, filter=0x7ffdd1d68000}) = 0",
                line("seccomp", prog, 0, 1, 0, P));
        assertEquals("seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=1, filter=[BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)]}) = 0",
                line(VERBOSE, "seccomp", prog, 0, 1, 0, P));
        assertEquals("seccomp(SECCOMP_SET_MODE_FILTER, 0, 0x1)" + EFAULT, line("seccomp", prog, -14, 1, 0, 1));
        assertEquals("seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_LOG]) = 0",
                line("seccomp", new FakeMemory().ints(P, 0x7ffc0000), 0, 2, 0, P));
        assertEquals("seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [0x12345678 /* SECCOMP_RET_??? */]) = -1 EOPNOTSUPP (Operation not supported)",
                line("seccomp", new FakeMemory().ints(P, 0x12345678), -95, 2, 0, P));
        assertEquals("seccomp(SECCOMP_GET_NOTIF_SIZES, 0, {seccomp_notif=80, seccomp_notif_resp=24, seccomp_data=64}) = 0",
                line("seccomp", new FakeMemory().put(P, le(6).putShort((short) 80).putShort((short) 24)
                        .putShort((short) 64).array()), 0, 3, 0, P));
        assertEquals("seccomp(SECCOMP_SET_MODE_STRICT, 0x1, NULL) = -1 EINVAL (Invalid argument)",
                line("seccomp", NONE, -22, 0, 1, 0));
    }

    @Test
    void seccompFilterInstructionsUnderVerbose() {
        int[][] insns = {{0x20, 0, 0, 4}, {0x15, 1, 0, 0xc000003e}, {0x06, 0, 0, 0x80000000}, {0x20, 0, 0, 0},
            {0x15, 0, 1, 9999}, {0x06, 0, 0, 0x50001}, {0x20, 0, 0, 0x1c}, {0x54, 0, 0, 0xff}, {0x2d, 2, 3, 0},
            {0x07, 0, 0, 0}, {0x16, 0, 0, 0}, {0x06, 0, 0, 0x7ff00005}, {0x06, 0, 0, 0x7fff0000}, {0xffff, 0, 0, 3}};
        ByteBuffer b = le(8 * insns.length);
        for (int[] i : insns) {
            b.putShort((short) i[0]).put((byte) i[1]).put((byte) i[2]).putInt(i[3]);
        }
        FakeMemory m = new FakeMemory().words(P, insns.length, P + 0x100).put(P + 0x100, b.array());
        assertEquals("seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, {len=14, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x4), "
                + "BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0xc000003e, 0x1, 0), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_KILL_PROCESS), "
                + "BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x270f, 0, 0x1), "
                + "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x1), BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x1c), "
                + "BPF_STMT(BPF_ALU|BPF_K|BPF_AND, 0xff), BPF_JUMP(BPF_JMP|BPF_X|BPF_JGT, 0, 0x2, 0x3), "
                + "BPF_STMT(BPF_MISC|BPF_TAX, 0), BPF_STMT(BPF_RET|BPF_A, SECCOMP_RET_KILL_THREAD), "
                + "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_TRACE|0x5), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW), "
                + "BPF_STMT(BPF_MISC|0xf8 /* BPF_??? */|0xff00 /* BPF_??? */, 0x3)]}) = -1 EINVAL (Invalid argument)",
                line(VERBOSE, "seccomp", m, -22, 1, 2, P));
        assertEquals("seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=0, filter=[]}) = -1 EINVAL (Invalid argument)",
                line(VERBOSE, "seccomp", new FakeMemory().words(P, 0, P + 0x100), -22, 1, 0, P));
    }

    @Test
    void quotactlArgumentsFollowTheCommand() {
        long q = P + 0x100;
        FakeMemory m = new FakeMemory().string(P, "/nonexistent").words(q, 1, 2, 3, 4, 5, 6, 7, 8, 9)
                .string(P + 0x200, "/x");
        String enoent = " = -1 ENOENT (No such file or directory)";
        assertEquals("quotactl(QCMD(Q_SETINFO, GRPQUOTA), \"/nonexistent\", {dqi_bgrace=1, dqi_igrace=2, "
                + "dqi_flags=DQF_ROOT_SQUASH|0x2, dqi_valid=0})" + enoent,
                line("quotactl", m, -2, 0x80000601L, P, 5, q));
        String limits = "{dqb_bhardlimit=1, dqb_bsoftlimit=2, dqb_curspace=3, dqb_ihardlimit=4, dqb_isoftlimit=5, "
                + "dqb_curinodes=6, ";
        assertEquals("quotactl(QCMD(Q_SETQUOTA, USRQUOTA), \"/nonexistent\", 7, " + limits + "...})" + enoent,
                line("quotactl", m, -2, 0x80000800L, P, 7, q));
        assertEquals("quotactl(QCMD(Q_SETQUOTA, USRQUOTA), \"/nonexistent\", 7, " + limits
                + "dqb_btime=7, dqb_itime=8, dqb_valid=QIF_BLIMITS|QIF_INODES})" + enoent,
                line(VERBOSE, "quotactl", m, -2, 0x80000800L, P, 7, q));
        assertEquals("quotactl(QCMD(Q_QUOTAOFF, PRJQUOTA), \"/nonexistent\")" + enoent,
                line("quotactl", m, -2, 0x80000302L, P, 7, q));
        assertEquals("quotactl(QCMD(Q_GETNEXTQUOTA, USRQUOTA), \"/nonexistent\", 7, 0x7ffdd1d68000)" + enoent,
                line("quotactl", m, -2, 0x80000900L, P, 7, q));
        assertEquals("quotactl(QCMD(Q_QUOTAON, USRQUOTA), \"/nonexistent\", 0x4d /* QFMT_VFS_??? */, \"/x\")" + enoent,
                line("quotactl", m, -2, 0x80000200L, P, 77, P + 0x200));
        assertEquals("quotactl(QCMD(0x5a5a /* Q_??? */, 0x3 /* ???QUOTA */), \"/nonexistent\", 7, 0x7ffdd1d68000) = -1 EINVAL (Invalid argument)",
                line("quotactl", m, -22, 0x5a5a03L, P, 7, q));
        String enosys = " = -1 ENOSYS (Function not implemented)";
        assertEquals("quotactl_fd(0, QCMD(Q_GETFMT, USRQUOTA), 0x7ffdd1d68000)" + enosys,
                line("quotactl_fd", m, -38, 0, 0x80000400L, 7, q));
        assertEquals("quotactl_fd(0, QCMD(Q_SYNC, USRQUOTA))" + enosys, line("quotactl_fd", m, -38, 0, 0x80000100L, 7, q));
    }

    @Test
    void kexecSegments() {
        FakeMemory m = new FakeMemory().words(P, 0x7ffcace9b2d0L, 16, 0x100000, 4096, 0, 0, 0x200000, 4096);
        String enosys = " = -1 ENOSYS (Function not implemented)";
        assertEquals("kexec_load(0x100000, 2, [{buf=0x7ffcace9b2d0, bufsz=16, mem=0x100000, memsz=4096}, "
                + "{buf=NULL, bufsz=0, mem=0x200000, memsz=4096}], 0xdead0000 /* KEXEC_ARCH_??? */)" + enosys,
                line("kexec_load", m, -38, 0x100000, 2, P, 0xdead0000L));
        assertEquals("kexec_load(0x100000, 2, 0x1, 0xdead0000 /* KEXEC_ARCH_??? */)" + enosys,
                line("kexec_load", m, -38, 0x100000, 2, 1, 0xdead0000L));
    }

    @Test
    void oldI386Calls() {
        long buf = 0x404040L, name = 0x402000L;
        byte[] devNull = le(32).putShort((short) 6).putShort((short) 3).putShort((short) 020002).putShort((short) 1)
                .putShort((short) 2).putShort((short) 3).putShort((short) 0x103).putShort((short) 0).putInt(0)
                .putInt(1795794229).putInt(1795794229).putInt(1795794611).array();
        FakeMemory m = new FakeMemory().string(name, "/dev/null").put(buf, devNull);
        DecodeOptions plain = DecodeOptions.DEFAULT;
        assertEquals("oldstat(\"/dev/null\", {st_mode=S_IFCHR|002, st_rdev=makedev(0x1, 0x3), ...}) = 0",
                line32(plain, "oldstat", m, 0, name, buf));
        assertEquals("oldstat(\"/dev/null\", {st_dev=makedev(0, 0x6), st_ino=3, st_mode=S_IFCHR|002, st_nlink=1, st_uid=2, "
                + "st_gid=3, st_blksize=0, st_blocks=0, st_rdev=makedev(0x1, 0x3), st_atime=1795794229 /* 2026-11-27T15:43:49+0000 */, "
                + "st_mtime=1795794229 /* 2026-11-27T15:43:49+0000 */, st_ctime=1795794611 /* 2026-11-27T15:50:11+0000 */}) = 0",
                line32(VERBOSE, "oldstat", m, 0, name, buf));
        assertEquals("oldstat(\"/dev/null\", 0x404040) = -1 ENOENT (No such file or directory)",
                line32(plain, "oldstat", m, -2, name, buf));
        byte[] root = le(32).putShort((short) 0xfe00).putShort((short) 2).putShort((short) 040755).putShort((short) 21)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(4096).array();
        assertEquals("oldfstat(3, {st_mode=S_IFDIR|0755, st_size=4096, ...}) = 0",
                line32(plain, "oldfstat", new FakeMemory().put(buf, root), 0, 3, buf));
        FakeMemory dirent = new FakeMemory().put(buf, le(16).putInt(19).putInt(108735049).putShort((short) 3)
                .put("etc\0".getBytes()).array());
        assertEquals("readdir(3, {d_ino=19, d_off=108735049, d_reclen=3, d_name=\"etc\"}) = 1",
                line32(plain, "readdir", dirent, 1, 3, buf, 1));
        FakeMemory dot = new FakeMemory().put(buf, le(16).putInt(2).putInt(519889480).putShort((short) 1)
                .put(".\0".getBytes()).array());
        assertEquals("readdir(3, {d_ino=2, d_off=519889480, d_reclen=1, d_name=\".\"}, 2) = 1",
                line32(plain, "readdir", dot, 1, 3, buf, 2));
        assertEquals("readdir(-1, 0x404040) = -1 EBADF (Bad file descriptor)", line32(plain, "readdir", dot, -9, -1, buf, 1));
        assertEquals("sigpending([]) = 0", line32(plain, "sigpending", new FakeMemory().ints(buf, 0), 0, buf));
        assertEquals("stime([-1 /* 1969-12-31T23:59:59+0000 */]) = 0", line32(plain, "stime", new FakeMemory().ints(buf, -1), 0, buf));
        assertEquals("stime(0x1)" + EFAULT, line32(plain, "stime", NONE, -14, 1));
    }
}
