/* Executes itself over and over: "rob_execloop N" runs N more times, each a fresh execve of
 * /proc/self/exe; with N = -1 it never stops (until killed). For attaching to a process that is
 * inside execve. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100;
	if (n == 0)
		return 0;
	char next[32];
	snprintf(next, sizeof next, "%ld", n < 0 ? n : n - 1);
	char *args[] = {argv[0], next, NULL};
	execv("/proc/self/exe", args);
	perror("execv");
	return 1;
}
