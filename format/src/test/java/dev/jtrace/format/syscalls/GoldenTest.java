package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines observed from strace 6.1 on this machine, rebuilt from registers and fake tracee memory. */
class GoldenTest {
    static final long P = 0x7ffe0000L;

    @Test
    void openatAndClose() {
        FakeMemory m = new FakeMemory().string(P, "/etc/ld.so.cache");
        assertEquals("openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3",
                line("openat", m, 3, -100, P, 0x80000));
        assertEquals("openat(AT_FDCWD, \"/tmp/st/x\", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 5",
                line("openat", new FakeMemory().string(P, "/tmp/st/x"), 5, -100, P, 01 | 0100 | 01000, 0644));
        // strace prints open flags in its table's order, not by value (lines printed by strace 6.1).
        FakeMemory n = new FakeMemory().string(P, "/n/a");
        assertEquals("openat(AT_FDCWD, \"/n/a\", O_RDONLY|O_DSYNC|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_DIRECTORY"
                + "|FASYNC) = -1 ENOENT (No such file or directory)",
                line("openat", n, -2, -100, P, 0200000 | 010000000 | 02000000 | 01000000 | 0400000 | 010000 | 020000));
        assertEquals("openat(AT_FDCWD, \"/n/a\", O_RDONLY|O_NONBLOCK|O_DSYNC|O_CLOEXEC|O_DIRECTORY) = -1 ENOENT"
                + " (No such file or directory)", line("openat", n, -2, -100, P, 0200000 | 02000000 | 010000 | 04000));
        assertEquals("openat(AT_FDCWD, \"/n/a\", O_RDONLY|O_SYNC|O_DIRECTORY) = -1 ENOENT (No such file or directory)",
                line("openat", n, -2, -100, P, 04010000 | 0200000));
        assertEquals("openat(AT_FDCWD, \"/n/a\", O_RDWR|O_TMPFILE, 000) = -1 ENOENT (No such file or directory)",
                line("openat", n, -2, -100, P, 2 | 020200000, 0));
        assertEquals("close(3) = 0", line("close", m, 0, 3));
        assertEquals("close(3) = -1 EBADF (Bad file descriptor)", line("close", m, -9, 3));
    }

    @Test
    void accessFailsWithEnoent() {
        FakeMemory m = new FakeMemory().string(P, "/etc/ld.so.preload");
        assertEquals("access(\"/etc/ld.so.preload\", R_OK) = -1 ENOENT (No such file or directory)",
                line("access", m, -2, P, 4));
    }

