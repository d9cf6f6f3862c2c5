/* Calls whose struct arguments strace decodes beyond a plain address (epoll_wait, process_vm_readv/writev,
 * process_madvise, recvmmsg/sendmmsg, pidfd_send_signal, seccomp, name_to_handle_at/open_by_handle_at,
 * mount_setattr, landlock, futex_waitv, io_uring_enter, fsconfig, syslog), each with a valid argument and a
 * rejected one, through syscall(2). Run it in a scratch directory: it creates and removes jt_misc. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/kexec.h>
#include <linux/landlock.h>
#include <linux/mount.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/quota.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *)1)

static void epoll(void)
{
	int ep = syscall(SYS_epoll_create1, 0);
	int ev = syscall(SYS_eventfd2, 1, 0);
	struct epoll_event e = {.events = EPOLLIN, .data.u64 = 0x1122334455667788ULL};
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, ev, &e);
	struct epoll_event out[4];
	syscall(SYS_epoll_wait, ep, out, 4, 0);
	syscall(SYS_epoll_wait, ep, BAD, 4, 0);
	syscall(SYS_epoll_wait, ep, out, 0, 0);
	close(ev);
	syscall(SYS_epoll_wait, ep, out, 4, 0);
	close(ep);
}

static void vm(void)
{
	char src[16] = "remote-data", dst1[8], dst2[8];
	struct iovec local[2] = {{dst1, 4}, {dst2, 8}};
	struct iovec remote[1] = {{src, 11}};
	pid_t self = getpid();
	syscall(SYS_process_vm_readv, self, local, 2, remote, 1, 0);
	syscall(SYS_process_vm_readv, self, local, 2, remote, 1, 1);
	syscall(SYS_process_vm_readv, self, BAD, 2, remote, 1, 0);
	struct iovec short_remote[2] = {{src, 3}, {BAD, 5}};
	syscall(SYS_process_vm_readv, self, local, 2, short_remote, 2, 0);
	syscall(SYS_process_vm_readv, self, local, 2, remote, 0, 0);
	char msg[] = "written";
	struct iovec wl[1] = {{msg, 7}};
	struct iovec wr[1] = {{dst1, 7}};
	syscall(SYS_process_vm_writev, self, wl, 1, wr, 1, 0);
	syscall(SYS_process_vm_writev, -1, wl, 1, wr, 1, 0);
	int pidfd = syscall(SYS_pidfd_open, self, 0);
	void *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct iovec adv[1] = {{page, 4096}};
	syscall(SYS_process_madvise, pidfd, adv, 1, MADV_COLD, 0);
	syscall(SYS_process_madvise, pidfd, adv, 1, MADV_COLD, 1);
	syscall(SYS_process_madvise, pidfd, BAD, 1, MADV_COLD, 0);
	syscall(SYS_pidfd_send_signal, pidfd, 0, NULL, 0);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = self;
	syscall(SYS_pidfd_send_signal, pidfd, 0, &si, 0);
	syscall(SYS_pidfd_send_signal, pidfd, 0, BAD, 0);
	munmap(page, 4096);
	close(pidfd);
}

static void mmsg(void)
{
	int sv[2];
	syscall(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, sv);
	char a[] = "one", b[] = "two!";
	struct iovec ia = {a, 3}, ib = {b, 4};
	struct mmsghdr m[2];
	memset(m, 0, sizeof m);
	m[0].msg_hdr.msg_iov = &ia;
	m[0].msg_hdr.msg_iovlen = 1;
	m[1].msg_hdr.msg_iov = &ib;
	m[1].msg_hdr.msg_iovlen = 1;
	syscall(SYS_sendmmsg, sv[0], m, 2, 0);
	char r1[8], r2[8];
	struct iovec ra = {r1, 8}, rb = {r2, 8};
	struct mmsghdr rm[3];
	memset(rm, 0, sizeof rm);
	rm[0].msg_hdr.msg_iov = &ra;
	rm[0].msg_hdr.msg_iovlen = 1;
	rm[1].msg_hdr.msg_iov = &rb;
	rm[1].msg_hdr.msg_iovlen = 1;
	rm[2].msg_hdr.msg_iov = &rb;
	rm[2].msg_hdr.msg_iovlen = 1;
	struct timespec t = {0, 1000};
	syscall(SYS_recvmmsg, sv[1], rm, 3, MSG_DONTWAIT, &t);
	syscall(SYS_recvmmsg, sv[1], rm, 3, MSG_DONTWAIT, NULL);
	syscall(SYS_recvmmsg, sv[1], rm, 1, MSG_DONTWAIT, NULL);
	syscall(SYS_sendmmsg, sv[0], m, 0, 0);
	syscall(SYS_recvmmsg, sv[1], rm, 0, MSG_DONTWAIT, NULL);
	syscall(SYS_sendmmsg, -1, m, 2, 0);
	syscall(SYS_sendmmsg, sv[0], BAD, 2, 0);
	syscall(SYS_recvmmsg, sv[1], BAD, 2, MSG_DONTWAIT, NULL);
	close(sv[0]);
	close(sv[1]);
}

static void seccomp(void)
{
	struct sock_filter allow[] = {BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)};
	struct sock_fprog prog = {1, allow};
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, BAD);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, NULL);
	uint32_t action = SECCOMP_RET_LOG;
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
	struct seccomp_notif_sizes sizes;
	syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes);
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, BAD);
	struct sock_filter longer[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 9999, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1),
		BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xff),
		BPF_JUMP(BPF_JMP | BPF_JGT | BPF_X, 0, 2, 3),
		BPF_STMT(BPF_MISC | BPF_TAX, 0),
		BPF_STMT(BPF_RET | BPF_A, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 5),
		BPF_STMT(0xffff, 3), /* no such instruction: the kernel rejects the program */
	};
	struct sock_fprog rejected = {sizeof longer / sizeof longer[0], longer};
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, &rejected);
	rejected.len = 0;
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &rejected);
	action = 0x12345678;
	syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 1, NULL);
	syscall(SYS_seccomp, 7, 0, &action);
}

