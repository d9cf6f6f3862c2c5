/* i386 calls through int $0x80 from a 64-bit program whose arguments are old structs: oldstat, oldlstat,
 * oldfstat (struct __old_kernel_stat), stime (time_t *), sigpending (the old one-word sigset) and readdir
 * (struct old_linux_dirent), each with a valid argument and a rejected one; and sendmmsg/recvmmsg_time64 with the
 * 32-bit struct mmsghdr. Buffers lie below 4 GiB (no PIE). */
#include <fcntl.h>
#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

static long int80_5(long nr, long a, long b, long c, long d, long e)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory");
	return ret;
}

enum { NR_CLOSE = 6, NR_OPEN = 5, NR_STIME = 25, NR_OLDSTAT = 18, NR_OLDFSTAT = 28, NR_SIGPENDING = 73,
       NR_OLDLSTAT = 84, NR_READDIR = 89 };
enum { NR_SOCKETPAIR = 360, NR_SENDMMSG = 345, NR_RECVMMSG_TIME64 = 417 };

/* The i386 layouts: struct iovec and struct mmsghdr of 32-bit words. */
struct iovec32 {
	uint32_t base, len;
};
struct mmsghdr32 {
	uint32_t name, namelen, iov, iovlen, control, controllen, flags, len;
};

static int sv[2];
static char one[] = "one", got[8];
static struct iovec32 send_iov = {0, 3}, recv_iov = {0, 8};
static struct mmsghdr32 send_msg = {0, 0, 0, 1, 0, 0, 0, 0}, recv_msg[2] = {{0, 0, 0, 1, 0, 0, 0, 0}};
static int64_t timeout[2] = {0, 1000};

static void mmsg(void)
{
	send_iov.base = (uint32_t)(uintptr_t)one;
	recv_iov.base = (uint32_t)(uintptr_t)got;
	send_msg.iov = (uint32_t)(uintptr_t)&send_iov;
	recv_msg[0].iov = (uint32_t)(uintptr_t)&recv_iov;
	int80_5(NR_SOCKETPAIR, AF_UNIX, SOCK_DGRAM, 0, (long)sv, 0);
	int80_5(NR_SENDMMSG, sv[0], (long)&send_msg, 1, 0, 0);
	int80_5(NR_RECVMMSG_TIME64, sv[1], (long)recv_msg, 2, MSG_DONTWAIT, (long)timeout);
	int80_5(NR_RECVMMSG_TIME64, sv[1], (long)recv_msg, 1, MSG_DONTWAIT, 0);
	int80_5(NR_RECVMMSG_TIME64, sv[1], 1, 1, MSG_DONTWAIT, 0);
	int80(NR_CLOSE, sv[0], 0, 0);
	int80(NR_CLOSE, sv[1], 0, 0);
}


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
	mmsg();
	return 0;
}
