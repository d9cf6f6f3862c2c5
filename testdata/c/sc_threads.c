/* A thread (clone3 with CLONE_THREAD), a child process, and messages with SCM_RIGHTS over a
 * socketpair: for comparing jtrace's decoding of clone3, wait4 and sendmsg/recvmsg with strace's. */
#define _GNU_SOURCE
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static void *worker(void *arg)
{
	return arg;
}

int main(void)
{
	pthread_t t;
	pthread_create(&t, NULL, worker, NULL);
	pthread_join(t, NULL);
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	char data[] = "hello";
	struct iovec iov = {data, 5};
	char cbuf[CMSG_SPACE(sizeof(int))];
	memset(cbuf, 0, sizeof cbuf);
	struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf};
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &sv[0], sizeof(int));
	sendmsg(sv[0], &msg, 0);
	char in[16];
	struct iovec riov = {in, sizeof in};
	char rcbuf[64];
	struct msghdr rmsg = {.msg_iov = &riov, .msg_iovlen = 1, .msg_control = rcbuf, .msg_controllen = sizeof rcbuf};
	recvmsg(sv[1], &rmsg, 0);
	struct msghdr plain = {.msg_iov = &iov, .msg_iovlen = 1};
	sendmsg(sv[0], &plain, MSG_DONTWAIT);
	pid_t pid = fork();
	if (pid == 0)
		_exit(3);
	int status;
	waitpid(pid, &status, 0);
	return 0;
}
