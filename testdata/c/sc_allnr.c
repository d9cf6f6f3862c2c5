/* Calls (almost) every x86_64 syscall number with all-zero arguments, so that strace's own
 * classification (-e trace=%CLASS) and naming of each number can be observed. Numbers that would
 * block, end the process, change its state irreversibly or confine it are skipped. */
#include <stdio.h>
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
			syscall(nr, 0, 0, 0, 0, 0, 0);
	return 0;
}
