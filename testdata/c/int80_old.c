/* A 64-bit program making the i386 ABI's old calls through int $0x80, with valid and invalid arguments:
 * signal, sigaction (old struct), sgetmask/ssetmask, sigsuspend (in a child, ended by SIGTERM), old select and
 * old mmap (one pointer to their arguments), socketcall and ipc (strace names the sub-call), sigreturn (in a
 * child: it ends with SIGSEGV). Buffers are static: non-PIE data lies below 4 GiB, as 32-bit pointers need. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

/* Five arguments; the sixth (%ebp) is zeroed (stepping over the red zone before pushing %rbp). */
static long int80(long nr, long a, long b, long c, long d, long e)
{
	long ret;
	__asm__ volatile("sub $128, %%rsp\n\tpush %%rbp\n\txor %%ebp, %%ebp\n\tint $0x80\n\tpop %%rbp\n\tadd $128, %%rsp"
			 : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory");
	return ret;
}

static void handler(int sig)
{
	(void)sig;
}

static unsigned int act[4], oldact[4];
static unsigned int args[6];
static unsigned int fds[32];
static unsigned int timeout[2];
static unsigned int addr[4];

static void in_child(long nr, long a, long b, long c, int kill_it)
{
	pid_t pid = fork();
	if (pid == 0) {
		int80(nr, a, b, c, 0, 0);
		_exit(0);
	}
	if (kill_it) {
		usleep(100000);
		kill(pid, SIGTERM);
	}
	waitpid(pid, 0, 0);
}

int main(void)
{
	sigset_t chld;
	int80(48, SIGUSR1, (long)SIG_IGN, 0, 0, 0);                  /* signal */
	int80(48, SIGUSR1, (long)handler, 0, 0, 0);
	int80(48, SIGUSR1, (long)SIG_DFL, 0, 0, 0);
	int80(48, 99, 0, 0, 0, 0);                                     /* EINVAL */
	act[0] = 1; act[1] = 1 << (SIGUSR2 - 1); act[2] = 0x04000000; /* SIG_IGN, [USR2], SA_RESTORER */
	int80(67, SIGUSR1, (long)act, (long)oldact, 0, 0);            /* sigaction */
	int80(67, SIGUSR1, 0, (long)oldact, 0, 0);
	act[0] = (unsigned)(long)handler; act[1] = 0; act[2] = 0x10000000;
	int80(67, SIGUSR2, (long)act, 0, 0, 0);
	int80(67, SIGUSR2, 1, 2, 0, 0);                                /* EFAULT */
	int80(68, 0, 0, 0, 0, 0);                                      /* sgetmask */
	int80(69, 1 << (SIGUSR1 - 1), 0, 0, 0, 0);                     /* ssetmask */
	int80(68, 0, 0, 0, 0, 0);
	int80(69, 0, 0, 0, 0, 0);
	int p[2];
	pipe(p);                                                       /* select: the pipe's write end is ready */
	fds[0] = 1u << p[1]; timeout[0] = 0; timeout[1] = 0;
	args[0] = p[1] + 1; args[1] = 0; args[2] = (unsigned)(long)fds; args[3] = 0; args[4] = (unsigned)(long)timeout;
	int80(82, (long)args, 0, 0, 0, 0);
	int80(82, 0, 0, 0, 0, 0);                                      /* EFAULT */
	args[0] = 0; args[1] = 4096; args[2] = 3; args[3] = 0x22; args[4] = -1; args[5] = 0;
	long map = int80(90, (long)args, 0, 0, 0, 0);                  /* mmap(NULL, 4096, RW, PRIVATE|ANON) */
	int80(91, map, 4096, 0, 0, 0);
	args[3] = 0x4;
	int80(90, (long)args, 0, 0, 0, 0);                             /* EINVAL */
	int80(90, 1, 0, 0, 0, 0);                                      /* EFAULT */
	args[0] = 2; args[1] = 1; args[2] = 0;                         /* socketcall: socket(AF_INET, SOCK_STREAM, 0) */
	long s = int80(102, 1, (long)args, 0, 0, 0);
	addr[0] = 2;                                                    /* bind(s, {AF_INET, port 0, 0.0.0.0}, 16) */
	args[0] = s; args[1] = (unsigned)(long)addr; args[2] = 16;
	int80(102, 2, (long)args, 0, 0, 0);
	args[0] = s; args[1] = 1;                                      /* shutdown(s, SHUT_WR): ENOTCONN */
	int80(102, 13, (long)args, 0, 0, 0);
	int80(6, s, 0, 0, 0, 0);
	int80(102, 1, 0, 0, 0, 0);                                     /* EFAULT */
	int80(102, 99, (long)args, 0, 0, 0);                           /* EINVAL */
	int80(117, 2, 0, 1 << 20, 0600 | 01000, 0);                   /* ipc: semget(IPC_PRIVATE, 1048576, IPC_CREAT|0600): EINVAL */
	int80(117, 3, -1, 0, 0, (long)args);                           /* semctl(-1, 0, IPC_RMID, [...]): EINVAL */
	int80(117, 99, 0, 1, 2, 0);                                    /* ENOSYS */
	sigemptyset(&chld);                                            /* no SIGCHLD stops: their order against */
	sigaddset(&chld, SIGCHLD);                                     /* wait4 would depend on scheduling */
	sigprocmask(SIG_BLOCK, &chld, 0);
	in_child(72, 0, 0, 1 << (SIGUSR1 - 1), 1);                     /* sigsuspend([USR1]) until SIGTERM */
	in_child(119, 0, 0, 0, 0);                                     /* sigreturn: SIGSEGV */
	return 0;
}
