/* Readiness syscalls on a pipe: poll/ppoll/select/pselect6/epoll_create1/epoll_ctl/epoll_wait/epoll_pwait. */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	pipe(p);
	write(p[1], "x", 1);
	struct pollfd fds[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
	poll(fds, 2, 0);
	poll((struct pollfd *)1, 1, 0);                 /* EFAULT */
	struct timespec zero = { 0, 0 };
	ppoll(fds, 2, &zero, NULL);
	sigset_t none;
	sigemptyset(&none);
	ppoll(fds, 1, &zero, &none);
	fd_set rd;
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	struct timeval tv = { 0, 0 };
	select(p[0] + 1, &rd, NULL, NULL, &tv);
	select(-1, &rd, NULL, NULL, &tv);                /* EINVAL */
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	pselect(p[0] + 1, &rd, NULL, NULL, &zero, &none);

	int ep = epoll_create1(EPOLL_CLOEXEC);
	epoll_create1(0x1);                              /* EINVAL */
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 42 };
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);         /* EEXIST */
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL);        /* ENOENT */
	epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev);          /* EBADF */
	struct epoll_event out[4];
	epoll_wait(ep, out, 4, 0);
	epoll_wait(ep, out, 0, 0);                       /* EINVAL */
	epoll_pwait(ep, out, 4, 0, &none);
	char c;
	read(p[0], &c, 1);
	epoll_wait(ep, out, 4, 0);
	close(ep);
	close(p[0]);
	close(p[1]);
	write(1, "poll ok\n", 8);
	return 0;
}
