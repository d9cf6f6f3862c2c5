/* More flag and enumeration arguments with all bits set or values no symbol names (invalid descriptors and
 * pointers, so nothing happens): how strace prints the unknown part of each set cov_allbits.c does not cover. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ALL (~0UL)

int main(void)
{
	syscall(SYS_access, 0, ALL);
	syscall(SYS_access, 0, 8);
	syscall(SYS_faccessat, -1, 0, ALL);
	syscall(SYS_open, 0, ALL, 0);
	syscall(SYS_open, 0, 0x3, 0);
	syscall(SYS_openat, -1, 0, 0x80000000, 0);
	syscall(SYS_lseek, -1, 0, ALL);
	syscall(SYS_fadvise64, -1, 0, 0, ALL);
	syscall(SYS_clock_getres, ALL, 0);
	syscall(SYS_clock_gettime, 12, 0);
	syscall(SYS_clock_settime, -2, 0);
	syscall(SYS_getitimer, ALL, 0);
	syscall(SYS_setitimer, 3, 0, 0);
	syscall(SYS_getpriority, ALL, 0);
	syscall(SYS_setpriority, 3, 0, 0);
	syscall(SYS_getrlimit, ALL, 0);
	syscall(SYS_setrlimit, 16, 0);
	syscall(SYS_prlimit64, -1, ALL, 0, 0);
	syscall(SYS_getrusage, 2, 0);
	syscall(SYS_getsockopt, -1, 1, ALL, 0, 0);
	syscall(SYS_getsockopt, -1, 6, 99, 0, 0);
	syscall(SYS_io_uring_enter, -1, 0, 0, ALL, 0, 0);
	syscall(SYS_io_uring_register, -1, ALL, 0, 0);
	syscall(SYS_ioprio_get, ALL, 0);
	syscall(SYS_kexec_file_load, -1, -1, 0, 0, ALL);
	syscall(SYS_kexec_load, 0, 0, 0, ALL);
	syscall(SYS_landlock_add_rule, -1, ALL, 0, ALL);
	syscall(SYS_memfd_secret, ALL);
	syscall(SYS_msgget, 0x4a545243, ALL & ~01000UL); /* without IPC_CREAT: creates nothing */
	syscall(SYS_pkey_mprotect, 0, 0, ALL, -1);
	syscall(SYS_reboot, ALL, ALL, ALL, 0);
	syscall(SYS_recvmmsg, -1, 0, 0, ALL, 0);
	syscall(SYS_sendmmsg, -1, 0, 0, ALL);
	syscall(SYS_sched_get_priority_max, ALL);
	syscall(SYS_sched_get_priority_min, 7);
	syscall(SYS_sched_setscheduler, -1, ALL, 0);
	syscall(SYS_syslog, ALL, 0, 0);
	syscall(SYS_timer_create, ALL, 0, 0);
	syscall(SYS_mount_setattr, -1, 0, ALL, 0, 0);
	syscall(SYS_delete_module, 0, ALL);
	syscall(SYS_finit_module, -1, 0, ALL);
	syscall(SYS_fsconfig, -1, ALL, 0, 0, 0);
	syscall(SYS_setxattr, 0, 0, 0, 0, ALL);
	syscall(SYS_fsetxattr, -1, 0, 0, 0, ALL);
	syscall(SYS_epoll_ctl, -1, 1, -1, 0);
	syscall(SYS_madvise, 0, 0, 26);
	syscall(SYS_arch_prctl, 0x3001, 0);
	syscall(SYS_rt_sigprocmask, 3, 0, 0, 8);
	syscall(SYS_shutdown, -1, 3);
	syscall(SYS_flock, -1, 0x10);
	syscall(SYS_mlockall, 8);
	syscall(SYS_msync, 0, 0, 8);
	syscall(SYS_setns, -1, 0x100);
	syscall(SYS_unshare, 0x1);
	syscall(SYS_waitid, 7, 0, 0, 0x10, 0);
	syscall(SYS_wait4, -1, 0, 0x100, 0);
	syscall(SYS_clone3, 0, 0);
	syscall(SYS_sched_setattr, -1, 0, 0);
	syscall(SYS_splice, -1, 0, -1, 0, 0, 0x10);
	syscall(SYS_mremap, 0, 0, 0, 8, 0);
	syscall(SYS_renameat2, -1, 0, -1, 0, 8);
	syscall(SYS_inotify_add_watch, -1, 0, 0x1000);
	syscall(SYS_eventfd2, 0, 2);
	syscall(SYS_signalfd4, -1, 0, 8, 1);
	syscall(SYS_timerfd_create, ALL, 0);
	syscall(SYS_fanotify_init, 0xc, ALL);
	syscall(SYS_mmap, 0, 0, 0x10, 0x7, -1, 0);
	syscall(SYS_mprotect, 0, 0, 0x10);
	syscall(SYS_personality, 0x10000);
	syscall(SYS_fcntl, -1, F_SETLEASE, ALL);
	syscall(SYS_fcntl, -1, F_NOTIFY, ALL);
	syscall(SYS_fcntl, -1, F_ADD_SEALS, ALL);
	syscall(SYS_fcntl, -1, F_SETLEASE, 1);
	syscall(SYS_ptrace, 0x4200, -1, 0, ALL);	/* PTRACE_SETOPTIONS */
	syscall(SYS_ptrace, 0x4206, -1, 0, 0x100000);	/* PTRACE_SEIZE, PTRACE_O_EXITKILL */
	syscall(SYS_setsockopt, -1, 17, ALL, 0, 0);	/* SOL_UDP */
	syscall(SYS_setsockopt, -1, 263, ALL, 0, 0);	/* SOL_PACKET */
	syscall(SYS_setsockopt, -1, 270, 1, 0, 0);	/* SOL_NETLINK */
	syscall(SYS_getsockopt, -1, 99, ALL, 0, 0);
	syscall(SYS_socket, 16, 3, ALL);		/* AF_NETLINK */
	syscall(SYS_socket, 1, 1, ALL);
	syscall(SYS_chmod, 0, ALL);
	syscall(SYS_mkdirat, -1, 0, ALL);
	syscall(SYS_umask, 0x12345);
	syscall(SYS_umask, 022);
	syscall(SYS_mknod, 0, ALL, ALL);
	syscall(SYS_mknodat, -1, 0, 0xffff8fff, 0);
	syscall(SYS_open, 0, O_CREAT, ALL);
	return 0;
}
