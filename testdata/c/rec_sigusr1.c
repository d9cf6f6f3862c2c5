/* Recorder test: raises SIGUSR1, which a handler catches; exits with 0 if the handler ran. */
#include <signal.h>
#include <unistd.h>

static volatile sig_atomic_t caught;

static void handler(int sig)
{
	caught = 1;
}

int main(void)
{
	signal(SIGUSR1, handler);
	raise(SIGUSR1);
	return caught ? 0 : 1;
}
