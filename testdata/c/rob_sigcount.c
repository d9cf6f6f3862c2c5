/* Counts the real-time signals (SIGRTMIN+1, queued: none is merged) it receives, for checking that a
 * tracer detaching loses or adds none.
 *   rob_sigcount sleep|busy   wait in nanosleep, or spin in user space without system calls;
 *                             on SIGTERM print "count=N" and exit with status 3
 *   rob_sigcount send PID N   queue N SIGRTMIN+1 to PID (sigqueue), then exit 0 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t count;
static volatile sig_atomic_t done;

static void on_rt(int sig) { (void)sig; count++; }
static void on_term(int sig) { (void)sig; done = 1; }

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "sleep";
	if (strcmp(mode, "send") == 0 && argc > 3) {
		pid_t pid = atoi(argv[2]);
		int n = atoi(argv[3]);
		union sigval v = {0};
		for (int i = 0; i < n; i++)
			if (sigqueue(pid, SIGRTMIN + 1, v) != 0) {
				perror("sigqueue");
				return 1;
			}
		return 0;
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_rt;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGRTMIN + 1, &sa, NULL);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	if (strcmp(mode, "busy") == 0) {
		while (!done)
			;
	} else {
		struct timespec ts = {0, 10 * 1000 * 1000};
		while (!done)
			nanosleep(&ts, NULL);
	}
	printf("count=%d\n", (int)count);
	return 3;
}
