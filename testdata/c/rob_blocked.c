/* Blocks in one system call until signalled, for attaching to a process that is inside a call:
 *   rob_blocked read    read(2) on an empty pipe (nobody writes)
 *   rob_blocked sleep   clock_nanosleep of 600 s (nanosleep in glibc)
 *   rob_blocked wait    wait4 for a child that sleeps 600 s
 *   rob_blocked futex   FUTEX_WAIT on a word nobody wakes
 * A SIGTERM handler (installed without SA_RESTART) makes the call fail with EINTR; the program then
 * exits with status 7. */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void on_term(int sig) { (void)sig; }

int main(int argc, char **argv)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	const char *mode = argc > 1 ? argv[1] : "sleep";
	if (strcmp(mode, "read") == 0) {
		int fds[2];
		char c;
		pipe(fds);
		read(fds[0], &c, 1);
	} else if (strcmp(mode, "wait") == 0) {
		pid_t child = fork();
		if (child == 0) {
			sleep(600);
			_exit(0);
		}
		int status;
		waitpid(child, &status, 0);
		kill(child, SIGKILL);
	} else if (strcmp(mode, "futex") == 0) {
		static int word;
		syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	} else {
		struct timespec ts = {600, 0};
		nanosleep(&ts, NULL);
	}
	return 7;
}
