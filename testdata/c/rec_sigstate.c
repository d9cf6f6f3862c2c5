/* Recorder test: reports the signal state it started with in its exit status:
 * 1 if SIGQUIT is blocked, + 2 if SIGUSR1 is ignored, + 4 if SIGTERM is ignored. */
#include <signal.h>
#include <stddef.h>

int main(void)
{
	sigset_t blocked;
	struct sigaction usr1, term;
	sigprocmask(SIG_BLOCK, NULL, &blocked);
	sigaction(SIGUSR1, NULL, &usr1);
	sigaction(SIGTERM, NULL, &term);
	return (sigismember(&blocked, SIGQUIT) ? 1 : 0) | (usr1.sa_handler == SIG_IGN ? 2 : 0)
		| (term.sa_handler == SIG_IGN ? 4 : 0);
}
