/* Less common syscalls with fixed arguments, for comparing jtrace's decoding with strace's.
 * Runs in the scratch directory argv[1] (default /tmp); every call is harmless. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp";
	if (chdir(dir) != 0)
		return 1;
	int fd = open("jt_more", O_RDWR | O_CREAT | O_TRUNC, 0644);
	fallocate(fd, 0, 0, 4096);
	flock(fd, LOCK_EX | LOCK_NB);
	struct timespec times[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
	utimensat(AT_FDCWD, "jt_more", times, 0);
	int ep = epoll_create1(0);
	struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 7};
	epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
	struct epoll_event out[2];
	epoll_wait(ep, out, 2, 0);
	int in = inotify_init1(0);
	int wd = inotify_add_watch(in, ".", IN_CREATE | IN_DELETE);
	inotify_rm_watch(in, wd);
	int tfd = timerfd_create(CLOCK_MONOTONIC, 0);
	struct itimerspec its = {{0, 0}, {5, 0}};
	timerfd_settime(tfd, 0, &its, NULL);
	timerfd_gettime(tfd, &its);
	sigset_t mask;
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);
	signalfd(-1, &mask, SFD_CLOEXEC);
	mknodat(AT_FDCWD, "jt_fifo", S_IFIFO | 0600, 0);
	unlink("jt_fifo");
	setxattr("jt_more", "user.jt", "v", 1, 0);
	removexattr("jt_more", "user.jt");
	sync();
	syncfs(fd);
	readahead(fd, 0, 4096);
	void *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char vec[1];
	mincore(p, 4096, vec);
	mlock(p, 4096);
	munlock(p, 4096);
	msync(p, 4096, MS_SYNC);
	madvise(p, 4096, MADV_DONTNEED);
	munmap(p, 4096);
	unsigned cpu, node;
	syscall(SYS_getcpu, &cpu, &node, NULL);
	sched_getscheduler(0);
	struct sched_param sp;
	sched_getparam(0, &sp);
	sched_get_priority_max(SCHED_FIFO);
	getpriority(PRIO_PROCESS, 0);
	siginfo_t si;
	waitid(P_ALL, 0, &si, WEXITED | WNOHANG);
	syscall(SYS_tgkill, getpid(), gettid(), 0);
	int pfd = syscall(SYS_pidfd_open, getpid(), 0);
	struct timeval tv;
	gettimeofday(&tv, NULL);
	syscall(SYS_time, NULL);
	clock_getres(CLOCK_MONOTONIC, &its.it_value);
	int shm = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	shmctl(shm, IPC_RMID, NULL);
	int sem = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
	semctl(sem, 0, IPC_RMID);
	int msq = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	msgctl(msq, IPC_RMID, NULL);
	stack_t ss = {.ss_sp = NULL, .ss_flags = SS_DISABLE, .ss_size = 0};
	sigaltstack(&ss, NULL);
	struct itimerval itv;
	getitimer(ITIMER_REAL, &itv);
	ftruncate(fd, 0);
	truncate("jt_more", 0);
	chmod("jt_more", 0600);
	link("jt_more", "jt_more2");
	linkat(AT_FDCWD, "jt_more2", AT_FDCWD, "jt_more3", 0);
	renameat2(AT_FDCWD, "jt_more3", AT_FDCWD, "jt_more4", RENAME_NOREPLACE);
	unlink("jt_more2");
	unlink("jt_more4");
	unlink("jt_more");
	close(pfd);
	close(fd);
	return 0;
}
