/* Calls (almost) every x86_64 syscall number with the arguments 1, 2, 3, 4, 5, 6: small numbers
 * that show how strace prints each argument's flags, enums and ids, and addresses it cannot read.
 * Numbers that could block, end the process, change credentials or touch other processes are
 * skipped. Run with stdout on /dev/null. */
#include <sys/syscall.h>
#include <unistd.h>

static int skipped(long nr)
{
	static const long skip[] = {
		SYS_exit, SYS_exit_group, SYS_fork, SYS_vfork, SYS_clone, SYS_clone3, SYS_pause,
		SYS_rt_sigreturn, SYS_select, SYS_pselect6, SYS_ppoll, SYS_seccomp, SYS_vhangup,
		SYS_sethostname, SYS_setdomainname, SYS_rt_sigsuspend, SYS_reboot, SYS_kexec_load,
		SYS_kexec_file_load, SYS_close_range, SYS_sigaltstack, SYS_prctl, SYS_personality,
		SYS_setsid, SYS_setpgid, SYS_setgroups, SYS_setuid, SYS_setgid, SYS_setreuid, SYS_setregid,
		SYS_setresuid, SYS_setresgid, SYS_setfsuid, SYS_setfsgid, SYS_capset, SYS_unshare,
		SYS_acct, SYS_swapoff, SYS_umount2, SYS_iopl, SYS_ioperm, SYS_set_tid_address,
		SYS_rt_sigprocmask, SYS_rt_sigaction, SYS_kill, SYS_tkill, SYS_tgkill, SYS_close,
		SYS_munlockall, SYS_mlockall, SYS_settimeofday, SYS_clock_settime, SYS_adjtimex,
		SYS_clock_adjtime, SYS_arch_prctl, SYS_syslog, SYS_userfaultfd, 334, 335, 336,
		SYS_alarm, SYS_setpriority, SYS_ioprio_set, SYS_rt_sigqueueinfo, SYS_rt_tgsigqueueinfo,
		SYS_pidfd_send_signal, SYS_restart_syscall, SYS_setitimer, SYS_timer_create,
		SYS_sched_setscheduler, SYS_sched_setparam, SYS_sched_setattr, SYS_dup2, SYS_dup3,
		SYS_fcntl, SYS_ftruncate, SYS_flock, SYS_futex, SYS_futex_waitv, 454, 455, 456,
		SYS_wait4, SYS_waitid, SYS_rt_sigtimedwait, SYS_epoll_wait, SYS_epoll_pwait,
		SYS_epoll_pwait2, SYS_io_getevents, SYS_io_pgetevents, SYS_msgrcv, SYS_semop,
		SYS_semtimedop, SYS_mq_timedreceive, SYS_nanosleep, SYS_clock_nanosleep, SYS_poll,
		SYS_read, SYS_readv, SYS_pread64, SYS_preadv, SYS_preadv2, SYS_recvfrom, SYS_recvmsg,
		SYS_recvmmsg, SYS_accept, SYS_accept4, SYS_sendfile, SYS_splice, SYS_tee, SYS_vmsplice,
		SYS_copy_file_range, SYS_mlock, SYS_mlock2, SYS_brk, SYS_mremap, SYS_shmat,
		SYS_migrate_pages, SYS_move_pages, SYS_mbind, SYS_set_mempolicy, SYS_prlimit64,
		SYS_sched_setaffinity, SYS_ptrace, SYS_process_vm_writev, SYS_keyctl, SYS_add_key,
		SYS_request_key, SYS_memfd_secret, 453, 462, 463, 464, 465, 466,
		467, 468, 469,
	};
	for (unsigned i = 0; i < sizeof skip / sizeof skip[0]; i++)
		if (skip[i] == nr)
			return 1;
	return 0;
}

int main(void)
{
	for (long nr = 0; nr < 470; nr++)
		if (!skipped(nr))
			syscall(nr, 1, 2, 3, 4, 5, 6);
	return 0;
}
