package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines strace 6.1 printed for testdata/c/sc_more.c here. */
class GoldenMoreTest {
    static final long P = 0x7ffd0000L;

    static FakeMemory str(String s) {
        return new FakeMemory().string(P, s);
    }

    static final FakeMemory NONE = new FakeMemory();

    @Test
    void filesAndEvents() {
        assertEquals("fallocate(3, 0, 0, 4096) = 0", line("fallocate", NONE, 0, 3, 0, 0, 4096));
        assertEquals("flock(3, LOCK_EX|LOCK_NB) = 0", line("flock", NONE, 0, 3, 6));
        assertEquals("utimensat(AT_FDCWD, \"jt_more\", [UTIME_NOW, UTIME_OMIT], 0) = 0",
                line("utimensat", str("jt_more").words(P + 0x100, 0, (1L << 30) - 1, 0, (1L << 30) - 2), 0, -100, P,
                        P + 0x100, 0));
        assertEquals("epoll_create1(0) = 4", line("epoll_create1", NONE, 4, 0));
        assertEquals("epoll_ctl(4, EPOLL_CTL_ADD, 3, {events=EPOLLIN, data={u32=7, u64=7}}) = -1 EPERM (Operation not permitted)",
                line("epoll_ctl", new FakeMemory().put(P, new byte[] {1, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0}), -1, 4, 1, 3, P));
        assertEquals("epoll_wait(4, [], 2, 0) = 0", line("epoll_wait", new FakeMemory().put(P, new byte[24]), 0, 4, P, 2, 0));
        assertEquals("inotify_add_watch(5, \".\", IN_CREATE|IN_DELETE) = 1",
                line("inotify_add_watch", str("."), 1, 5, P, 0x300));
        assertEquals("inotify_rm_watch(5, 1) = 0", line("inotify_rm_watch", NONE, 0, 5, 1));
        assertEquals("timerfd_settime(6, 0, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=5, tv_nsec=0}}, NULL) = 0",
                line("timerfd_settime", new FakeMemory().words(P, 0, 0, 5, 0), 0, 6, 0, P, 0));
        assertEquals("timerfd_gettime(6, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=4, tv_nsec=999977527}}) = 0",
                line("timerfd_gettime", new FakeMemory().words(P, 0, 0, 4, 999977527), 0, 6, P));
        assertEquals("signalfd4(-1, [USR1], 8, SFD_CLOEXEC) = 7",
                line("signalfd4", new FakeMemory().words(P, 1L << 9), 7, -1, P, 8, 02000000));
        assertEquals("mknodat(AT_FDCWD, \"jt_fifo\", S_IFIFO|0600) = 0", line("mknodat", str("jt_fifo"), 0, -100, P,
                010600, 0));
        assertEquals("mknodat(AT_FDCWD, \"null\", S_IFCHR|0666, makedev(0x1, 0x3)) = 0", line("mknodat", str("null"), 0,
                -100, P, 020666, 0x103));
        FakeMemory xattr = new FakeMemory().string(P, "jt_more").string(P + 0x100, "user.jt").put(P + 0x200, "v".getBytes());
        assertEquals("setxattr(\"jt_more\", \"user.jt\", \"v\", 1, 0) = 0", line("setxattr", xattr, 0, P, P + 0x100, P + 0x200, 1, 0));
        assertEquals("removexattr(\"jt_more\", \"user.jt\") = 0", line("removexattr", xattr, 0, P, P + 0x100));
        assertEquals("sync() = 0", line("sync", NONE, 0));
        assertEquals("syncfs(3) = 0", line("syncfs", NONE, 0, 3));
        assertEquals("readahead(3, 0, 4096) = 0", line("readahead", NONE, 0, 3, 0, 4096));
        FakeMemory names = new FakeMemory().string(P, "jt_more3").string(P + 0x100, "jt_more4");
        assertEquals("renameat2(AT_FDCWD, \"jt_more3\", AT_FDCWD, \"jt_more4\", RENAME_NOREPLACE) = 0",
                line("renameat2", names, 0, -100, P, -100, P + 0x100, 1));
        assertEquals("linkat(AT_FDCWD, \"jt_more3\", AT_FDCWD, \"jt_more4\", 0) = 0",
                line("linkat", names, 0, -100, P, -100, P + 0x100, 0));
        assertEquals("truncate(\"jt_more3\", 0) = 0", line("truncate", names, 0, P, 0));
        assertEquals("chmod(\"jt_more3\", 0600) = 0", line("chmod", names, 0, P, 0600));
    }

