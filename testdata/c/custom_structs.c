/* Structures inside the calls jtrace decodes by hand (ioctl, fcntl, prctl, futex, clone3, poll, ppoll, select,
 * pselect6, epoll_wait, rt_sigreturn): for comparing how -e verbose= and -e raw= change them with strace. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static void on(int sig)
{
}

int main(void)
{
	int p[2];
	pipe(p);
	write(p[1], "abc", 3);

	int n = 0, on1 = 1;
	ioctl(p[0], FIONREAD, &n);
	ioctl(p[0], FIONBIO, &on1);
	struct winsize ws;
	int pty = posix_openpt(O_RDWR | O_NOCTTY);
	ioctl(pty, TIOCGWINSZ, &ws);
	struct termios t;
	ioctl(pty, TCGETS, &t);
	close(pty);

	struct flock lk = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10};
	int f = open("custom_structs.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	fcntl(f, F_SETLK, &lk);
	fcntl(f, F_GETLK, &lk);
	struct f_owner_ex owner;
	fcntl(f, F_GETOWN_EX, &owner);
	fcntl(p[0], F_GETFL);
	close(f);
	unlink("custom_structs.tmp");

	char name[16];
	prctl(PR_SET_NAME, "custom");
	prctl(PR_GET_NAME, name);
	int death = 0;
	prctl(PR_GET_PDEATHSIG, &death);

	uint32_t word = 1;
	struct timespec ts = {0, 1000};
	syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);      /* EAGAIN: the word is not 0 */
	syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 1, &ts, NULL, 0);      /* ETIMEDOUT */

	struct pollfd fds[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
	poll(fds, 2, 0);
	struct timespec pts = {1, 0};
	ppoll(fds, 2, &pts, NULL);
	fd_set rd;
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	struct timeval tv = {1, 0};
	select(p[0] + 1, &rd, NULL, NULL, &tv);
	FD_SET(p[0], &rd);
	pselect(p[0] + 1, &rd, NULL, NULL, &pts, NULL);
	int ep = epoll_create1(0);
	struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 7}, out[2];
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	epoll_wait(ep, out, 2, 0);
	close(ep);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);

	struct clone_args ca;
	memset(&ca, 0, sizeof ca);
	ca.exit_signal = SIGCHLD;
	sigset_t chld, old;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &old);
	long c = syscall(SYS_clone3, &ca, sizeof ca);
	if (c == 0)
		_exit(2);
	int st;
	wait4(c, &st, 0, NULL);
	sigprocmask(SIG_SETMASK, &old, NULL);
	close(p[0]);
	close(p[1]);
	return 0;
}
