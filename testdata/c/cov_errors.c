/* One call per syscall family with arguments the kernel rejects: a bad descriptor (EBADF), an unreadable
 * pointer (EFAULT), a missing path (ENOENT), an invalid value (EINVAL). Shows how strace prints each call's
 * arguments when nothing valid can be read, and its errno names. Runs in the current directory; changes nothing. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define BAD ((long)0x10)          /* an address that is never mapped */
#define MISSING "jt-no-such-file"

int main(void)
{
	/* descriptors */
	syscall(SYS_read, -1, 0, 0);
	syscall(SYS_write, -1, 0, 0);
	syscall(SYS_pread64, -1, 0, 0, 0);
	syscall(SYS_pwrite64, -1, 0, 0, 0);
	syscall(SYS_readv, -1, 0, 0);
	syscall(SYS_writev, -1, 0, 0);
	syscall(SYS_preadv, -1, 0, 0, 0, 0);
	syscall(SYS_pwritev, -1, 0, 0, 0, 0);
	syscall(SYS_close, -1);
	syscall(SYS_lseek, -1, 0, SEEK_SET);
	syscall(SYS_dup, -1);
	syscall(SYS_dup2, -1, -1);
	syscall(SYS_fsync, -1);
	syscall(SYS_fdatasync, -1);
	syscall(SYS_ftruncate, -1, 0);
	syscall(SYS_fchdir, -1);
	syscall(SYS_fchmod, -1, 0644);
	syscall(SYS_fchown, -1, 0, 0);
	syscall(SYS_fstat, -1, 0);
	syscall(SYS_fstatfs, -1, 0);
	syscall(SYS_getdents64, -1, 0, 0);
	syscall(SYS_flock, -1, 2);
	syscall(SYS_fadvise64, -1, 0, 0, 0);
	syscall(SYS_sendfile, -1, -1, 0, 0);
	syscall(SYS_fgetxattr, -1, "user.x", 0, 0);
	syscall(SYS_flistxattr, -1, 0, 0);
	syscall(SYS_fremovexattr, -1, "user.x");
	syscall(SYS_syncfs, -1);
	syscall(SYS_epoll_wait, -1, 0, 1, 0);
	syscall(SYS_epoll_ctl, -1, 1, -1, 0);
	syscall(SYS_inotify_rm_watch, -1, 1);
	syscall(SYS_timerfd_gettime, -1, 0);
	syscall(SYS_fallocate, -1, 0, 0, 1);
	syscall(SYS_readahead, -1, 0, 0);
	syscall(SYS_ioctl, -1, 0x5401, 0);
	syscall(SYS_fcntl, -1, F_GETFD);
	syscall(SYS_getsockname, -1, 0, 0);
	syscall(SYS_getpeername, -1, 0, 0);
	syscall(SYS_listen, -1, 1);
	syscall(SYS_shutdown, -1, 2);
	syscall(SYS_bind, -1, 0, 0);
	syscall(SYS_connect, -1, 0, 0);
	syscall(SYS_accept, -1, 0, 0);
	syscall(SYS_getsockopt, -1, 1, 2, 0, 0);
	/* unreadable pointers */
	syscall(SYS_open, BAD, O_RDONLY);
	syscall(SYS_stat, BAD, 0);
	syscall(SYS_lstat, BAD, 0);
	syscall(SYS_access, BAD, 0);
	syscall(SYS_pipe, BAD);
	syscall(SYS_pipe2, BAD, O_CLOEXEC);
	syscall(SYS_uname, BAD);
	syscall(SYS_sysinfo, BAD);
	syscall(SYS_times, BAD);
	syscall(SYS_getrlimit, 7, BAD);
	syscall(SYS_getrusage, 0, BAD);
	syscall(SYS_gettimeofday, BAD, 0);
	syscall(SYS_clock_gettime, 1, BAD);
	syscall(SYS_clock_getres, 1, BAD);
	syscall(SYS_nanosleep, BAD, 0);
	syscall(SYS_rt_sigaction, SIGUSR1, BAD, 0, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, BAD, 0, 8);
	syscall(SYS_rt_sigpending, BAD, 8);
	syscall(SYS_sigaltstack, BAD, 0);
	syscall(SYS_getcwd, BAD, 4096);
	syscall(SYS_sched_getaffinity, 0, 8, BAD);
	syscall(SYS_sched_getparam, 0, BAD);
	syscall(SYS_getitimer, 0, BAD);
	syscall(SYS_setitimer, 0, BAD, 0);
	syscall(SYS_capget, BAD, 0);
	syscall(SYS_getresuid, BAD, BAD, BAD);
	syscall(SYS_getgroups, 1, BAD);
	syscall(SYS_timer_create, 1, BAD, BAD);
	syscall(SYS_set_robust_list, BAD, 0);
	syscall(SYS_get_robust_list, 0, BAD, BAD);
	syscall(SYS_poll, BAD, 1, 0);
	syscall(SYS_select, 1, BAD, 0, 0, 0);
	syscall(SYS_wait4, -1, BAD, 0, 0);
	/* missing paths */
	syscall(SYS_openat, AT_FDCWD, MISSING, O_RDONLY);
	syscall(SYS_newfstatat, AT_FDCWD, MISSING, BAD, 0);
	syscall(SYS_statfs, MISSING, BAD);
	syscall(SYS_chdir, MISSING);
	syscall(SYS_rmdir, MISSING);
	syscall(SYS_unlink, MISSING);
	syscall(SYS_unlinkat, AT_FDCWD, MISSING, 0);
	syscall(SYS_rename, MISSING, MISSING "2");
	syscall(SYS_renameat, AT_FDCWD, MISSING, AT_FDCWD, MISSING "2");
	syscall(SYS_renameat2, AT_FDCWD, MISSING, AT_FDCWD, MISSING "2", 1);
	syscall(SYS_link, MISSING, MISSING "2");
	syscall(SYS_linkat, AT_FDCWD, MISSING, AT_FDCWD, MISSING "2", 0);
	syscall(SYS_chmod, MISSING, 0644);
	syscall(SYS_fchmodat, AT_FDCWD, MISSING, 0644);
	syscall(SYS_chown, MISSING, 0, 0);
	syscall(SYS_lchown, MISSING, 0, 0);
	syscall(SYS_fchownat, AT_FDCWD, MISSING, 0, 0, 0);
	syscall(SYS_truncate, MISSING, 0);
	syscall(SYS_readlink, MISSING, BAD, 10);
	syscall(SYS_readlinkat, AT_FDCWD, MISSING, BAD, 10);
	syscall(SYS_faccessat, AT_FDCWD, MISSING, 4);
	syscall(SYS_faccessat2, AT_FDCWD, MISSING, 4, 0);
	syscall(SYS_utimensat, AT_FDCWD, MISSING, 0, 0);
	syscall(SYS_utimes, MISSING, 0);
	syscall(SYS_utime, MISSING, 0);
	syscall(SYS_futimesat, AT_FDCWD, MISSING, 0);
	syscall(SYS_getxattr, MISSING, "user.x", 0, 0);
	syscall(SYS_lgetxattr, MISSING, "user.x", 0, 0);
	syscall(SYS_setxattr, MISSING, "user.x", "v", 1, 0);
	syscall(SYS_lsetxattr, MISSING, "user.x", "v", 1, 0);
	syscall(SYS_listxattr, MISSING, 0, 0);
	syscall(SYS_llistxattr, MISSING, 0, 0);
	syscall(SYS_removexattr, MISSING, "user.x");
	syscall(SYS_lremovexattr, MISSING, "user.x");
	syscall(SYS_execve, MISSING, 0, 0);
	syscall(SYS_chroot, MISSING);
	syscall(SYS_statx, AT_FDCWD, MISSING, 0, 0x7ff, BAD);
	syscall(SYS_mknod, MISSING "/x", 0010644, 0);
	syscall(SYS_mknodat, AT_FDCWD, MISSING "/x", 0020600, 0x103);
	syscall(SYS_mkdirat, AT_FDCWD, MISSING "/x", 0755);
	syscall(SYS_symlinkat, MISSING, AT_FDCWD, MISSING "/x");
	syscall(SYS_inotify_add_watch, -1, MISSING, 2);
	syscall(SYS_swapoff, MISSING);
	syscall(SYS_umount2, MISSING, 0);
	syscall(SYS_acct, MISSING);
	/* invalid values */
	syscall(SYS_kill, 0x7ffffff0, 0);
	syscall(SYS_tkill, -1, SIGTERM);
	syscall(SYS_tgkill, -1, -1, SIGTERM);
	syscall(SYS_getpgid, -1);
	syscall(SYS_getsid, -1);
	syscall(SYS_setpgid, -1, 0);
	syscall(SYS_getpriority, 0, -1);
	syscall(SYS_sched_getscheduler, -1);
	syscall(SYS_sched_get_priority_max, -1);
	syscall(SYS_sched_get_priority_min, -1);
	syscall(SYS_sched_rr_get_interval, -1, 0);
	syscall(SYS_ioprio_get, 1, -1);
	syscall(SYS_madvise, 1, 4096, 4);
	syscall(SYS_mlock, 1, 0);
	syscall(SYS_munlock, 1, 0);
	syscall(SYS_msync, 1, 4096, 4);
	syscall(SYS_mincore, 1, 4096, BAD);
	syscall(SYS_munmap, 1, 4096);
	syscall(SYS_socket, 0x3ff, 1, 0);
	syscall(SYS_socketpair, 1, 99, 0, BAD);
	syscall(SYS_timer_delete, 99);
	syscall(SYS_timer_getoverrun, 99);
	syscall(SYS_timer_gettime, 99, BAD);
	syscall(SYS_clock_nanosleep, 99, 0, BAD, 0);
	syscall(SYS_waitid, 1, 0x7ffffff0, 0, 4, 0);
	syscall(SYS_sched_setaffinity, 0, 0, 0);
	syscall(SYS_setns, -1, 0);
	syscall(SYS_pidfd_open, -1, 0);
	syscall(SYS_eventfd2, 0, 1 << 30);
	syscall(SYS_epoll_create, 0);
	syscall(SYS_epoll_create1, 1);
	syscall(SYS_inotify_init1, 1);
	syscall(SYS_timerfd_create, 99, 0);
	syscall(SYS_signalfd4, -1, 0, 8, 0);
	syscall(SYS_memfd_create, BAD, 0);
	syscall(SYS_mq_unlink, MISSING);
	syscall(SYS_mq_open, MISSING, O_RDONLY, 0, 0);
	syscall(SYS_shmdt, BAD);
	syscall(SYS_rt_sigqueueinfo, -1, SIGUSR1, BAD);
	syscall(SYS_rt_sigtimedwait, BAD, 0, 0, 8);
	syscall(SYS_rt_sigsuspend, BAD, 8);
	syscall(SYS_sched_setscheduler, -1, 0, 0);
	syscall(SYS_sched_setparam, -1, 0);
	syscall(SYS_prlimit64, -1, 7, 0, 0);
	syscall(SYS_setrlimit, 99, BAD);
	syscall(SYS_setpriority, 99, 0, 0);
	syscall(SYS_ptrace, 0x4206, -1, 0, 0);
	syscall(SYS_kcmp, -1, -1, 0, 0, 0);
	syscall(SYS_copy_file_range, -1, 0, -1, 0, 1, 0);
	syscall(SYS_splice, -1, 0, -1, 0, 1, 0);
	syscall(SYS_tee, -1, -1, 1, 0);
	syscall(SYS_vmsplice, -1, 0, 0, 0);
	syscall(SYS_sync_file_range, -1, 0, 0, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, MISSING, BAD, BAD, 0);
	syscall(SYS_getcpu, BAD, BAD, 0);
	syscall(SYS_process_vm_readv, -1, 0, 0, 0, 0, 0);
	syscall(SYS_membarrier, 0, 0, 0);
	syscall(SYS_mlock2, 1, 0, 0);
	syscall(SYS_close_range, 1000, 999, 0);
	return 0;
}
