/* State-changing calls that sc_allnr.c skips (signals, credentials, clocks, fork/vfork), each made
 * harmlessly once, for observing strace's -e trace=%CLASS membership of every syscall. */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/fsuid.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	kill(getpid(), 0);
	syscall(SYS_tkill, gettid(), 0);
	syscall(SYS_tgkill, getpid(), gettid(), 0);
	struct sigaction sa;
	sigaction(SIGUSR1, 0, &sa);
	sigprocmask(SIG_BLOCK, 0, 0);
	stack_t ss;
	sigaltstack(0, &ss);
	prctl(PR_GET_DUMPABLE);
	personality(0xffffffff);
	setsid();
	setpgid(0, 0);
	setuid(0);
	setgid(0);
	setreuid(-1, -1);
	setregid(-1, -1);
	setresuid(-1, -1, -1);
	setresgid(-1, -1, -1);
	setfsuid(-1);
	setfsgid(-1);
	syscall(SYS_capset, 0, 0);
	syscall(SYS_arch_prctl, 0x1003, 0);
	syscall(SYS_settimeofday, 0, 0);
	syscall(SYS_clock_settime, 0, 0);
	syscall(SYS_adjtimex, 0);
	syscall(SYS_clock_adjtime, 0, 0);
	syscall(SYS_set_tid_address, 0);
	syscall(SYS_iopl, 0);
	syscall(SYS_ioperm, 0, 0, 0);
	syscall(SYS_close_range, 1000, 1000, 0);
	syscall(SYS_userfaultfd, 0);
	syscall(SYS_syslog, 0, 0, 0);
	syscall(SYS_mlockall, 0);
	syscall(SYS_munlockall);
	syscall(SYS_acct, 0);
	syscall(SYS_umount2, 0, 0);
	syscall(SYS_swapoff, 0);
	syscall(SYS_unshare, 0);
	syscall(SYS_setgroups, 0, 0);
	if (fork() == 0)
		_exit(0);
	wait(0);
	if (vfork() == 0)
		_exit(0);
	return 0;
}
