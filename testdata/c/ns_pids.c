/*
 * PID namespace test: calls that take or return pids, for --pidns-translation. Run it as
 * `unshare --pid --fork --mount-proc ns_pids`: it is then pid 1 of its namespace. A forked child, a
 * vforked child and a thread give the other pids.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static int go[2];

/* Lives until main has seen pthread_create return: a thread that ended before its creator's clone3
 * returned would have no pid left to translate (strace prints such a pid untranslated too). */
static void *thread_main(void *arg)
{
	char c;
	syscall(SYS_gettid);
	read(go[0], &c, 1);
	return NULL;
}

/* Waits until the child is blocked in pause(), so that SIGTERM finds it there on every run. */
static void await_pause(pid_t child)
{
	char path[64], buf[32];
	snprintf(path, sizeof path, "/proc/%d/syscall", child);
	for (;;) {
		int fd = open(path, O_RDONLY);
		ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);
		if (fd >= 0)
			close(fd);
		if (n > 0) {
			buf[n] = 0;
			if (atoi(buf) == SYS_pause)
				return;
		}
		usleep(1000);
	}
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
	await_pause(child);
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
	if (pipe(go) != 0)
		return 1;
	pthread_create(&t, NULL, thread_main, NULL);
	write(go[1], "g", 1);
	pthread_join(t, NULL);
	return 0;
}
