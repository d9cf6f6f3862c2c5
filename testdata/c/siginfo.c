/* Signals of every si_code family strace decodes, delivered to itself and read back as syscall
 * arguments: kill, sigqueue, tgkill, an itimer, a POSIX timer, a message queue, SIGIO, faults (SEGV
 * map/access/kernel, BUS, FPE, ILL, TRAP), a seccomp trap, a child stopping, continuing and exiting
 * (rt_sigtimedwait, waitid), hand-made siginfos (rt_sigqueueinfo, rt_tgsigqueueinfo, pidfd_send_signal),
 * and the same calls made as i386 calls (int $0x80), whose siginfo has the 32-bit layout. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <mqueue.h>
#include <setjmp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got;
static sigjmp_buf recover;

static void on(int sig)
{
	got = sig;
}

static void on_fault(int sig)
{
	siglongjmp(recover, 1);
}

static void handle(int sig, void (*fn)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = SA_NODEFER;
	sigaction(sig, &sa, NULL);
}

static void await(int sig)
{
	while (got != sig)
		pause();
	got = 0;
}

static void faults(void)
{
	char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fd = memfd_create("empty", 0);
	char *past_end = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	volatile int zero = 0;
	handle(SIGSEGV, on_fault);
	handle(SIGBUS, on_fault);
	handle(SIGFPE, on_fault);
	handle(SIGILL, on_fault);
	handle(SIGTRAP, on_fault);
	if (!sigsetjmp(recover, 1))
		*(volatile int *)16 = 1;                       /* SEGV_MAPERR */
	if (!sigsetjmp(recover, 1))
		*(volatile char *)ro = 1;                      /* SEGV_ACCERR */
	if (!sigsetjmp(recover, 1))
		*(volatile int *)0x8000000000000000UL = 1;     /* not canonical: SI_KERNEL */
	if (!sigsetjmp(recover, 1))
		zero = *(volatile char *)past_end;             /* BUS_ADRERR */
	if (!sigsetjmp(recover, 1))
		zero = 100 / zero;                             /* FPE_INTDIV */
	if (!sigsetjmp(recover, 1))
		__asm__ volatile("ud2");                       /* ILL_ILLOPN */
	if (!sigsetjmp(recover, 1))
		__asm__ volatile("int3");                      /* SIGTRAP, SI_KERNEL */
	close(fd);
}

/* A child whose getppid traps (SECCOMP_RET_TRAP with errno data 1): SIGSYS, SYS_SECCOMP. Its SIGCHLD
 * stays blocked until it was reaped, so that it arrives at the same place on every run. */
static void seccomp_trap(void)
{
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid_t c = fork();
	if (c == 0) {
		struct sock_filter code[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP | 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = {sizeof code / sizeof code[0], code};
		handle(SIGSYS, on);
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
		syscall(SYS_getppid);
		_exit(got == SIGSYS ? 0 : 1);
	}
	waitpid(c, NULL, 0);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
}

/* A child that stops, is continued, then exits when told: its SIGCHLDs taken with sigwaitinfo and waitid. */
static void child_states(void)
{
	sigset_t chld;
	siginfo_t info;
	int go[2];
	char b = 0;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pipe(go);
	pid_t c = fork();
	if (c == 0) {
		raise(SIGSTOP);
		read(go[0], &b, 1);
		_exit(5);
	}
	sigwaitinfo(&chld, &info);
	waitid(P_PID, c, &info, WSTOPPED);
	kill(c, SIGCONT);
	sigwaitinfo(&chld, &info);
	waitid(P_PID, c, &info, WCONTINUED);
	write(go[1], &b, 1);
	sigwaitinfo(&chld, &info);
	waitid(P_PID, c, &info, WEXITED | WNOWAIT);
	waitid(P_PID, c, &info, WEXITED);
	waitid(P_ALL, 0, &info, WEXITED | WNOHANG);
	close(go[0]);
	close(go[1]);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
}

/* Siginfos made by hand, as arguments: queued to itself and taken back with sigwaitinfo. */
static void handmade(void)
{
	sigset_t usr1;
	siginfo_t info, back;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	memset(&info, 0, sizeof info);
	info.si_signo = SIGUSR1;
	info.si_code = SI_QUEUE;
	info.si_pid = 1234;
	info.si_uid = 5;
	info.si_value.sival_int = 77;
	syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &info);
	sigwaitinfo(&usr1, &back);
	info.si_code = SI_KERNEL;
	syscall(SYS_rt_tgsigqueueinfo, getpid(), gettid(), SIGUSR1, &info);
	sigwaitinfo(&usr1, &back);
	info.si_code = SI_TIMER;
	syscall(SYS_rt_tgsigqueueinfo, getpid(), gettid(), SIGUSR1, &info);
	sigwaitinfo(&usr1, &back);
	int pidfd = syscall(SYS_pidfd_open, getpid(), 0);
	info.si_code = SI_QUEUE;
	syscall(SYS_pidfd_send_signal, pidfd, SIGUSR1, &info, 0);
	sigwaitinfo(&usr1, &back);
	syscall(SYS_pidfd_send_signal, pidfd, SIGUSR1, NULL, 0);
	sigwaitinfo(&usr1, &back);
	close(pidfd);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
}

