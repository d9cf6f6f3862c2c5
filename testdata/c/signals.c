/* Signal syscalls: sigaction, masks, pending, kill/tgkill, sigaltstack, alarm, setitimer, SIGCHLD. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t got;

static void on_signal(int sig)
{
	got++;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
	sigaction(SIGKILL, &sa, NULL);                       /* EINVAL */
	syscall(SYS_rt_sigaction, SIGUSR2, (void *)1, NULL, 8); /* EFAULT */

	raise(SIGUSR1);
	kill(getpid(), SIGUSR1);
	kill(999999, SIGUSR1);                               /* ESRCH */
	kill(getpid(), 12345);                               /* EINVAL */
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1);

	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, &old);
	kill(getpid(), SIGUSR1);
	sigset_t pend;
	sigpending(&pend);
	sigprocmask(SIG_SETMASK, &old, NULL);                /* delivers the pending SIGUSR1 */
	syscall(SYS_rt_sigprocmask, 99, &set, NULL, 8);      /* EINVAL */

	stack_t ss;
	static char altstack[65536];
	ss.ss_sp = altstack;
	ss.ss_size = sizeof altstack;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
	ss.ss_size = 16;
	sigaltstack(&ss, NULL);                              /* ENOMEM: too small */

	alarm(100);
	alarm(0);
	struct itimerval it = { { 0, 0 }, { 0, 1000 } };
	sigset_t alrm;
	sigemptyset(&alrm);
	sigaddset(&alrm, SIGALRM);
	sigprocmask(SIG_BLOCK, &alrm, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	sigset_t none;
	sigemptyset(&none);
	sigsuspend(&none);                                   /* the handler runs here, whenever the timer fires */
	sigprocmask(SIG_UNBLOCK, &alrm, NULL);
	int sig;
	setitimer(99, &it, NULL);                            /* EINVAL */

	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid_t c = fork();
	if (c == 0)
		_exit(3);
	sigwait(&chld, &sig);
	int st;
	waitpid(c, &st, 0);
	write(1, "signals ok\n", 11);
	return 0;
}
