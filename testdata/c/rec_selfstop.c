/* Recorder test: stops itself with SIGSTOP; a child sends SIGCONT every 10 ms until the parent,
 * continued, says so through a pipe. Exits 0. */
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	int fds[2];
	if (pipe(fds) != 0)
		return 1;
	pid_t parent = getpid();
	pid_t child = fork();
	if (child == 0) {
		char c;
		close(fds[1]);
		fcntl(fds[0], F_SETFL, O_NONBLOCK);
		struct timespec tick = {0, 10 * 1000 * 1000};
		do {
			kill(parent, SIGCONT);
			nanosleep(&tick, NULL);
		} while (read(fds[0], &c, 1) != 1);
		_exit(0);
	}
	close(fds[0]);
	raise(SIGSTOP);
	write(fds[1], "c", 1);
	waitpid(child, NULL, 0);
	return 0;
}