struct handle128 {
	unsigned int handle_bytes;
	int handle_type;
	unsigned char f_handle[128];
};

static void handles(void)
{
	struct handle128 h = {.handle_bytes = 128};
	int mount_id = 0;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &h, &mount_id, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", BAD, &mount_id, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/nonexistent-jt", &h, &mount_id, 0);
	struct handle128 small = {.handle_bytes = 0};
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &small, &mount_id, 0);
	int fd = syscall(SYS_open_by_handle_at, AT_FDCWD, &h, O_RDONLY);
	if (fd >= 0)
		close(fd);
	syscall(SYS_open_by_handle_at, AT_FDCWD, BAD, O_RDONLY);
}

static void mounts(void)
{
	struct mount_attr ma = {.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID, .attr_clr = MOUNT_ATTR_NODEV,
		.propagation = MS_PRIVATE, .userns_fd = 0};
	syscall(SYS_mount_setattr, -1, "/nonexistent-jt", 0, &ma, sizeof ma);
	syscall(SYS_mount_setattr, AT_FDCWD, "/nonexistent-jt", 0, BAD, sizeof ma);
	syscall(SYS_mount_setattr, AT_FDCWD, "/nonexistent-jt", 0, &ma, 4);
	struct mount_attr odd = {.attr_set = 0x80000000 | MOUNT_ATTR_IDMAP, .propagation = 3, .userns_fd = 5};
	syscall(SYS_mount_setattr, -1, "/nonexistent-jt", 0, &odd, sizeof odd);
	odd.propagation = 0;
	syscall(SYS_mount_setattr, -1, "/nonexistent-jt", 0, &odd, sizeof odd);
	int fs = syscall(SYS_fsopen, "tmpfs", 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "1m", 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, "ro", NULL, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_BINARY, "x", "bin", 3);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_PATH, "source", "/tmp", AT_FDCWD);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FD, "source", NULL, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", BAD, 0);
	syscall(SYS_fsconfig, fs, 99, "k", BAD, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_PATH_EMPTY, "source", "", 5);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FD, "source", NULL, -1);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_BINARY, "x", NULL, 5);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, "ro", "v", 1);
	syscall(SYS_fsconfig, fs, FSCONFIG_CMD_RECONFIGURE, "ro", "v", 1);
	syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	close(fs);
}

static void landlock(void)
{
	struct landlock_ruleset_attr ra = {.handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE};
	syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
	int rs = syscall(SYS_landlock_create_ruleset, &ra, sizeof ra, 0);
	syscall(SYS_landlock_create_ruleset, BAD, sizeof ra, 0);
	struct landlock_ruleset_attr all = {.handled_access_fs = ~0ULL};
	syscall(SYS_landlock_create_ruleset, &all, sizeof all, 0);
	all.handled_access_fs = 0;
	syscall(SYS_landlock_create_ruleset, &all, sizeof all, 0);
	unsigned char bigger[24] = {0};
	int extra = syscall(SYS_landlock_create_ruleset, bigger, sizeof bigger, 0);
	syscall(SYS_landlock_create_ruleset, &ra, 4, 0);
	int dir = open(".", O_PATH);
	struct landlock_path_beneath_attr pb = {.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE, .parent_fd = dir};
	syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, &pb, 0);
	syscall(SYS_landlock_add_rule, rs, LANDLOCK_RULE_PATH_BENEATH, BAD, 0);
	syscall(SYS_landlock_add_rule, rs, 7, &pb, 0);
	struct landlock_path_beneath_attr unknown = {.allowed_access = 0x8000, .parent_fd = -1};
	syscall(SYS_landlock_add_rule, -1, LANDLOCK_RULE_PATH_BENEATH, &unknown, 0);
	close(dir);
	if (extra >= 0)
		close(extra);
	close(rs);
}

