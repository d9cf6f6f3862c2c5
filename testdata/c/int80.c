/* A 64-bit program making i386 system calls through int $0x80: getpid, write to fd 1,
 * close(999) (EBADF) and an invalid syscall number (ENOSYS). strace 6.1 decodes them with the
 * i386 table (getpid(), write(1, ...), close(999), syscall_0x270f(...)). */
#include <unistd.h>

static long int80(long nr, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

static const char msg[] = "int80 ok\n";

int main(void)
{
	/* The buffer must lie below 4 GiB: the i386 ABI passes 32-bit pointers. Our static data does (non-PIE). */
	int80(20, 0, 0, 0);                                  /* getpid */
	int80(4, 1, (long)msg, sizeof msg - 1);              /* write(1, msg, 9) */
	int80(6, 999, 0, 0);                                 /* close(999): EBADF */
	int80(9999, 0, 0, 0);                                /* ENOSYS */
	return 0;
}
