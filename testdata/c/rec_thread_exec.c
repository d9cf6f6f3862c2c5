/* Recorder test: a second thread executes argv[1..] while the main thread waits in pause(), so
 * the exec happens in a thread that is not the thread group leader. */
#include <pthread.h>
#include <unistd.h>

static char **command;

static void *run(void *arg)
{
	execv(command[0], command);
	_exit(127);
}

int main(int argc, char **argv)
{
	pthread_t t;
	command = argv + 1;
	if (argc < 2 || pthread_create(&t, NULL, run, NULL) != 0)
		return 1;
	pause();
	return 1;
}