    @Test
    void memoryAndScheduling() {
        long a = 0x7fd2f3857000L;
        assertEquals("mincore(0x7fd2f3857000, 4096, [0]) = 0", line("mincore", new FakeMemory().put(P, new byte[1]), 0, a, 4096, P));
        assertEquals("mlock(0x7fd2f3857000, 4096) = 0", line("mlock", NONE, 0, a, 4096));
        assertEquals("msync(0x7fd2f3857000, 4096, MS_SYNC) = 0", line("msync", NONE, 0, a, 4096, 4));
        assertEquals("madvise(0x7fd2f3857000, 4096, MADV_DONTNEED) = 0", line("madvise", NONE, 0, a, 4096, 4));
        assertEquals("getcpu([0], [0], NULL) = 0", line("getcpu", new FakeMemory().ints(P, 0).ints(P + 8, 0), 0, P, P + 8, 0));
        assertEquals("sched_getscheduler(0) = 0 (SCHED_OTHER)", line("sched_getscheduler", NONE, 0, 0));
        assertEquals("sched_getparam(0, [0]) = 0", line("sched_getparam", new FakeMemory().ints(P, 0), 0, 0, P));
        assertEquals("sched_get_priority_max(SCHED_FIFO) = 99", line("sched_get_priority_max", NONE, 99, 1));
        assertEquals("getpriority(PRIO_PROCESS, 0) = 20", line("getpriority", NONE, 20, 0, 0));
        assertEquals("waitid(P_ALL, 0, 0x7ffd0000, WNOHANG|WEXITED, NULL) = -1 ECHILD (No child processes)",
                line("waitid", new FakeMemory().put(P, new byte[128]), -10, 0, 0, P, 5, 0));
        assertEquals("tgkill(3322, 3322, 0) = 0", line("tgkill", NONE, 0, 3322, 3322, 0));
        assertEquals("pidfd_open(3322, 0) = 8", line("pidfd_open", NONE, 8, 3322, 0));
        assertEquals("sigaltstack({ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}, NULL) = 0",
                line("sigaltstack", new FakeMemory().words(P, 0, 2, 0), 0, P, 0));
        assertEquals("getitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}) = 0",
                line("getitimer", new FakeMemory().words(P, 0, 0, 0, 0), 0, 0, P));
    }

    @Test
    void sleepPrintsTheRemainderOnlyWhenInterrupted() {
        FakeMemory m = new FakeMemory().words(P, 0, 10000000).words(P + 0x100, 0, 5000);
        assertEquals("clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=10000000}, 0x7ffd0100) = 0",
                line("clock_nanosleep", m, 0, 0, 0, P, P + 0x100));
        assertEquals("clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=10000000}, {tv_sec=0, tv_nsec=5000}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)",
                line("clock_nanosleep", m, -516, 0, 0, P, P + 0x100));
    }

    @Test
    void ioctlRequests() {
        long x = 0x7ffd60720e3cL;
        String enotty = " = -1 ENOTTY (Inappropriate ioctl for device)";
        assertEquals("ioctl(1, _IOC(_IOC_NONE, 0x54, 0x99, 0), 0)" + enotty, line("ioctl", NONE, -25, 1, 0x5499, 0));
        assertEquals("ioctl(1, _IOC(_IOC_READ|_IOC_WRITE, 0x54, 0x99, 0x4), 0x7ffd60720e3c)" + enotty,
                line("ioctl", NONE, -25, 1, 0xc0045499L, x));
        assertEquals("ioctl(1, _IOC(_IOC_READ, 0x54, 0x99, 0x8), 0x7ffd60720e3c)" + enotty,
                line("ioctl", NONE, -25, 1, 0x80085499L, x));
        assertEquals("ioctl(1, _IOC(_IOC_WRITE, 0x54, 0x99, 0x4), 0x5)" + enotty, line("ioctl", NONE, -25, 1, 0x40045499L, 5));
        assertEquals("ioctl(1, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0x77)" + enotty, line("ioctl", NONE, -25, 1, 0x1234, 0x77));
        assertEquals("ioctl(1, TIOCGWINSZ, 0x7ffd60720e3c)" + enotty, line("ioctl", NONE, -25, 1, 0x5413, x));
        assertEquals("ioctl(1, FIONBIO, [0]) = 0", line("ioctl", new FakeMemory().ints(x, 0), 0, 1, 0x5421, x));
        assertEquals("ioctl(4, BTRFS_IOC_CLONE or FICLONE, 3) = -1 EOPNOTSUPP (Operation not supported)",
                line("ioctl", NONE, -95, 4, 0x40049409, 3));
    }

