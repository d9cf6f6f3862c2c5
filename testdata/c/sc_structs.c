/* Calls whose arguments are structs, made through syscall(2) so that vDSO calls reach the kernel:
 * for comparing jtrace's struct decoding with strace's. */
#define _GNU_SOURCE
#include <linux/capability.h>
#include <linux/openat2.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts;
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_getres, CLOCK_REALTIME, &ts);
	struct timeval tv;
	struct timezone tz;
	syscall(SYS_gettimeofday, &tv, &tz);
	struct open_how how = {.flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_NO_SYMLINKS};
	syscall(SYS_openat2, AT_FDCWD, "/etc/hostname", &how, sizeof how);
	uid_t r, e, s;
	getresuid(&r, &e, &s);
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2];
	syscall(SYS_capget, &h, d);
	struct rlimit rl = {1024, 4096};
	syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &rl, NULL);
	stack_t ss;
	sigaltstack(NULL, &ss);
	return 0;
}
