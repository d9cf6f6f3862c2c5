/* Replay test: a parent reads from a pipe that its child writes, keeping its own write end open. In a
 * replay where the child's write does not happen, the parent's read would block forever. */
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	char c;

	if (pipe(p) != 0)
		return 1;
	if (fork() == 0) {
		write(p[1], "x", 1);
		_exit(0);
	}
	read(p[0], &c, 1);
	wait(NULL);
	return c == 'x' ? 0 : 2;
}
