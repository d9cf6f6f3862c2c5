/* File, descriptor, time and socket syscalls with fixed arguments, for comparing jtrace's
 * decoding with strace's (each call once, in a scratch directory given as argv[1], default /tmp). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timerfd.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	char buf[256];
	if (chdir(dir) != 0)
		return 1;
	mkdir("jt_dir", 0750);
	int fd = open("jt_file", O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	write(fd, "line one\nline two\n", 18);
	pwrite(fd, "X", 1, 3);
	lseek(fd, 0, SEEK_SET);
	pread(fd, buf, 8, 0);
	fsync(fd);
	ftruncate(fd, 10);
	fchmod(fd, 0640);
	int fd2 = dup(fd);
	dup2(fd, 10);
	dup3(fd, 11, O_CLOEXEC);
	symlink("jt_file", "jt_link");
	readlink("jt_link", buf, sizeof buf);
	rename("jt_link", "jt_link2");
	unlink("jt_link2");
	getcwd(buf, sizeof buf);
	rmdir("jt_dir");
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	struct timespec req = {0, 1000};
	nanosleep(&req, NULL);
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	send(sv[0], "ping", 4, 0);
	recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
	struct sockaddr_un sa;
	socklen_t len = sizeof sa;
	getsockname(sv[0], (struct sockaddr *)&sa, &len);
	int one = 1;
	int s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	socklen_t olen = sizeof one;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &one, &olen);
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons(8080), .sin_addr.s_addr = htonl(0x7f000001)};
	bind(s, (struct sockaddr *)&sin, sizeof sin);
	listen(s, 5);
	shutdown(sv[0], SHUT_WR);
	int ep = epoll_create1(EPOLL_CLOEXEC);
	int ev = eventfd(3, EFD_NONBLOCK);
	int in = inotify_init1(IN_CLOEXEC);
	int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	struct pollfd pfd = {sv[1], POLLIN, 0};
	poll(&pfd, 1, 0);
	cpu_set_t set;
	sched_getaffinity(0, sizeof set, &set);
	sched_yield();
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	struct tms t;
	times(&t);
	umask(022);
	access("jt_file", W_OK | R_OK);
	faccessat(AT_FDCWD, "jt_file", X_OK, AT_EACCESS);
	fchownat(AT_FDCWD, "jt_file", 0, 0, AT_SYMLINK_NOFOLLOW);
	unlinkat(AT_FDCWD, "jt_file", 0);
	struct timeval tv = {0, 0};
	fd_set rfds;
	FD_ZERO(&rfds);
	FD_SET(sv[1], &rfds);
	select(sv[1] + 1, &rfds, NULL, NULL, &tv);
	close(fd2);
	close(ep);
	close(ev);
	close(in);
	close(tfd);
	return 0;
}