static void futexes(void)
{
	static uint32_t f1 = 1, f2 = 2;
	struct futex_waitv w[2] = {{.val = 0, .uaddr = (uintptr_t)&f1, .flags = 2 | 128},
				   {.val = 2, .uaddr = (uintptr_t)&f2, .flags = 2}};
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	syscall(SYS_futex_waitv, w, 2, 0, NULL, CLOCK_MONOTONIC);
	syscall(SYS_futex_waitv, BAD, 2, 0, NULL, CLOCK_MONOTONIC);
	syscall(SYS_futex_waitv, w, 2, 1, NULL, CLOCK_MONOTONIC);
	struct futex_waitv odd[2] = {{.val = -1ULL, .uaddr = 0, .flags = 0x105}, {.uaddr = 1, .flags = 3, .__reserved = 7}};
	syscall(SYS_futex_waitv, odd, 2, 0, NULL, CLOCK_REALTIME);
	syscall(SYS_futex_waitv, w, 0, 0, NULL, CLOCK_REALTIME);
}

static void uring(void)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	syscall(SYS_io_uring_enter, -1, 0, 0, 0, &s, 8);
	syscall(SYS_io_uring_enter, -1, 0, 0, 0, BAD, 8);
	syscall(SYS_io_uring_enter, -1, 0, 0, 0, &s, 4);
	sigfillset(&s);
	syscall(SYS_io_uring_enter, -1, 0, 0, 0, &s, 8);
	syscall(SYS_io_uring_enter, -1, 0, 0, 0, NULL, 8);
}

static void logs(void)
{
	char buf[64];
	syscall(SYS_syslog, 10, NULL, 0);
	syscall(SYS_syslog, 3, buf, -1);
	syscall(SYS_syslog, 3, buf, 0);
	syscall(SYS_syslog, 3, BAD, 16);
	syscall(SYS_syslog, 3, NULL, 0);
	syscall(SYS_syslog, 4, NULL, -3);
	syscall(SYS_syslog, 8, NULL, 9); /* an invalid level: a valid one would change the console's */
	syscall(SYS_syslog, 11, buf, -3);
	syscall(SYS_syslog, -1, buf, 5);
}

/* Rejected quota commands (no such file, no quota on the root file system) and kexec_load with an unknown
 * architecture in its flags, so that nothing is loaded. */
static void quotas(void)
{
	uint64_t q[16];
	for (int i = 0; i < 16; i++)
		q[i] = i + 1;
	syscall(SYS_quotactl, QCMD(Q_SETINFO, GRPQUOTA), "/nonexistent-jt", 5, q);
	syscall(SYS_quotactl, QCMD(Q_SETQUOTA, USRQUOTA), "/nonexistent-jt", 7, q);
	syscall(SYS_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), "/", 0, q);
	syscall(SYS_quotactl, QCMD(Q_GETINFO, USRQUOTA), "/", 0, q);
	syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), "/", 0, q);
	syscall(SYS_quotactl, QCMD(Q_GETNEXTQUOTA, USRQUOTA), "/nonexistent-jt", 7, q);
	syscall(SYS_quotactl, QCMD(Q_QUOTAOFF, PRJQUOTA), "/nonexistent-jt", 7, q);
	syscall(SYS_quotactl, QCMD(Q_QUOTAON, USRQUOTA), "/nonexistent-jt", QFMT_VFS_V1, "/x");
	syscall(SYS_quotactl, QCMD(Q_QUOTAON, USRQUOTA), "/nonexistent-jt", 77, "/x");
	syscall(SYS_quotactl, QCMD(Q_SYNC, USRQUOTA), "/nonexistent-jt", 7, q);
	syscall(SYS_quotactl, QCMD(0x5a5a, 3), "/nonexistent-jt", 7, q);
	syscall(SYS_quotactl_fd, -1, QCMD(Q_SETQUOTA, USRQUOTA), 7, q);
	syscall(SYS_quotactl_fd, -1, QCMD(Q_GETFMT, USRQUOTA), 7, q);
	syscall(SYS_quotactl_fd, -1, QCMD(Q_SYNC, USRQUOTA), 7, q);
	char image[16] = "not an image";
	struct kexec_segment seg[2] = {{image, sizeof image, (void *)0x100000, 4096}, {NULL, 0, (void *)0x200000, 4096}};
	syscall(SYS_kexec_load, 0x100000, 2, seg, 0xdead0000);
	syscall(SYS_kexec_load, 0x100000, 2, BAD, 0xdead0000);
	syscall(SYS_kexec_load, 0x100000, 0, NULL, 0xdead0000);
}

int main(void)
{
	int fd = open("jt_misc", O_CREAT | O_WRONLY, 0600);
	close(fd);
	epoll();
	vm();
	mmsg();
	handles();
	mounts();
	landlock();
	futexes();
	uring();
	logs();
	quotas();
	seccomp();
	unlink("jt_misc");
	return 0;
}