    @Test
    void readPrintsElfHeaderCutAtThirtyTwo() {
        byte[] elf = new byte[832];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, '>', 0, 1, 0, 0, 0};
        System.arraycopy(head, 0, elf, 0, head.length);
        FakeMemory m = new FakeMemory().put(P, elf);
        assertEquals("read(3, \"\\177ELF\\2\\1\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"..., 832) = 832",
                line("read", m, 832, 3, P, 832));
    }

    @Test
    void writeShortString() {
        FakeMemory m = new FakeMemory().put(P, "127.0.0.1       localhost\n".getBytes());
        assertEquals("write(1, \"127.0.0.1       localhost\\n\", 26) = 26", line("write", m, 26, 1, P, 26));
    }

    @Test
    void mmapFamily() {
        assertEquals("mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7fb4bfd0c000",
                line("mmap", new FakeMemory(), 0x7fb4bfd0c000L, 0, 8192, 3, 0x22, -1, 0));
        assertEquals("mmap(0x7f1cec0a8000, 438272, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x2000) = 0x7f1cec0a8000",
                line("mmap", new FakeMemory(), 0x7f1cec0a8000L, 0x7f1cec0a8000L, 438272, 5, 0x812, 3, 0x2000));
        assertEquals("mprotect(0x7f8e5f8c8000, 16384, PROT_READ) = 0",
                line("mprotect", new FakeMemory(), 0, 0x7f8e5f8c8000L, 16384, 1));
        assertEquals("munmap(0x7f8e5f91c000, 34547) = 0", line("munmap", new FakeMemory(), 0, 0x7f8e5f91c000L, 34547));
        assertEquals("brk(NULL) = 0x55b9b2430000", line("brk", new FakeMemory(), 0x55b9b2430000L, 0));
    }

    @Test
    void processStartup() {
        assertEquals("arch_prctl(ARCH_SET_FS, 0x7f8e5f65e500) = 0",
                line("arch_prctl", new FakeMemory(), 0, 0x1002, 0x7f8e5f65e500L));
        assertEquals("set_tid_address(0x7f8e5f65e7d0) = 4560",
                line("set_tid_address", new FakeMemory(), 4560, 0x7f8e5f65e7d0L));
        assertEquals("set_robust_list(0x7f8e5f65e7e0, 24) = 0",
                line("set_robust_list", new FakeMemory(), 0, 0x7f8e5f65e7e0L, 24));
        assertEquals("rseq(0x7f8e5f65ee20, 0x20, 0, 0x53053053) = 0",
                line("rseq", new FakeMemory(), 0, 0x7f8e5f65ee20L, 0x20, 0, 0x53053053));
        assertEquals("exit_group(0) = ?", line("exit_group", new FakeMemory(), 0, 0));
        assertEquals("getuid() = 0", line("getuid", new FakeMemory(), 0));
    }

    @Test
    void prlimitWithOutputStruct() {
        FakeMemory m = new FakeMemory().words(P, 8192 * 1024, -1);
        assertEquals("prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0",
                line("prlimit64", m, 0, 0, 3, 0, P));
        assertEquals("prlimit64(0, RLIMIT_NOFILE, NULL, {rlim_cur=20000, rlim_max=20000}) = 0",
                line("prlimit64", new FakeMemory().words(P, 20000, 20000), 0, 0, 7, 0, P));
    }

    @Test
    void getrandomPrintsHex() {
        FakeMemory m = new FakeMemory().put(P, new byte[] {0x12, 0x3e, 0x70, (byte) 0xef, 0x3a, 0x77, (byte) 0xa0,
            (byte) 0x98});
        assertEquals("getrandom(\"\\x12\\x3e\\x70\\xef\\x3a\\x77\\xa0\\x98\", 8, GRND_NONBLOCK) = 8",
                line("getrandom", m, 8, P, 8, 1));
    }

    @Test
    void execveArgvAndEnvCount() {
        long argv = P + 0x1000;
        long envp = P + 0x2000;
        FakeMemory m = new FakeMemory().string(P, "/usr/bin/head")
                .words(argv, P + 0x100, P + 0x200, P + 0x300, P + 0x400, 0)
                .string(P + 0x100, "head").string(P + 0x200, "-c").string(P + 0x300, "40")
                .string(P + 0x400, "/etc/passwd")
                .words(envp, P + 0x500, P + 0x500, 0).string(P + 0x500, "A=1");
        assertEquals("execve(\"/usr/bin/head\", [\"head\", \"-c\", \"40\", \"/etc/passwd\"], 0x7ffe2000 /* 2 vars */) = 0",
                line("execve", m, 0, P, argv, envp));
    }

    @Test
    void statFamily() {
        byte[] st = new byte[144];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(st).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(24, 0100644);
        b.putLong(48, 34547);
        FakeMemory m = new FakeMemory().string(P, "").put(P + 0x100, st);
        assertEquals("newfstatat(3, \"\", {st_mode=S_IFREG|0644, st_size=34547, ...}, AT_EMPTY_PATH) = 0",
                line("newfstatat", m, 0, 3, P, P + 0x100, 0x1000));
        b.putInt(24, 020666);
        b.putLong(40, 0x103);
        m.put(P + 0x100, st);
        assertEquals("newfstatat(1, \"\", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, AT_EMPTY_PATH) = 0",
                line("newfstatat", m, 0, 1, P, P + 0x100, 0x1000));
        assertEquals("newfstatat(AT_FDCWD, \"\", 0x7ffe0100, 0) = -1 ENOENT (No such file or directory)",
                line("newfstatat", m, -2, -100, P, P + 0x100, 0));
    }

    @Test
    void fcntlCommands() {
        FakeMemory m = new FakeMemory();
        assertEquals("fcntl(1, F_GETFL) = 0x8001 (flags O_WRONLY|O_LARGEFILE)", line("fcntl", m, 0x8001, 1, 3));
        assertEquals("fcntl(1, F_SETFD, FD_CLOEXEC) = 0", line("fcntl", m, 0, 1, 2, 1));
        assertEquals("fcntl(1, F_GETFD) = 0x1 (flags FD_CLOEXEC)", line("fcntl", m, 1, 1, 1));
        assertEquals("fcntl(1, F_DUPFD_CLOEXEC, 10) = 11", line("fcntl", m, 11, 1, 1030, 10));
        assertEquals("fcntl(1, F_SETFL, O_RDONLY|O_APPEND|O_NONBLOCK) = 0", line("fcntl", m, 0, 1, 4, 02000 | 04000));
    }

    @Test
    void signals() {
        FakeMemory m = new FakeMemory().words(P, (1L << 1) | (1L << 14));
        assertEquals("rt_sigprocmask(SIG_BLOCK, [INT TERM], NULL, 8) = 0", line("rt_sigprocmask", m, 0, 0, P, 0, 8));
        FakeMemory a = new FakeMemory().words(P, 0x559f4de4fdc0L, 0x4000000, 0x7faba41b1050L, ~((1L << 31) | (1L << 32)));
        assertEquals("rt_sigaction(SIGCHLD, {sa_handler=0x559f4de4fdc0, sa_mask=~[RTMIN RT_1], sa_flags=SA_RESTORER, sa_restorer=0x7faba41b1050}, NULL, 8) = 0",
                line("rt_sigaction", a, 0, 17, P, 0, 8));
        FakeMemory old = new FakeMemory().words(P, 0, 0, 0, 0);
        assertEquals("rt_sigaction(SIGINT, NULL, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, 8) = 0",
                line("rt_sigaction", old, 0, 2, 0, P, 8));
        FakeMemory both = new FakeMemory().words(P, 0).words(P + 8, ~((1L << 8) | (1L << 18) | (1L << 31) | (1L << 32)));
        assertEquals("rt_sigprocmask(SIG_SETMASK, [], ~[KILL STOP RTMIN RT_1], 8) = 0",
                line("rt_sigprocmask", both, 0, 2, P, P + 8, 8));
    }

    @Test
    void pipeCloneWait() {
        assertEquals("pipe2([3, 4], 0) = 0", line("pipe2", new FakeMemory().ints(P, 3, 4), 0, P, 0));
        assertEquals("clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7faba4172a10) = 4577",
                line("clone", new FakeMemory(), 4577, 0x1200011, 0, 0, 0x7faba4172a10L, 0));
        assertEquals("wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 2}], 0, NULL) = 4579",
                line("wait4", new FakeMemory().ints(P, 2 << 8), 4579, -1, P, 0, 0));
        assertEquals("wait4(-1, 0x7ffe0000, WNOHANG, NULL) = -1 ECHILD (No child processes)",
                line("wait4", new FakeMemory().ints(P, 0), -10, -1, P, 1, 0));
    }

    @Test
    void network() {
        byte[] sun = new byte[110];
        sun[0] = 1;
        System.arraycopy("/var/run/nscd/socket".getBytes(), 0, sun, 2, 20);
        assertEquals("socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, 0) = 3",
                line("socket", new FakeMemory(), 3, 1, 1 | 0x80000 | 0x800, 0));
        assertEquals("connect(3, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = -1 ENOENT (No such file or directory)",
                line("connect", new FakeMemory().put(P, sun), -2, 3, P, 110));
        byte[] sin = {2, 0, 0, 53, 10, (byte) 255, (byte) 255, 53, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals("connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.255.255.53\")}, 16) = 0",
                line("connect", new FakeMemory().put(P, sin), 0, 3, P, 16));
        assertEquals("socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3",
                line("socket", new FakeMemory(), 3, 2, 2 | 0x80000 | 0x800, 0));
        assertEquals("setsockopt(3, SOL_IP, IP_RECVERR, [1], 4) = 0",
                line("setsockopt", new FakeMemory().ints(P, 1), 0, 3, 0, 11, P, 4));
        assertEquals("poll([{fd=3, events=POLLOUT}], 1, 0) = 1 ([{fd=3, revents=POLLOUT}])",
                line("poll", new FakeMemory().ints(P, 3, 4 | 4 << 16), 1, P, 1, 0));
        assertEquals("ioctl(3, FIONREAD, [27]) = 0", line("ioctl", new FakeMemory().ints(P, 27), 0, 3, 0x541b, P));
        assertEquals("ioctl(1, TCGETS, 0x7ffe0000) = -1 ENOTTY (Inappropriate ioctl for device)",
                line("ioctl", new FakeMemory(), -25, 1, 0x5401, P));
        byte[] q = "\301\314\1\0\0\1\0\0\0\0\0\0\tlocalhost\0\0\34\0\1".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("sendto(3, \"\\301\\314\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\tlocalhost\\0\\0\\34\\0\\1\", 27, MSG_NOSIGNAL, NULL, 0) = 27",
                line("sendto", new FakeMemory().put(P, q), 27, 3, P, 27, 0x4000, 0, 0));
        FakeMemory r = new FakeMemory().put(P, q).put(P + 0x100, sin).ints(P + 0x200, 16);
        assertEquals("recvfrom(3, \"\\301\\314\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\tlocalhost\\0\\0\\34\\0\\1\", 1024, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.255.255.53\")}, [16]) = 27",
                line("recvfrom", r, 27, 3, P, 1024, 0, P + 0x100, P + 0x200));
    }

    @Test
    void misc() {
        assertEquals("umask(022) = 022", line("umask", new FakeMemory(), 022, 022));
        assertEquals("lseek(0, 5, 0x4d /* SEEK_??? */) = -1 EINVAL (Invalid argument)",
                line("lseek", new FakeMemory(), -22, 0, 5, 77));
        assertEquals("lseek(3, 0, SEEK_SET) = 0", line("lseek", new FakeMemory(), 0, 3, 0, 0));
        assertEquals("futex(0x7f8e5f8cda4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0",
                line("futex", new FakeMemory(), 0, 0x7f8e5f8cda4cL, 0x81, 2147483647));
        assertEquals("fadvise64(3, 0, 0, POSIX_FADV_SEQUENTIAL) = 0", line("fadvise64", new FakeMemory(), 0, 3, 0, 0, 2));
        assertEquals("kill(6626, 0) = 0", line("kill", new FakeMemory(), 0, 6626, 0));
        assertEquals("getgroups(0, NULL) = 0", line("getgroups", new FakeMemory(), 0, 0, 0));
        assertEquals("clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, NULL) = 0",
                line("clock_nanosleep", new FakeMemory().words(P, 0, 1000), 0, 0, 0, P, 0));
        assertEquals("setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}, NULL) = 0",
                line("setitimer", new FakeMemory().words(P, 0, 0, 0, 0), 0, 0, P, 0));
        byte[] uts = new byte[390];
        System.arraycopy("Linux".getBytes(), 0, uts, 0, 5);
        System.arraycopy("vm".getBytes(), 0, uts, 65, 2);
        assertEquals("uname({sysname=\"Linux\", nodename=\"vm\", ...}) = 0", line("uname", new FakeMemory().put(P, uts), 0, P));
    }

    @Test
    void rtSigreturnPrintsTheMaskOfTheSignalFrame() {
        long sp = 0x7ffc0000L;
        FakeMemory m = new FakeMemory().words(sp + 296, 0);
        int nr = Strace.D.number(dev.jtrace.format.Arch.X86_64, "rt_sigreturn");
        var caps = Strace.D.capturePlanner(4096).atEntry(dev.jtrace.format.Arch.X86_64, nr, new long[6], sp, m);
        var e = new dev.jtrace.format.SyscallEntry(1, 0, dev.jtrace.format.Arch.X86_64, nr, new long[6], 0, sp, caps, -1);
        var ctx = new dev.jtrace.format.decode.DecodeContext(dev.jtrace.format.decode.DecodeOptions.DEFAULT, 1,
                dev.jtrace.format.decode.DecodeContext.FdNames.NONE);
        assertEquals("{mask=[]}", Strace.DECODER.entryText(e, ctx));
    }

    @Test
    void statxAbbreviated() {
        byte[] stx = new byte[256];
        java.nio.ByteBuffer.wrap(stx).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, 0x17ff)
                .putShort(28, (short) 040755).putLong(40, 4096);
        FakeMemory m = new FakeMemory().string(P, "/usr/share/doc/strace").put(P + 0x100, stx);
        assertEquals("statx(AT_FDCWD, \"/usr/share/doc/strace\", AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT, STATX_MODE|STATX_NLINK|STATX_UID|STATX_GID|STATX_MTIME|STATX_SIZE, {stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_attributes=0, stx_mode=S_IFDIR|0755, stx_size=4096, ...}) = 0",
                line("statx", m, 0, -100, P, 0x900, 0x25e, P + 0x100));
        byte[] dents = new byte[48];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(dents).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putShort(16, (short) 24).put(18, (byte) 4).put(19, (byte) '.');
        b.putShort(24 + 16, (short) 24).put(24 + 18, (byte) 4).put(24 + 19, (byte) '.').put(24 + 20, (byte) '.');
        assertEquals("getdents64(3, 0x7ffe0000 /* 2 entries */, 32768) = 48",
                line("getdents64", new FakeMemory().put(P, dents), 48, 3, P, 32768));
    }

    @Test
    void iovecs() {
        FakeMemory m = new FakeMemory().words(P, P + 0x100, 2, P + 0x200, 8).put(P + 0x100, "ab".getBytes())
                .put(P + 0x200, new byte[8]);
        assertEquals("writev(1, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"\\0\\0\\0\\0\\0\\0\\0\\0\", iov_len=8}], 2) = 10",
                line("writev", m, 10, 1, P, 2));
        FakeMemory two = new FakeMemory().words(P, P + 0x100, 5, P + 0x200, 8).put(P + 0x100, "hello".getBytes())
                .put(P + 0x200, new byte[8]);
        assertEquals("readv(3, [{iov_base=\"hello\", iov_len=5}, {iov_base=\"\", iov_len=8}], 2) = 5",
                line("readv", two, 5, 3, P, 2));
        FakeMemory split = new FakeMemory().words(P, P + 0x100, 2, P + 0x200, 8).put(P + 0x100, "ab".getBytes())
                .put(P + 0x200, "c\0\0\0\0\0\0\0".getBytes());
        assertEquals("readv(3, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"c\", iov_len=8}], 2) = 3",
                line("readv", split, 3, 3, P, 2));
        FakeMemory r = new FakeMemory().words(P, P + 0x200, 8).put(P + 0x200, "hello\0\0\0".getBytes());
        assertEquals("readv(3, [{iov_base=\"hello\", iov_len=8}], 1) = 5", line("readv", r, 5, 3, P, 1));
    }
}
