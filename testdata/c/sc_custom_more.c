/* Sub-commands of fcntl, prctl, futex and syslog that jtrace decodes by hand, with valid and odd arguments.
 * Only calls that leave the process intact: no seccomp filter, no capability drops that matter here. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/futex.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void fcntls(void)
{
	int f = open("sc_custom_more.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	fcntl(f, F_SETLK, &lk);
	fcntl(f, F_SETLKW, &lk);
	lk.l_type = F_RDLCK;
	lk.l_whence = SEEK_CUR;
	lk.l_start = 5;
	fcntl(f, F_GETLK, &lk);
	lk.l_type = 7;
	lk.l_whence = 9;
	fcntl(f, F_SETLK, &lk);                     /* EINVAL: unknown type and whence */
	fcntl(f, F_SETLK, NULL);                    /* EFAULT */
	fcntl(f, F_GETLK, (void *)8);               /* EFAULT */
	struct flock ofd = { .l_type = F_RDLCK, .l_whence = SEEK_END, .l_start = -4, .l_len = 0 };
	fcntl(f, F_OFD_SETLK, &ofd);
	fcntl(f, F_OFD_SETLKW, &ofd);
	ofd.l_type = F_WRLCK;
	fcntl(f, F_OFD_GETLK, &ofd);
	struct f_owner_ex own = { .type = F_OWNER_TID, .pid = 0 };
	fcntl(f, F_SETOWN_EX, &own);
	fcntl(f, F_GETOWN_EX, &own);
	own.type = 9;
	fcntl(f, F_SETOWN_EX, &own);                /* EINVAL */
	fcntl(f, F_GETOWN_EX, NULL);                /* EFAULT */
	fcntl(f, F_SETOWN, 0);
	fcntl(f, F_GETOWN);
	fcntl(f, F_SETSIG, SIGUSR1);
	fcntl(f, F_GETSIG);
	fcntl(f, F_SETSIG, 0);
	fcntl(f, F_SETSIG, 200);                    /* EINVAL */
	fcntl(f, F_ADD_SEALS, F_SEAL_WRITE);        /* EINVAL: not a memfd */
	fcntl(f, F_GET_SEALS);
	uint64_t hint = 2;                          /* RWH_WRITE_LIFE_SHORT */
	fcntl(f, F_SET_RW_HINT, &hint);
	fcntl(f, F_GET_RW_HINT, &hint);
	hint = 77;
	fcntl(f, F_SET_RW_HINT, &hint);             /* EINVAL */
	fcntl(f, F_GET_RW_HINT, NULL);
	fcntl(f, F_GETLEASE);
	fcntl(f, F_SETFD, FD_CLOEXEC);
	fcntl(f, F_GETFD);
	fcntl(f, F_SETFL, O_APPEND | O_NONBLOCK);
	fcntl(f, F_GETFL);
	fcntl(f, F_DUPFD, 20);
	fcntl(f, 4321, 0x55);                       /* EINVAL: unknown command */
	int p[2];
	pipe(p);
	fcntl(p[0], F_SETPIPE_SZ, 8192);
	fcntl(p[0], F_GETPIPE_SZ);
	close(p[0]);
	close(p[1]);
	close(f);
	unlink("sc_custom_more.tmp");
}

