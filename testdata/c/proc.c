/* Process syscalls: fork/wait4/waitid, ids, uname, sysinfo, rlimits, times, rusage, umask, prctl, and a
 * clone(CLONE_VM|CLONE_VFORK) child. SIGCHLD stays blocked while children run, so that its delivery comes at
 * the unblocking rt_sigprocmask and not wherever the child's exit happens to fall: the trace is the same on
 * every run. (Threads, whose join may or may not need a futex wait, are in threads.c.) */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

static char child_stack[65536];

static int vfork_child(void *arg)
{
	syscall(SYS_gettid);
	return 5;
}

int main(void)
{
	getpid();
	getppid();
	syscall(SYS_gettid);
	struct utsname u;
	uname(&u);
	uname((struct utsname *)1);                   /* EFAULT */
	struct sysinfo si;
	sysinfo(&si);
	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	getrlimit(9999, &rl);                         /* EINVAL */
	prlimit(0, RLIMIT_STACK, NULL, &rl);
	prlimit(0, RLIMIT_CORE, &rl, (struct rlimit *)1); /* EFAULT */
	struct tms t;
	times(&t);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	getrusage(42, &ru);                           /* EINVAL */
	umask(022);
	umask(022);
	prctl(PR_SET_NAME, "jt-proc");
	prctl(9999, 0, 0, 0, 0);                      /* EINVAL */
	sched_yield();

	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid_t c = fork();
	if (c == 0)
		_exit(7);
	int st;
	wait4(c, &st, 0, NULL);
	wait4(-1, &st, WNOHANG, NULL);                /* ECHILD */
	c = fork();
	if (c == 0)
		_exit(0);
	siginfo_t info;
	memset(&info, 0, sizeof info);
	waitid(P_PID, c, &info, WEXITED);
	waitid(P_PID, c, &info, 0);                   /* EINVAL: no options */

	c = clone(vfork_child, child_stack + sizeof child_stack, CLONE_VM | CLONE_VFORK | SIGCHLD, NULL);
	wait4(c, &st, 0, NULL);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
	write(1, "proc ok\n", 8);
	return 0;
}
