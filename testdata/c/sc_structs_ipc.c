/* SysV IPC and POSIX message queue calls whose arguments are structs, with valid and invalid arguments: for
 * comparing jtrace's struct decoding with strace's. Made through syscall(2) so that each call is exactly one
 * syscall with the arguments written here. It first moves into a new IPC namespace (when it may), so that the
 * identifiers the kernel hands out are the same on every run; it removes every object it creates. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/mqueue.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *) 8)

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
	struct seminfo *info;
};

static void sem(void)
{
	int id = syscall(SYS_semget, IPC_PRIVATE, 2, IPC_CREAT | 0600);
	struct sembuf ops[2] = {{0, 1, SEM_UNDO}, {1, 2, IPC_NOWAIT}};
	syscall(SYS_semop, id, ops, 1);
	syscall(SYS_semop, id, ops, 2);
	struct sembuf wait0 = {0, -5, IPC_NOWAIT};
	syscall(SYS_semop, id, &wait0, 1);
	syscall(SYS_semop, id, BAD, 1);
	syscall(SYS_semop, -1, ops, 1);
	struct timespec ts = {0, 1000};
	syscall(SYS_semtimedop, id, &wait0, 1, &ts);
	syscall(SYS_semtimedop, id, ops, 1, NULL);

	unsigned short vals[2] = {3, 4};
	union semun a = {.array = vals};
	syscall(SYS_semctl, id, 0, SETALL, a.array);
	unsigned short got[2];
	syscall(SYS_semctl, id, 0, GETALL, got);
	syscall(SYS_semctl, id, 0, GETALL, BAD);
	syscall(SYS_semctl, id, 1, GETVAL, NULL);
	syscall(SYS_semctl, id, 1, SETVAL, 7);
	syscall(SYS_semctl, id, 0, GETPID, NULL);
	syscall(SYS_semctl, id, 0, GETNCNT, NULL);
	syscall(SYS_semctl, id, 0, GETZCNT, NULL);
	struct semid_ds ds;
	syscall(SYS_semctl, id, 0, IPC_STAT, &ds);
	syscall(SYS_semctl, id, 0, IPC_STAT, BAD);
	ds.sem_perm.mode = 0640;
	syscall(SYS_semctl, id, 0, IPC_SET, &ds);
	struct seminfo si;
	syscall(SYS_semctl, 0, 0, IPC_INFO, &si);
	syscall(SYS_semctl, 0, 0, SEM_INFO, &si);
	syscall(SYS_semctl, id, 0, 0x77, NULL);
	syscall(SYS_semctl, id, 0, IPC_RMID, NULL);
	syscall(SYS_semctl, id, 0, IPC_STAT, &ds);
}

static void shm(void)
{
	int id = syscall(SYS_shmget, IPC_PRIVATE, 4096, IPC_CREAT | 0600);
	struct shmid_ds ds;
	syscall(SYS_shmctl, id, IPC_STAT, &ds);
	syscall(SYS_shmctl, id, IPC_STAT, BAD);
	syscall(SYS_shmctl, id, IPC_STAT, NULL);
	ds.shm_perm.mode = 0640;
	syscall(SYS_shmctl, id, IPC_SET, &ds);
	syscall(SYS_shmctl, id, IPC_SET, BAD);
	struct shminfo info;
	syscall(SYS_shmctl, 0, IPC_INFO, &info);
	struct shm_info sinfo;
	syscall(SYS_shmctl, 0, SHM_INFO, &sinfo);
	syscall(SYS_shmctl, id, SHM_LOCK, NULL);
	syscall(SYS_shmctl, id, SHM_UNLOCK, NULL);
	syscall(SYS_shmctl, id, IPC_RMID, NULL);
	syscall(SYS_shmctl, -1, IPC_STAT, &ds);
}

struct msg {
	long mtype;
	char mtext[16];
};

static void msg(void)
{
	int id = syscall(SYS_msgget, IPC_PRIVATE, IPC_CREAT | 0600);
	struct msg m = {1, "hello"};
	syscall(SYS_msgsnd, id, &m, 5, 0);
	struct msg bin = {2, "a\0b\n"};
	syscall(SYS_msgsnd, id, &bin, 4, IPC_NOWAIT);
	syscall(SYS_msgsnd, id, BAD, 5, 0);
	syscall(SYS_msgsnd, -1, &m, 5, 0);
	struct msqid_ds ds;
	syscall(SYS_msgctl, id, IPC_STAT, &ds);
	syscall(SYS_msgctl, id, IPC_STAT, BAD);
	ds.msg_qbytes = 8192;
	syscall(SYS_msgctl, id, IPC_SET, &ds);
	struct msginfo info;
	syscall(SYS_msgctl, 0, IPC_INFO, &info);
	syscall(SYS_msgctl, 0, MSG_INFO, &info);
	struct msg r;
	memset(&r, 0, sizeof r);
	syscall(SYS_msgrcv, id, &r, sizeof r.mtext, 0, 0);
	syscall(SYS_msgrcv, id, &r, 2, 2, IPC_NOWAIT | MSG_NOERROR);
	syscall(SYS_msgrcv, id, &r, sizeof r.mtext, 0, IPC_NOWAIT);
	syscall(SYS_msgrcv, id, BAD, sizeof r.mtext, 0, IPC_NOWAIT);
	syscall(SYS_msgctl, id, IPC_RMID, NULL);
	syscall(SYS_msgctl, id, IPC_STAT, &ds);
}

static void mq(void)
{
	struct mq_attr attr = {.mq_maxmsg = 4, .mq_msgsize = 64};
	syscall(SYS_mq_unlink, "jt_mq");
	int q = syscall(SYS_mq_open, "jt_mq", O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	syscall(SYS_mq_open, "jt_mq2", O_CREAT | O_RDWR, 0600, BAD);
	struct mq_attr big = {.mq_maxmsg = -1, .mq_msgsize = 64};
	syscall(SYS_mq_open, "jt_mq2", O_CREAT | O_RDWR, 0600, &big);
	struct timespec ts = {0, 0};
	syscall(SYS_mq_timedsend, q, "hello", 5, 3, &ts);
	struct mq_attr old, nonblock = {.mq_flags = O_NONBLOCK};
	syscall(SYS_mq_getsetattr, q, NULL, &old);
	syscall(SYS_mq_getsetattr, q, &nonblock, &old);
	syscall(SYS_mq_getsetattr, q, &attr, NULL);
	syscall(SYS_mq_getsetattr, q, BAD, NULL);
	syscall(SYS_mq_getsetattr, q, NULL, BAD);
	syscall(SYS_mq_getsetattr, -1, NULL, &old);
	char buf[64];
	unsigned prio;
	syscall(SYS_mq_timedreceive, q, buf, sizeof buf, &prio, &ts);
	syscall(SYS_mq_timedreceive, q, buf, sizeof buf, &prio, &ts);
	struct sigevent sev = {.sigev_notify = SIGEV_NONE};
	syscall(SYS_mq_notify, q, &sev);
	syscall(SYS_mq_notify, q, NULL);
	syscall(SYS_mq_notify, q, BAD);
	close(q);
	syscall(SYS_mq_unlink, "jt_mq");
}

int main(void)
{
	syscall(SYS_unshare, CLONE_NEWIPC);
	sem();
	shm();
	msg();
	mq();
	return 0;
}
