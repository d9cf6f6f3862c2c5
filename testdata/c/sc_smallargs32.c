/* sc_smallargs.c for the i386 ABI: every i386 number through int $0x80 with the arguments
 * 1, 2, 3, 4, 5, 6 (every pointer unreadable), skipping calls that could block, end the process,
 * change credentials or touch other processes. Run with stdout on /dev/null. */
#include <asm/unistd_32.h>

static long int80(long nr)
{
	long ret;
	__asm__ volatile("sub $128, %%rsp\n\tpush %%rbp\n\tmov $6, %%ebp\n\tint $0x80\n\tpop %%rbp\n\tadd $128, %%rsp"
			 : "=a"(ret) : "a"(nr), "b"(1), "c"(2), "d"(3), "S"(4), "D"(5) : "memory");
	return ret;
}

static int skipped(long nr)
{
	static const long skip[] = {
		__NR_restart_syscall, __NR_exit, __NR_exit_group, __NR_fork, __NR_vfork, __NR_clone,
		__NR_clone3, __NR_pause, __NR_sigreturn, __NR_rt_sigreturn, __NR_select, __NR__newselect,
		__NR_pselect6, __NR_pselect6_time64, __NR_ppoll, __NR_ppoll_time64, __NR_poll,
		__NR_seccomp, __NR_vhangup, __NR_sethostname, __NR_setdomainname, __NR_sigsuspend,
		__NR_rt_sigsuspend, __NR_reboot, __NR_kexec_load, __NR_close_range, __NR_sigaltstack,
		__NR_prctl, __NR_personality, __NR_setsid, __NR_setpgid, __NR_setgroups, __NR_setgroups32,
		__NR_setuid, __NR_setuid32, __NR_setgid, __NR_setgid32, __NR_setreuid, __NR_setreuid32,
		__NR_setregid, __NR_setregid32, __NR_setresuid, __NR_setresuid32, __NR_setresgid,
		__NR_setresgid32, __NR_setfsuid, __NR_setfsuid32, __NR_setfsgid, __NR_setfsgid32,
		__NR_capset, __NR_unshare, __NR_acct, __NR_swapoff, __NR_umount, __NR_umount2, __NR_iopl,
		__NR_ioperm, __NR_set_tid_address, __NR_sigprocmask, __NR_rt_sigprocmask, __NR_sigaction,
		__NR_rt_sigaction, __NR_signal, __NR_ssetmask, __NR_kill, __NR_tkill, __NR_tgkill,
		__NR_close, __NR_munlockall, __NR_mlockall, __NR_settimeofday, __NR_stime,
		__NR_clock_settime, __NR_clock_settime64, __NR_adjtimex, __NR_clock_adjtime,
		__NR_clock_adjtime64, __NR_syslog, __NR_userfaultfd, __NR_alarm, __NR_setpriority,
		__NR_nice, __NR_ioprio_set, __NR_rt_sigqueueinfo, __NR_rt_tgsigqueueinfo,
		__NR_pidfd_send_signal, __NR_setitimer, __NR_timer_create, __NR_sched_setscheduler,
		__NR_sched_setparam, __NR_sched_setattr, __NR_dup2, __NR_dup3, __NR_fcntl, __NR_fcntl64,
		__NR_ftruncate, __NR_ftruncate64, __NR_flock, __NR_futex, __NR_futex_time64,
		__NR_futex_waitv, __NR_wait4, __NR_waitpid, __NR_waitid, __NR_rt_sigtimedwait,
		__NR_rt_sigtimedwait_time64, __NR_epoll_wait, __NR_epoll_pwait, __NR_epoll_pwait2,
		__NR_io_getevents, __NR_io_pgetevents_time64, __NR_msgrcv,
		__NR_semtimedop_time64, __NR_ipc, __NR_socketcall, __NR_mq_timedreceive,
		__NR_mq_timedreceive_time64, __NR_nanosleep, __NR_clock_nanosleep,
		__NR_clock_nanosleep_time64, __NR_read, __NR_readv, __NR_pread64, __NR_preadv,
		__NR_preadv2, __NR_recvfrom, __NR_recvmsg, __NR_recvmmsg, __NR_recvmmsg_time64,
		__NR_accept4, __NR_sendfile, __NR_sendfile64, __NR_splice, __NR_tee, __NR_vmsplice,
		__NR_copy_file_range, __NR_mlock, __NR_mlock2, __NR_brk, __NR_mremap, __NR_migrate_pages,
		__NR_move_pages, __NR_mbind, __NR_set_mempolicy, __NR_prlimit64, __NR_sched_setaffinity,
		__NR_ptrace, __NR_process_vm_writev, __NR_keyctl, __NR_add_key, __NR_request_key,
		__NR_memfd_secret, __NR_vm86, __NR_vm86old, __NR_modify_ldt, __NR_set_thread_area,
		__NR_setrlimit, __NR_rseq, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460, 461, 462,
		463, 464, 465, 466, 467, 468, 469,
	};
	for (unsigned i = 0; i < sizeof skip / sizeof skip[0]; i++)
		if (skip[i] == nr)
			return 1;
	return 0;
}

int main(void)
{
	for (long nr = 0; nr < 451; nr++)
		if (!skipped(nr))
			int80(nr);
	return 0;
}
