/* Socket syscalls on AF_UNIX pairs and 127.0.0.1 loopback, with valid and invalid arguments. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void)
{
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	socketpair(AF_UNIX, SOCK_STREAM, 0, (int *)1);        /* EFAULT */
	int unused[2];
	socketpair(AF_INET, SOCK_STREAM, 0, unused);         /* EOPNOTSUPP */
	socket(9999, SOCK_STREAM, 0);                         /* EAFNOSUPPORT */
	send(sv[0], "ping", 4, 0);
	char buf[64];
	recv(sv[1], buf, sizeof buf, 0);
	struct iovec iov = { "msg", 3 };
	struct msghdr mh;
	memset(&mh, 0, sizeof mh);
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	sendmsg(sv[1], &mh, 0);
	struct iovec riov = { buf, sizeof buf };
	mh.msg_iov = &riov;
	recvmsg(sv[0], &mh, 0);
	recvmsg(sv[0], &mh, MSG_DONTWAIT);                    /* EAGAIN */
	sendto(999, "x", 1, 0, NULL, 0);                      /* EBADF */
	shutdown(sv[0], SHUT_WR);
	shutdown(sv[0], 99);                                  /* EINVAL */
	close(sv[0]);
	close(sv[1]);

	int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, 1);    /* EINVAL: short option */
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = 0;
	bind(ls, (struct sockaddr *)&a, sizeof a);
	bind(ls, (struct sockaddr *)&a, sizeof a);            /* EINVAL: already bound */
	listen(ls, 4);
	socklen_t alen = sizeof a;
	getsockname(ls, (struct sockaddr *)&a, &alen);
	int c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a, sizeof a);
	struct sockaddr_in pa;
	socklen_t plen = sizeof pa;
	int s = accept4(ls, (struct sockaddr *)&pa, &plen, SOCK_CLOEXEC);
	accept4(999, NULL, NULL, 0);                          /* EBADF */
	plen = sizeof pa;
	getpeername(s, (struct sockaddr *)&pa, &plen);
	getpeername(ls, (struct sockaddr *)&pa, &plen);       /* ENOTCONN */
	int v = 0;
	socklen_t vlen = sizeof v;
	getsockopt(c, SOL_SOCKET, SO_TYPE, &v, &vlen);
	getsockopt(c, SOL_SOCKET, 9999, &v, &vlen);           /* ENOPROTOOPT */
	sendto(c, "hello", 5, 0, NULL, 0);
	recvfrom(s, buf, sizeof buf, 0, NULL, NULL);
	close(c);
	close(s);
	close(ls);

	int u = socket(AF_INET, SOCK_DGRAM, 0);
	a.sin_port = 0;
	bind(u, (struct sockaddr *)&a, sizeof a);
	alen = sizeof a;
	getsockname(u, (struct sockaddr *)&a, &alen);
	sendto(u, "dgram", 5, 0, (struct sockaddr *)&a, sizeof a);
	struct sockaddr_in from;
	socklen_t flen = sizeof from;
	recvfrom(u, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen);
	close(u);

	struct sockaddr_un un;
	memset(&un, 0, sizeof un);
	un.sun_family = AF_UNIX;
	strcpy(un.sun_path, "/nonexistent/jtrace.sock");
	int us = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(us, (struct sockaddr *)&un, sizeof un);       /* ENOENT */
	close(us);
	write(1, "net ok\n", 7);
	return 0;
}
