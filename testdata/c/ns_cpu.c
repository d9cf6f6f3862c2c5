/* CPU time test: a few calls that spend measurable time in the kernel, and a cheap one. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/random.h>
#include <unistd.h>

int main(void)
{
	size_t size = 1 << 22;
	char *buf = malloc(size);
	for (int i = 0; i < 4; i++)
		getrandom(buf, size, 0);
	getppid();
	return 0;
}