static long int80(long nr, long a, long b, long c, long d, long e)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory");
	return ret;
}

/* i386 rt_sigqueueinfo, rt_sigtimedwait and waitid: their buffers must lie below 4 GiB (MAP_32BIT). */
static void compat(void)
{
	enum { RT_SIGTIMEDWAIT = 177, RT_SIGQUEUEINFO = 178, WAITID = 284 };
	int *low = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	int *info = low, *back = low + 64;
	unsigned long *usr1 = (unsigned long *)(low + 128), *chld = usr1 + 1;
	*usr1 = 1UL << (SIGUSR1 - 1);
	*chld = 1UL << (SIGCHLD - 1);
	sigprocmask(SIG_BLOCK, (sigset_t *)usr1, NULL);
	sigprocmask(SIG_BLOCK, (sigset_t *)chld, NULL);
	info[0] = SIGUSR1;
	info[2] = SI_QUEUE;
	info[3] = 1234;                                           /* si_pid, si_uid, si_int: the union at 12 */
	info[4] = 5;
	info[5] = 77;
	int80(RT_SIGQUEUEINFO, getpid(), SIGUSR1, (long)info, 0, 0);
	int80(RT_SIGTIMEDWAIT, (long)usr1, (long)back, 0, 8, 0);
	memset(info, 0, 128);
	info[0] = SIGCHLD;
	info[2] = CLD_KILLED;
	info[3] = 1234;                                           /* si_pid, si_uid, si_status, si_utime, si_stime */
	info[4] = 5;
	info[5] = SIGKILL;
	info[6] = 7;
	info[7] = 8;
	int80(RT_SIGQUEUEINFO, getpid(), SIGCHLD, (long)info, 0, 0);
	int80(RT_SIGTIMEDWAIT, (long)chld, (long)back, 0, 8, 0);
	memset(info, 0, 128);
	info[0] = SIGIO;
	info[2] = POLL_OUT;
	info[3] = -4;                                             /* si_band, si_fd */
	info[4] = 6;
	int80(RT_SIGQUEUEINFO, getpid(), SIGIO, (long)info, 0, 0);
	pid_t c = fork();
	if (c == 0)
		_exit(3);
	int80(RT_SIGTIMEDWAIT, (long)chld, (long)back, 0, 8, 0);
	int80(WAITID, P_PID, c, (long)back, WEXITED, 0);
	sigprocmask(SIG_UNBLOCK, (sigset_t *)usr1, NULL);
	sigprocmask(SIG_UNBLOCK, (sigset_t *)chld, NULL);
}

int main(void)
{
	handle(SIGUSR1, on);
	handle(SIGUSR2, on);
	handle(SIGALRM, on);
	handle(SIGIO, on);

	kill(getpid(), SIGUSR1);                                  /* SI_USER */
	syscall(SYS_tgkill, getpid(), gettid(), SIGUSR2);         /* SI_TKILL */
	sigqueue(getpid(), SIGUSR1, (union sigval){.sival_int = 42}); /* SI_QUEUE */

	struct itimerval it = {{0, 0}, {0, 1000}};
	setitimer(ITIMER_REAL, &it, NULL);                        /* SI_KERNEL */
	await(SIGALRM);

	timer_t t;
	struct sigevent sev;
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR2;
	sev.sigev_value.sival_int = 7;
	timer_create(CLOCK_MONOTONIC, &sev, &t);
	struct itimerspec ts = {{0, 0}, {0, 1000000}};
	timer_settime(t, 0, &ts, NULL);                           /* SI_TIMER */
	await(SIGUSR2);
	timer_delete(t);

	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	char queue[32];                                           /* named by the pid: runs may overlap */
	snprintf(queue, sizeof queue, "/jtrace-siginfo-%d", getpid());
	mqd_t q = mq_open(queue, O_CREAT | O_RDWR, 0600, &attr);
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 9;
	mq_notify(q, &sev);
	mq_send(q, "m", 1, 0);                                    /* SI_MESGQ */
	mq_close(q);
	mq_unlink(queue);

	int p[2];
	pipe(p);
	fcntl(p[0], F_SETOWN, getpid());
	fcntl(p[0], F_SETSIG, SIGIO);
	fcntl(p[0], F_SETFL, O_ASYNC);
	write(p[1], "x", 1);                                      /* POLL_IN */
	close(p[0]);
	close(p[1]);

	faults();
	seccomp_trap();
	child_states();
	handmade();
	compat();
	return 0;
}