static void prctls(void)
{
	int sig = -1;
	prctl(PR_GET_PDEATHSIG, &sig);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	prctl(PR_GET_PDEATHSIG, &sig);
	prctl(PR_SET_PDEATHSIG, 0);
	prctl(PR_SET_PDEATHSIG, 300);               /* EINVAL */
	prctl(PR_GET_PDEATHSIG, NULL);              /* EFAULT */
	prctl(PR_GET_DUMPABLE);
	prctl(PR_SET_DUMPABLE, 1);
	prctl(PR_SET_DUMPABLE, 7);                  /* EINVAL */
	prctl(PR_GET_KEEPCAPS);
	prctl(PR_SET_KEEPCAPS, 0);
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 21 /* CAP_SYS_ADMIN */, 0, 0);
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 99, 0, 0);
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_LOWER, 0, 0, 0);
	prctl(PR_CAP_AMBIENT, 9, 1, 2, 3);
	prctl(PR_CAPBSET_READ, 7 /* CAP_SETUID */);
	prctl(PR_CAPBSET_READ, 99);
	prctl(PR_CAPBSET_DROP, 99);
	prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	prctl(PR_SET_NO_NEW_PRIVS, 0, 1, 2, 3);
	void *tid = 0;
	prctl(PR_GET_TID_ADDRESS, &tid);
	prctl(PR_SET_MM, PR_SET_MM_START_CODE, 0x1000, 0, 0);
	prctl(PR_SET_MM, 99, 0x1000, 0, 0);
	prctl(PR_GET_SECCOMP);
	prctl(PR_SET_SECCOMP, 77, 0, 0, 0);         /* EINVAL: unknown mode */
	prctl(PR_GET_TIMERSLACK);
	prctl(PR_SET_TIMERSLACK, 50000);
	prctl(PR_SET_TIMERSLACK, 0);
	prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0, 4096, "x");
	prctl(PR_SET_VMA, 5, 0, 0, 0);
	prctl(PR_GET_CHILD_SUBREAPER, &sig);
	prctl(PR_SET_CHILD_SUBREAPER, 0);
	prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	prctl(PR_SET_THP_DISABLE, 0, 0, 0, 0);
	prctl(PR_GET_SECUREBITS);
	prctl(PR_SET_SECUREBITS, 0x15);             /* EPERM */
	prctl(PR_SET_SECUREBITS, 0x100000);
	prctl(PR_SET_PTRACER, 0, 0, 0, 0);
	prctl(PR_SET_PTRACER, -1, 0, 0, 0);
	prctl(PR_MCE_KILL_GET, 0, 0, 0, 0);
	prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_DEFAULT, 0, 0);
	prctl(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0);
	prctl(PR_MCE_KILL, 9, 9, 0, 0);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
	prctl(PR_GET_SPECULATION_CTRL, 77, 0, 0, 0);
	prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 99, 0, 0);
	prctl(PR_GET_TSC, &sig);
	prctl(PR_GET_UNALIGN, &sig);
	prctl(PR_GET_FP_MODE);
	prctl(PR_GET_IO_FLUSHER, 0, 0, 0, 0);
	prctl(PR_TASK_PERF_EVENTS_DISABLE);
	prctl(PR_TASK_PERF_EVENTS_ENABLE);
	prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	prctl(PR_SCHED_CORE, 0, 0, 0, 0);
	prctl(0x7777, 1, 2, 3, 4);
}

static long fx(void *uaddr, int op, int val, void *timeout, void *uaddr2, int val3)
{
	return syscall(SYS_futex, uaddr, op, val, timeout, uaddr2, val3);
}

static void futexes(void)
{
	int word = 1, other = 0;
	struct timespec ts = { 0, 1000 };
	fx(&word, FUTEX_WAIT_PRIVATE, 0, &ts, NULL, 0);
	fx(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
	fx(&word, FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &other, FUTEX_OP(FUTEX_OP_SET, 0, FUTEX_OP_CMP_EQ, 0));
	fx(&word, FUTEX_WAKE_OP, 1, (void *)2, &other, FUTEX_OP(FUTEX_OP_ADD, 5, FUTEX_OP_CMP_GT, 1));
	fx(&word, FUTEX_WAKE_OP, 1, 0, &other, 0x7fffffff);
	fx(&word, FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)1, &other, 1);
	fx(&word, FUTEX_CMP_REQUEUE, 1, (void *)1, &other, 3);
	fx(&word, FUTEX_REQUEUE_PRIVATE, 1, (void *)1, &other, 0);
	fx(&word, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, 0, NULL, NULL, FUTEX_BITSET_MATCH_ANY);
	fx(&word, FUTEX_WAIT_BITSET_PRIVATE, 0, NULL, NULL, 0x5);
	fx(&word, FUTEX_WAKE_BITSET, 1, NULL, NULL, 0x3);
	fx(&other, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	fx(&other, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	fx(&other, FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	fx(&other, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	fx(&word, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 0, &ts, &other, 0);
	fx(&word, FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, (void *)1, &other, 0);
	fx(&word, FUTEX_FD, 1, NULL, NULL, 0);
	fx(&word, 14, 1, (void *)2, &other, 4);     /* unknown op */
	fx(&word, 14 | FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0);
	fx(&word, FUTEX_WAIT, 1, (void *)8, NULL, 0);    /* EFAULT timeout */
}

static void syslogs(void)
{
	/* nothing that changes the kernel log or the console level: those are the whole machine's */
	char buf[64];
	syscall(SYS_syslog, 10, NULL, 0);           /* SYSLOG_ACTION_SIZE_BUFFER */
	syscall(SYS_syslog, 8, NULL, 99);           /* CONSOLE_LEVEL: EINVAL, the level is checked first */
	syscall(SYS_syslog, 0, NULL, 0);
	syscall(SYS_syslog, 1, NULL, 0);
	syscall(SYS_syslog, 3, buf, -1);            /* EINVAL */
	syscall(SYS_syslog, 3, buf, 0);
	syscall(SYS_syslog, 4, NULL, 8);
	syscall(SYS_syslog, 2, NULL, 0);
	syscall(SYS_syslog, 77, buf, 5);
}

int main(void)
{
	fcntls();
	prctls();
	futexes();
	syslogs();
	return 0;
}
