/* Allows core dumps (RLIMIT_CORE unlimited), then dereferences NULL: killed by SIGSEGV with a core
 * file written as /proc/sys/kernel/core_pattern says (run it in a scratch directory). */
#include <stdio.h>
#include <sys/resource.h>

int main(void)
{
	struct rlimit unlimited = {RLIM_INFINITY, RLIM_INFINITY};
	setrlimit(RLIMIT_CORE, &unlimited);
	volatile int *p = NULL;
	return *p;
}
