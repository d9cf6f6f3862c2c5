/* Recorder test (attach target): sleeps 1 ms at a time until SIGTERM, then exits with status 7. */
#include <signal.h>
#include <stdlib.h>
#include <time.h>

static volatile sig_atomic_t stop;

static void handler(int sig)
{
	stop = 1;
}

int main(void)
{
	signal(SIGTERM, handler);
	struct timespec tick = {0, 1000 * 1000};
	while (!stop)
		nanosleep(&tick, NULL);
	exit(7);
}
