/* i386 calls through int $0x80 from a 64-bit program whose arguments are old structs: oldstat, oldlstat,
 * oldfstat (struct __old_kernel_stat), stime (time_t *), sigpending (the old one-word sigset) and readdir
 * (struct old_linux_dirent), each with a valid argument and a rejected one. Buffers lie below 4 GiB (no PIE). */
#include <fcntl.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

enum { NR_CLOSE = 6, NR_OPEN = 5, NR_STIME = 25, NR_OLDSTAT = 18, NR_OLDFSTAT = 28, NR_SIGPENDING = 73,
       NR_OLDLSTAT = 84, NR_READDIR = 89 };

static char buf[256];
static int word[2];
static const char root[] = "/";
static const char null[] = "/dev/null";
static const char missing[] = "/nonexistent-jt";

int main(void)
{
	int80(NR_OLDSTAT, (long)null, (long)buf, 0);
	int80(NR_OLDSTAT, (long)missing, (long)buf, 0);
	int80(NR_OLDSTAT, (long)null, 1, 0);
	int80(NR_OLDLSTAT, (long)root, (long)buf, 0);
	int fd = int80(NR_OPEN, (long)root, O_RDONLY | O_DIRECTORY, 0);
	int80(NR_OLDFSTAT, fd, (long)buf, 0);
	int80(NR_OLDFSTAT, -1, (long)buf, 0);
	int80(NR_READDIR, fd, (long)buf, 1);
	int80(NR_READDIR, fd, (long)buf, 2);   /* strace shows the count only when it is not 1 */
	int80(NR_READDIR, fd, 1, 1);
	int80(NR_READDIR, -1, (long)buf, 1);
	int80(NR_CLOSE, fd, 0, 0);
	word[0] = 0;
	int80(NR_SIGPENDING, (long)word, 0, 0);
	int80(NR_SIGPENDING, 1, 0, 0);
	word[0] = -1; /* rejected (EINVAL): a valid time would set the clock */
	int80(NR_STIME, (long)word, 0, 0);
	int80(NR_STIME, 1, 0, 0);
	return 0;
}
