/* Recorder test: stops itself with SIGSTOP (the test continues it with SIGCONT once the
 * group-stop has been recorded), then exits 0. */
#include <signal.h>

int main(void)
{
	raise(SIGSTOP);
	return 0;
}