    @Test
    void sigqueueinfoPrintsTheSiginfo() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(128).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 10).putInt(8, -1).putInt(16, 13553).putLong(24, 42);
        assertEquals("rt_sigqueueinfo(13553, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=13553, si_uid=0, si_int=42, si_ptr=0x2a}) = 0",
                line("rt_sigqueueinfo", new FakeMemory().put(P, b.array()), 0, 13553, 10, P));
    }

    @Test
    void statfsAndWaitStatuses() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(120).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, 0x9fa0).putLong(8, 4096).putInt(56, 0x15).putLong(64, 255).putLong(72, 4096).putLong(80, 0x1020);
        assertEquals("statfs(\"/proc\", {f_type=PROC_SUPER_MAGIC, f_bsize=4096, f_blocks=0, f_bfree=0, f_bavail=0, f_files=0, f_ffree=0, f_fsid={val=[0x15, 0]}, f_namelen=255, f_frsize=4096, f_flags=ST_VALID|ST_RELATIME}) = 0",
                line("statfs", str("/proc").put(P + 0x100, b.array()), 0, P, P + 0x100));
        assertEquals("wait4(5236, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}], 0, NULL) = 5236",
                line("wait4", new FakeMemory().ints(P, 9), 5236, 5236, P, 0, 0));
        assertEquals("wait4(5238, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], WSTOPPED, NULL) = 5238",
                line("wait4", new FakeMemory().ints(P, 0x137f), 5238, 5238, P, 2, 0));
        assertEquals("wait4(5238, [{WIFCONTINUED(s)}], WCONTINUED, NULL) = 5238",
                line("wait4", new FakeMemory().ints(P, 0xffff), 5238, 5238, P, 8, 0));
    }

    @Test
    void structsFromScStructs() {
        assertEquals("clock_gettime(CLOCK_MONOTONIC, {tv_sec=2811, tv_nsec=164478997}) = 0",
                line("clock_gettime", new FakeMemory().words(P, 2811, 164478997), 0, 1, P));
        assertEquals("gettimeofday({tv_sec=1795794892, tv_usec=568034}, {tz_minuteswest=0, tz_dsttime=0}) = 0",
                line("gettimeofday", new FakeMemory().words(P, 1795794892, 568034).ints(P + 0x100, 0, 0), 0, P,
                        P + 0x100));
        assertEquals("openat2(AT_FDCWD, \"/etc/hostname\", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS}, 24) = 3",
                line("openat2", str("/etc/hostname").words(P + 0x100, 02000000, 0, 4), 3, -100, P, P + 0x100, 24));
        assertEquals("getresuid([0], [0], [0]) = 0",
                line("getresuid", new FakeMemory().ints(P, 0).ints(P + 8, 0).ints(P + 16, 0), 0, P, P + 8, P + 16));
        assertEquals("capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL|1<<CAP_CHECKPOINT_RESTORE, permitted=1<<CAP_CHOWN, inheritable=0}) = 0",
                line("capget", new FakeMemory().ints(P, 0x20080522, 0).ints(P + 0x100, 0x21, 1, 0, 0x100, 0, 0), 0, P,
                        P + 0x100));
        assertEquals("prlimit64(0, RLIMIT_NOFILE, {rlim_cur=1024, rlim_max=4*1024}, NULL) = 0",
                line("prlimit64", new FakeMemory().words(P, 1024, 4096), 0, 0, 7, P, 0));
        assertEquals("sigaltstack(NULL, {ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}) = 0",
                line("sigaltstack", new FakeMemory().words(P, 0, 2, 0), 0, 0, P));
    }

    @Test
    void privilegedCallsWithBadArguments() {
        String enosys = " = -1 ENOSYS (Function not implemented)";
        assertEquals("reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, 0x1234568 /* LINUX_REBOOT_CMD_??? */) = -1 EINVAL (Invalid argument)",
                line("reboot", NONE, -22, 0xfee1deadL, 672274793, 0x1234568));
        assertEquals("reboot(0xfee1deae /* LINUX_REBOOT_MAGIC_??? */, 0x1 /* LINUX_REBOOT_MAGIC_??? */, 0x2 /* LINUX_REBOOT_CMD_??? */) = -1 EINVAL (Invalid argument)",
                line("reboot", NONE, -22, 0xfee1deaeL, 1, 2));
        assertEquals("iopl(4)" + enosys, line("iopl", NONE, -38, 4));
        assertEquals("ioperm(0x3f8, 0x8, 0)" + enosys, line("ioperm", NONE, -38, 0x3f8, 8, 0));
        assertEquals("kexec_load(NULL, 1000000, NULL, KEXEC_ARCH_X86_64|KEXEC_ON_CRASH)" + enosys,
                line("kexec_load", NONE, -38, 0, 1000000, 0, 0x3e0001));
        assertEquals("kexec_file_load(-1, -1, 0, NULL, KEXEC_FILE_ON_CRASH)" + enosys,
                line("kexec_file_load", NONE, -38, -1, -1, 0, 0, 2));
    }

    @Test
    void timerFromTimeout() {
        FakeMemory m = new FakeMemory().put(P, java.nio.ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(8, 14).putInt(12, 0).array()).ints(P + 0x100, 0).words(P + 0x200, 0, 0, 1, 0);
        assertEquals("timer_create(CLOCK_REALTIME, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, [0]) = 0",
                line("timer_create", m, 0, 0, P, P + 0x100));
        assertEquals("timer_settime(0, 0, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=1, tv_nsec=0}}, NULL) = 0",
                line("timer_settime", m, 0, 0, 0, P + 0x200, 0));
    }

    @Test
    void sysinfo() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(112).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, 543).putLong(8, 1216).putLong(16, 7616).putLong(24, 4992).putLong(32, 25276514304L)
                .putLong(40, 24966787072L).putLong(48, 8998912).putLong(56, 1847296).putShort(80, (short) 89)
                .putInt(104, 1);
        assertEquals("sysinfo({uptime=543, loads=[1216, 7616, 4992], totalram=25276514304, freeram=24966787072, sharedram=8998912, bufferram=1847296, totalswap=0, freeswap=0, procs=89, totalhigh=0, freehigh=0, mem_unit=1}) = 0",
                line("sysinfo", new FakeMemory().put(P, b.array()), 0, P));
    }

    @Test
    void ipc() {
        assertEquals("shmget(IPC_PRIVATE, 4096, IPC_CREAT|0600) = 0", line("shmget", NONE, 0, 0, 4096, 01600));
        assertEquals("shmctl(0, IPC_RMID, NULL) = 0", line("shmctl", NONE, 0, 0, 0, 0));
        assertEquals("semget(IPC_PRIVATE, 1, IPC_CREAT|0600) = 0", line("semget", NONE, 0, 0, 1, 01600));
        assertEquals("semctl(0, 0, IPC_RMID, NULL) = 0", line("semctl", NONE, 0, 0, 0, 0, 0));
        assertEquals("msgget(IPC_PRIVATE, IPC_CREAT|0600) = 0", line("msgget", NONE, 0, 0, 01600));
        assertEquals("msgctl(0, IPC_RMID, NULL) = 0", line("msgctl", NONE, 0, 0, 0, 0));
    }

    @Test
    void timeReturnsADate() {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try {
            assertEquals("time(NULL) = 1795793390 (2026-11-27T15:29:50+0000)", line("time", NONE, 1795793390, 0));
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }
}
