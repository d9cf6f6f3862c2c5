/* Recorder test: one pthread that makes a syscall and returns; the main thread joins it. */
#include <pthread.h>
#include <unistd.h>

static void *run(void *arg)
{
	getppid();
	return NULL;
}

int main(void)
{
	pthread_t t;
	if (pthread_create(&t, NULL, run, NULL) != 0)
		return 1;
	pthread_join(t, NULL);
	return 0;
}
