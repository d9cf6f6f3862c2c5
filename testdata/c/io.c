/* Vectored and zero-copy I/O: readv/writev/preadv/pwritev, sendfile, splice, tee. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "jtrace-testdata-io.tmp"; /* in the current directory */
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	char a[] = "abc", b[] = "defgh";
	struct iovec w[2] = { { a, 3 }, { b, 5 } };
	writev(fd, w, 2);
	writev(fd, (struct iovec *)1, 2);         /* EFAULT */
	writev(999, w, 2);                        /* EBADF */
	pwritev(fd, w, 2, 16);
	pwritev(fd, w, 2, -1);                    /* EINVAL */
	char x[4], y[6];
	struct iovec r[2] = { { x, 4 }, { y, 6 } };
	lseek(fd, 0, SEEK_SET);
	readv(fd, r, 2);
	preadv(fd, r, 2, -1);                     /* EINVAL: negative offset */
	preadv(fd, r, 2, 16);
	preadv(999, r, 2, 0);                     /* EBADF */

	int p[2];
	pipe(p);
	off_t off = 0;
	sendfile(p[1], fd, &off, 8);
	sendfile(p[1], 999, NULL, 8);             /* EBADF */
	int q[2];
	pipe(q);
	splice(p[0], NULL, q[1], NULL, 4, 0);
	splice(fd, NULL, fd, NULL, 4, 0);         /* EINVAL: neither is a pipe */
	tee(q[0], p[1], 2, 0);
	char sink[16];
	read(q[0], sink, sizeof sink);
	read(p[0], sink, sizeof sink);
	close(p[0]); close(p[1]); close(q[0]); close(q[1]);
	close(fd);
	unlink(path);
	write(1, "io ok\n", 6);
	return 0;
}
