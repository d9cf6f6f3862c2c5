/*
 * PID namespace test: calls that take or return pids, for --pidns-translation. Run it as
 * `unshare --pid --fork --mount-proc ns_pids`: it is then pid 1 of its namespace. A forked child, a
 * vforked child and a thread give the other pids.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void *thread_main(void *arg)
{
	syscall(SYS_gettid);
	return NULL;
}

int main(void)
{
	pid_t self = getpid();
	getppid();
	syscall(SYS_gettid);
	getpgid(self);
	getsid(self);
	pid_t child = fork();
	if (child == 0) {
		pause();
		_exit(0);
	}
	kill(child, 0);
	syscall(SYS_tgkill, self, self, 0);
	syscall(SYS_tkill, self, 0);
	sched_getscheduler(child);
	struct rlimit rl;
	prlimit(child, RLIMIT_NOFILE, NULL, &rl);
	kill(child, SIGTERM);
	int status;
	wait4(child, &status, 0, NULL);
	pid_t v = vfork();
	if (v == 0)
		_exit(0);
	siginfo_t info;
	waitid(P_PID, v, &info, WEXITED);
	pthread_t t;
	pthread_create(&t, NULL, thread_main, NULL);
	pthread_join(t, NULL);
	return 0;
}
