/* Terminal ioctls on a pseudo-terminal, scheduling attributes and clock adjustment reads, with valid and invalid
 * arguments: for comparing jtrace's struct decoding with strace's. Works without a controlling terminal (it opens
 * its own pty); changes neither the clock (adjtimex with modes=0 only reads) nor the scheduling policy (it sets
 * what it read back). */
#define _GNU_SOURCE
#include <asm/termbits.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *) 8)

/* linux/sched/types.h, which cannot be included next to sched.h */
struct sched_attr {
	unsigned int size, sched_policy;
	unsigned long long sched_flags;
	int sched_nice;
	unsigned int sched_priority;
	unsigned long long sched_runtime, sched_deadline, sched_period;
	unsigned int sched_util_min, sched_util_max;
};
#define SCHED_FLAG_RESET_ON_FORK 0x01

static void tty(void)
{
	int m = syscall(SYS_openat, AT_FDCWD, "/dev/ptmx", O_RDWR | O_NOCTTY);
	int unlock = 0;
	syscall(SYS_ioctl, m, TIOCSPTLCK, &unlock);
	int s = syscall(SYS_ioctl, m, TIOCGPTPEER, O_RDWR | O_NOCTTY);

	struct termios t;
	syscall(SYS_ioctl, s, TCGETS, &t);
	syscall(SYS_ioctl, s, TCSETS, &t);
	syscall(SYS_ioctl, s, TCSETSW, &t);
	struct termios raw = t;
	raw.c_iflag &= ~(IXON | ICRNL);
	raw.c_lflag &= ~(ECHO | ICANON | ISIG);
	raw.c_oflag &= ~OPOST;
	raw.c_cflag = (raw.c_cflag & ~CBAUD) | B115200;
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	syscall(SYS_ioctl, s, TCSETSF, &raw);
	syscall(SYS_ioctl, s, TCGETS, &t);
	syscall(SYS_ioctl, s, TCGETS, BAD);
	syscall(SYS_ioctl, s, TCSETS, BAD);
	syscall(SYS_ioctl, s, TCGETS, NULL);
	syscall(SYS_ioctl, -1, TCGETS, &t);
	syscall(SYS_ioctl, -1, TCSETS, &t);

	struct termio a;
	syscall(SYS_ioctl, s, TCGETA, &a);
	syscall(SYS_ioctl, s, TCSETA, &a);
	syscall(SYS_ioctl, s, TCSETAW, &a);
	syscall(SYS_ioctl, s, TCSETAF, &a);
	syscall(SYS_ioctl, s, TCGETA, BAD);

	struct termios2 t2;
	syscall(SYS_ioctl, s, TCGETS2, &t2);
	syscall(SYS_ioctl, s, TCSETS2, &t2);

	struct termios lck;
	syscall(SYS_ioctl, s, TIOCGLCKTRMIOS, &lck);

	struct winsize ws = {24, 80, 0, 0};
	syscall(SYS_ioctl, s, TIOCSWINSZ, &ws);
	syscall(SYS_ioctl, s, TIOCGWINSZ, &ws);
	syscall(SYS_ioctl, s, TIOCSWINSZ, BAD);
	syscall(SYS_ioctl, s, TIOCGWINSZ, BAD);

	int pgrp = 1;
	syscall(SYS_ioctl, s, TIOCSPGRP, &pgrp);
	syscall(SYS_ioctl, s, TIOCSPGRP, BAD);
	syscall(SYS_ioctl, s, TIOCGPGRP, &pgrp);
	int on = 1, off = 0, n;
	syscall(SYS_ioctl, s, FIONBIO, &on);
	syscall(SYS_ioctl, s, FIONBIO, &off);
	syscall(SYS_ioctl, s, FIOASYNC, &off);
	syscall(SYS_ioctl, s, FIONREAD, &n);
	syscall(SYS_ioctl, s, TIOCOUTQ, &n);
	syscall(SYS_ioctl, s, TIOCGETD, &n);
	syscall(SYS_ioctl, s, TIOCSETD, &n);
	syscall(SYS_ioctl, s, TIOCMGET, &n);
	syscall(SYS_ioctl, s, TIOCGSID, &n);
	syscall(SYS_ioctl, s, TCFLSH, TCIOFLUSH);
	syscall(SYS_ioctl, s, TCXONC, TCOON);
	syscall(SYS_ioctl, s, TCSBRK, 1);
	syscall(SYS_ioctl, s, TIOCEXCL);
	syscall(SYS_ioctl, s, TIOCGEXCL, &n);
	syscall(SYS_ioctl, s, TIOCNXCL);
	syscall(SYS_ioctl, m, TIOCGPTLCK, &n);
	syscall(SYS_ioctl, m, TIOCPKT, &off);
	syscall(SYS_ioctl, m, TIOCGPKT, &n);
	syscall(SYS_ioctl, s, FIOCLEX);
	syscall(SYS_ioctl, s, FIONCLEX);
	close(s);
	close(m);
}

static void sched(void)
{
	struct sched_attr attr;
	memset(&attr, 0, sizeof attr);
	syscall(SYS_sched_getattr, 0, &attr, sizeof attr, 0);
	syscall(SYS_sched_setattr, 0, &attr, 0);
	syscall(SYS_sched_getattr, 0, &attr, 48, 0);
	syscall(SYS_sched_getattr, 0, &attr, 8, 0);
	syscall(SYS_sched_getattr, 0, BAD, sizeof attr, 0);
	syscall(SYS_sched_getattr, 0, &attr, sizeof attr, 1);
	syscall(SYS_sched_getattr, -1, &attr, sizeof attr, 0);
	struct sched_attr bad = {.size = sizeof bad, .sched_policy = 77};
	syscall(SYS_sched_setattr, 0, &bad, 0);
	struct sched_attr fifo = {.size = 48, .sched_policy = SCHED_FIFO, .sched_flags = SCHED_FLAG_RESET_ON_FORK,
				  .sched_priority = 1000};
	syscall(SYS_sched_setattr, 0, &fifo, 0);
	struct sched_attr small = {.size = 8};
	syscall(SYS_sched_setattr, 0, &small, 0);
	syscall(SYS_sched_setattr, 0, BAD, 0);
	syscall(SYS_sched_setattr, 0, &attr, 1);

	struct sched_param p = {0};
	syscall(SYS_sched_getparam, 0, &p);
	syscall(SYS_sched_setparam, 0, &p);
	syscall(SYS_sched_getparam, 0, BAD);
	syscall(SYS_sched_setparam, 0, BAD);
	syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &p);
	syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, BAD);
}

static void timex(void)
{
	struct timex tx;
	memset(&tx, 0, sizeof tx);
	syscall(SYS_adjtimex, &tx);
	memset(&tx, 0, sizeof tx);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
	syscall(SYS_adjtimex, BAD);
	syscall(SYS_adjtimex, NULL);
	memset(&tx, 0, sizeof tx);
	syscall(SYS_clock_adjtime, 77, &tx);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, BAD);
	struct timex bad;
	memset(&bad, 0, sizeof bad);
	bad.modes = ADJ_OFFSET_SS_READ;
	syscall(SYS_adjtimex, &bad);
	memset(&bad, 0, sizeof bad);
	bad.modes = ADJ_TICK | ADJ_STATUS; /* a tick this far off is refused before anything is set */
	bad.tick = 1;
	syscall(SYS_adjtimex, &bad);
	memset(&bad, 0, sizeof bad);
	bad.modes = ADJ_TICK;
	bad.tick = 1;
	syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &bad);
}

int main(void)
{
	tty();
	sched();
	timex();
	return 0;
}
