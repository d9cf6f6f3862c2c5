/* Time syscalls: clock_gettime/clock_getres/nanosleep/clock_nanosleep/gettimeofday/time. */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts;
	/* Through syscall(): glibc would answer these from the vDSO without a system call. */
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_gettime, 9999, &ts);              /* EINVAL */
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (void *)1); /* EFAULT */
	syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_getres, 9999, &ts);               /* EINVAL */
	struct timespec zero = { 0, 0 }, one = { 0, 1 }, bad = { 0, 2000000000L };
	nanosleep(&zero, NULL);
	nanosleep(&one, NULL);
	nanosleep(&bad, NULL);                              /* EINVAL */
	clock_nanosleep(CLOCK_MONOTONIC, 0, &one, NULL);
	struct timeval tv;
	syscall(SYS_gettimeofday, &tv, NULL);
	syscall(SYS_time, NULL);
	write(1, "time ok\n", 8);
	return 0;
}
