/* Two threads writing while the main thread waits for them: traced with -f this produces
 * <unfinished ...>/<... resumed> pairs whose joined form does not depend on the interleaving. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static void *writer(void *arg)
{
	const char *name = arg;
	int fd = STDOUT_FILENO;
	for (int i = 0; i < 3; i++) {
		char line[32];
		int n = snprintf(line, sizeof line, "%s %d\n", name, i);
		write(fd, line, n);
	}
	return NULL;
}

int main(void)
{
	pthread_t a, b;
	pthread_create(&a, NULL, writer, "alpha");
	pthread_join(a, NULL);
	pthread_create(&b, NULL, writer, "beta");
	pthread_join(b, NULL);
	write(STDOUT_FILENO, "threads ok\n", 11);
	return 0;
}
