/* Delivers signals of several origins to itself (kill, tgkill, sigqueue, a timer, a fault, a
 * child's exit by a signal), for comparing jtrace's siginfo text with strace's. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t got;

static void on(int sig)
{
	got = sig;
}

static void on_segv(int sig)
{
	_exit(0);
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
	sigaction(SIGCHLD, &sa, NULL);
	kill(getpid(), SIGUSR1);
	syscall(SYS_tgkill, getpid(), gettid(), SIGUSR2);
	union sigval v = {.sival_int = 42};
	sigqueue(getpid(), SIGUSR1, v);
	struct itimerval it = {{0, 0}, {0, 1000}};
	setitimer(ITIMER_REAL, &it, NULL);
	while (got != SIGALRM)
		pause();
	pid_t pid = fork();
	if (pid == 0) {
		raise(SIGKILL);
		_exit(1);
	}
	waitpid(pid, NULL, 0);
	sa.sa_handler = on_segv;
	sigaction(SIGSEGV, &sa, NULL);
	*(volatile int *)16 = 1;
	return 1;
}
