/* Rare calls whose memory strace decodes, or prints as an address on purpose: ustat (an address even on
 * success), _sysctl (struct __sysctl_args; the kernel no longer has the call), io_pgetevents' signal set
 * argument, lookup_dcookie (removed from the kernel: the buffer prints as its address), io_uring_register's
 * argument per opcode. */
#define _GNU_SOURCE
#include <string.h>
#include <linux/io_uring.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
	char buf[64];
	struct stat st;
	int name[2] = {1, 1};
	long sysctl_args[10];
	struct { const void *sigmask; unsigned long sigsetsize; } usig = {NULL, 8};

	memset(buf, 0, sizeof buf);
	if (stat("/", &st) == 0)
		syscall(SYS_ustat, st.st_dev, buf);
	syscall(SYS_ustat, 0, buf);

	memset(sysctl_args, 0, sizeof sysctl_args);
	sysctl_args[0] = (long) name;
	sysctl_args[1] = 2;
	syscall(SYS__sysctl, sysctl_args);
	syscall(SYS__sysctl, NULL);
	syscall(SYS__sysctl, 8);

	syscall(SYS_io_pgetevents, 0, 0, 0, NULL, NULL, NULL);
	syscall(SYS_io_pgetevents, 0, 0, 0, NULL, NULL, &usig);
	syscall(SYS_io_pgetevents, 0, 0, 0, NULL, NULL, 8);

	syscall(SYS_lookup_dcookie, 1, buf, sizeof buf);

	struct io_uring_params params;
	memset(&params, 0, sizeof params);
	int ring = syscall(SYS_io_uring_setup, 4, &params);
	int fds[2] = {0, 1};
	int eventfd = 1;
	struct iovec iov = {buf, 16};
	syscall(SYS_io_uring_register, ring, IORING_REGISTER_FILES, fds, 2);
	syscall(SYS_io_uring_register, ring, IORING_UNREGISTER_FILES, NULL, 0);
	syscall(SYS_io_uring_register, ring, IORING_REGISTER_BUFFERS, &iov, 1);
	syscall(SYS_io_uring_register, ring, IORING_REGISTER_EVENTFD, &eventfd, 1);
	syscall(SYS_io_uring_register, ring, 99, fds, 2);
	syscall(SYS_io_uring_register, -1, IORING_REGISTER_FILES, fds, 2);
	syscall(SYS_io_uring_register, ring, IORING_REGISTER_FILES, 8, 2);
	if (ring >= 0)
		close(ring);
	return 0;
}
