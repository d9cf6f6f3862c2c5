package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines strace 6.1 printed for testdata/c/sc_files.c here, rebuilt from registers and fake memory. */
class GoldenFilesTest {
    static final long P = 0x7ffd0000L;

    static FakeMemory str(String s) {
        return new FakeMemory().string(P, s);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void pathsAndDescriptors() {
        assertEquals("chdir(\"/tmp/w/d\") = 0", line("chdir", str("/tmp/w/d"), 0, P));
        assertEquals("mkdir(\"jt_dir\", 0750) = 0", line("mkdir", str("jt_dir"), 0, P, 0750));
        assertEquals("openat(AT_FDCWD, \"jt_file\", O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC, 0600) = 3",
                line("openat", str("jt_file"), 3, -100, P, 02 | 0100 | 0200 | 02000000, 0600));
        assertEquals("pwrite64(3, \"X\", 1, 3) = 1", line("pwrite64", new FakeMemory().put(P, ascii("X")), 1, 3, P, 1, 3));
        assertEquals("pread64(3, \"linX one\", 8, 0) = 8",
                line("pread64", new FakeMemory().put(P, ascii("linX one")), 8, 3, P, 8, 0));
        assertEquals("fsync(3) = 0", line("fsync", new FakeMemory(), 0, 3));
        assertEquals("ftruncate(3, 10) = 0", line("ftruncate", new FakeMemory(), 0, 3, 10));
        assertEquals("fchmod(3, 0640) = 0", line("fchmod", new FakeMemory(), 0, 3, 0640));
        assertEquals("dup(3) = 4", line("dup", new FakeMemory(), 4, 3));
        assertEquals("dup2(3, 10) = 10", line("dup2", new FakeMemory(), 10, 3, 10));
        assertEquals("dup3(3, 11, O_CLOEXEC) = 11", line("dup3", new FakeMemory(), 11, 3, 11, 02000000));
        FakeMemory two = new FakeMemory().string(P, "jt_file").string(P + 0x100, "jt_link");
        assertEquals("symlink(\"jt_file\", \"jt_link\") = 0", line("symlink", two, 0, P, P + 0x100));
        FakeMemory rl = new FakeMemory().string(P, "jt_link").put(P + 0x100, ascii("jt_file"));
        assertEquals("readlink(\"jt_link\", \"jt_file\", 256) = 7", line("readlink", rl, 7, P, P + 0x100, 256));
        assertEquals("getcwd(\"/tmp/w/d\", 256) = 9",
                line("getcwd", new FakeMemory().put(P, ascii("/tmp/w/d\0")), 9, P, 256));
        assertEquals("access(\"jt_file\", R_OK|W_OK) = 0", line("access", str("jt_file"), 0, P, 6));
        assertEquals("faccessat2(AT_FDCWD, \"jt_file\", X_OK, AT_EACCESS) = -1 EACCES (Permission denied)",
                line("faccessat2", str("jt_file"), -13, -100, P, 1, 0x200));
        assertEquals("fchownat(AT_FDCWD, \"jt_file\", 0, 0, AT_SYMLINK_NOFOLLOW) = 0",
                line("fchownat", str("jt_file"), 0, -100, P, 0, 0, 0x100));
        assertEquals("unlinkat(AT_FDCWD, \"jt_file\", 0) = 0", line("unlinkat", str("jt_file"), 0, -100, P, 0));
        assertEquals("umask(022) = 022", line("umask", new FakeMemory(), 022, 022));
    }

    @Test
    void sockets() {
        assertEquals("socketpair(AF_UNIX, SOCK_STREAM, 0, [5, 6]) = 0",
                line("socketpair", new FakeMemory().ints(P, 5, 6), 0, 1, 1, 0, P));
        assertEquals("sendto(5, \"ping\", 4, 0, NULL, 0) = 4",
                line("sendto", new FakeMemory().put(P, ascii("ping")), 4, 5, P, 4, 0, 0, 0));
        assertEquals("recvfrom(6, \"ping\", 256, MSG_DONTWAIT, NULL, NULL) = 4",
                line("recvfrom", new FakeMemory().put(P, ascii("ping")), 4, 6, P, 256, 0x40, 0, 0));
        // the kernel writes 2 into the socklen the program set to 110
        FakeMemory gs = new FakeMemory().put(P, new byte[] {1, 0}).ints(P + 0x200, 110);
        assertEquals("getsockname(5, {sa_family=AF_UNIX}, [110 => 2]) = 0",
                SocklenLine.getsockname(gs, P, P + 0x200));
        assertEquals("socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 7", line("socket", new FakeMemory(), 7, 2, 1, 6));
        assertEquals("setsockopt(7, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0",
                line("setsockopt", new FakeMemory().ints(P, 1), 0, 7, 1, 2, P, 4));
        assertEquals("getsockopt(7, SOL_SOCKET, SO_TYPE, [1], [4]) = 0",
                line("getsockopt", new FakeMemory().ints(P, 1).ints(P + 0x100, 4), 0, 7, 1, 3, P, P + 0x100));
        byte[] sin = {2, 0, 0x1f, (byte) 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals("bind(7, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                line("bind", new FakeMemory().put(P, sin), 0, 7, P, 16));
        assertEquals("listen(7, 5) = 0", line("listen", new FakeMemory(), 0, 7, 5));
        assertEquals("shutdown(5, SHUT_WR) = 0", line("shutdown", new FakeMemory(), 0, 5, 1));
    }

    @Test
    void descriptorsOfOtherKinds() {
        assertEquals("epoll_create1(EPOLL_CLOEXEC) = 8", line("epoll_create1", new FakeMemory(), 8, 02000000));
        assertEquals("eventfd2(3, EFD_NONBLOCK) = 9", line("eventfd2", new FakeMemory(), 9, 3, 04000));
        assertEquals("inotify_init1(IN_CLOEXEC) = 12", line("inotify_init1", new FakeMemory(), 12, 02000000));
        assertEquals("timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC) = 13",
                line("timerfd_create", new FakeMemory(), 13, 1, 02000000));
        assertEquals("poll([{fd=6, events=POLLIN}], 1, 0) = 1 ([{fd=6, revents=POLLIN}])",
                line("poll", new FakeMemory().ints(P, 6, 1 | 1 << 16), 1, P, 1, 0));
        assertEquals("pselect6(7, [6], NULL, NULL, {tv_sec=0, tv_nsec=0}, NULL) = 1 (in [6], left {tv_sec=0, tv_nsec=0})",
                line("pselect6", new FakeMemory().words(P, 1 << 6).words(P + 0x100, 0, 0), 1, 7, P, 0, 0, P + 0x100, 0));
    }

    @Test
    void processAndTime() {
        assertEquals("clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, NULL) = 0",
                line("clock_nanosleep", new FakeMemory().words(P, 0, 1000), 0, 0, 0, P, 0));
        byte[] mask = new byte[128];
        mask[0] = 3;
        assertEquals("sched_getaffinity(0, 128, [0 1]) = 32",
                line("sched_getaffinity", new FakeMemory().put(P, mask), 32, 0, 128, P));
        assertEquals("sched_yield() = 0", line("sched_yield", new FakeMemory(), 0));
        long[] ru = new long[18];
        ru[1] = 1937;
        assertEquals("getrusage(RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=1937}, ru_stime={tv_sec=0, tv_usec=0}, ...}) = 0",
                line("getrusage", new FakeMemory().words(P, ru), 0, 0, P));
        assertEquals("times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) = 1718055084",
                line("times", new FakeMemory().words(P, 0, 0, 0, 0), 1718055084, P));
    }
}
