/* File-descriptor syscalls: dup family, fcntl, pipes, close_range, eventfd. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	pipe(p);
	pipe((int *)1);                       /* EFAULT */
	int r[2];
	syscall(SYS_pipe, r);                 /* glibc's pipe is pipe2 now */
	int d = dup(p[0]);
	dup(999);                             /* EBADF */
	dup2(p[1], 20);
	dup2(999, 21);                        /* EBADF */
	dup3(p[1], 22, O_CLOEXEC);
	dup3(p[1], p[1], 0);                  /* EINVAL: same fd */
	dup3(p[1], 23, 0x4);                  /* EINVAL: bad flags */
	fcntl(d, F_GETFD);
	fcntl(d, F_SETFD, FD_CLOEXEC);
	fcntl(d, F_GETFL);
	fcntl(d, F_SETFL, O_NONBLOCK);
	fcntl(d, F_DUPFD, 30);
	fcntl(d, F_DUPFD_CLOEXEC, 40);
	fcntl(999, F_GETFD);                  /* EBADF */
	fcntl(d, 9999);                       /* EINVAL */
	int q[2];
	pipe2(q, O_CLOEXEC | O_NONBLOCK);
	pipe2(q, 0x1);                        /* EINVAL */
	write(q[1], "ab", 2);
	char c[2];
	read(q[0], c, 2);
	read(q[0], c, 2);                     /* EAGAIN */
	int e = eventfd(3, EFD_CLOEXEC);
	unsigned long long v = 0;
	read(e, &v, sizeof v);
	eventfd(0, 0x7);                      /* EINVAL */
	int e1 = syscall(SYS_eventfd, 0);     /* glibc's eventfd is eventfd2 */
	close(e1);
	close(e);
	close(999);                           /* EBADF */
	syscall(SYS_close_range, 20, 23, 0);
	syscall(SYS_close_range, 30, 50, 0);
	syscall(SYS_close_range, 10, 5, 0);   /* EINVAL */
	close(r[0]);
	close(r[1]);
	close(p[0]);
	close(p[1]);
	close(d);
	close(q[0]);
	close(q[1]);
	write(1, "fds ok\n", 7);
	return 0;
}
