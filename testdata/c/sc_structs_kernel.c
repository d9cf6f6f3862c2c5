/* Kernel-interface structs strace decodes: io_uring_params, perf_event_attr, user_desc (LDT / TLS), NUMA node
 * masks and move_pages arrays, Linux AIO iocbs and io_events, mount's type and data, kexec_load's segments. Each
 * call is made with valid and invalid arguments through syscall(2); everything printed is the same from run to run. */
#define _GNU_SOURCE
#include <asm/ldt.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/hw_breakpoint.h>
#include <linux/io_uring.h>
#include <linux/kexec.h>
#include <linux/perf_event.h>
#include <poll.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void uring(void)
{
	struct io_uring_params p;
	memset(&p, 0, sizeof p);
	int fd = syscall(SYS_io_uring_setup, 1, &p);
	close(fd);
	memset(&p, 0, sizeof p);
	p.flags = IORING_SETUP_CQSIZE | IORING_SETUP_CLAMP;
	p.cq_entries = 8;
	fd = syscall(SYS_io_uring_setup, 2, &p);
	close(fd);
	syscall(SYS_io_uring_setup, 1, NULL);
	syscall(SYS_io_uring_setup, 1, (void *)8);
	memset(&p, 0, sizeof p);
	p.flags = 0x3fff;
	p.sq_thread_cpu = 3;
	p.sq_thread_idle = 10;
	p.wq_fd = 5;
	syscall(SYS_io_uring_setup, 0, &p);
	memset(&p, 0, sizeof p);
	p.flags = 0xffffc000u;
	p.resv[1] = 5;
	syscall(SYS_io_uring_setup, 0, &p);
}

static struct perf_event_attr a;

static void perf_open(void *attr, int pid, int cpu)
{
	int fd = syscall(SYS_perf_event_open, attr, pid, cpu, -1, PERF_FLAG_FD_CLOEXEC);
	if (fd >= 0)
		close(fd);
}

static void perf(char *page_end)
{
	memset(&a, 0, sizeof a);
	a.type = PERF_TYPE_SOFTWARE;
	a.size = sizeof a;
	a.config = PERF_COUNT_SW_TASK_CLOCK;
	a.disabled = 1;
	a.exclude_kernel = 1;
	a.exclude_hv = 1;
	a.wakeup_events = 5;
	a.sig_data = 9;
	perf_open(&a, 0, -1);
	memset(&a, 0, sizeof a);
	a.type = PERF_TYPE_HARDWARE;
	a.size = PERF_ATTR_SIZE_VER5;
	a.config = PERF_COUNT_HW_INSTRUCTIONS | 3ULL << 32;
	a.sample_period = 1000;
	a.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID | PERF_SAMPLE_BRANCH_STACK | PERF_SAMPLE_STACK_USER;
	a.branch_sample_type = PERF_SAMPLE_BRANCH_ANY;
	a.sample_stack_user = 4096;
	a.read_format = PERF_FORMAT_ID | PERF_FORMAT_GROUP;
	a.precise_ip = 2;
	a.mmap_data = 1;
	a.use_clockid = 1;
	a.clockid = CLOCK_MONOTONIC;
	perf_open(&a, 0, -1);
	memset(&a, 0, sizeof a);
	a.type = PERF_TYPE_TRACEPOINT;
	a.size = 0;
	a.config = 1;
	a.freq = 1;
	a.sample_freq = 4000;
	a.watermark = 1;
	a.wakeup_watermark = 77;
	perf_open(&a, -1, 0);
	memset(&a, 0, sizeof a);
	a.type = PERF_TYPE_HW_CACHE;
	a.size = 73;
	a.config = PERF_COUNT_HW_CACHE_L1D | PERF_COUNT_HW_CACHE_OP_READ << 8 | PERF_COUNT_HW_CACHE_RESULT_MISS << 16;
	a.inherit = 1;
	a.sigtrap = 1;
	a.__reserved_1 = 3;
	perf_open(&a, 0, -1);
	memset(&a, 0, sizeof a);
	a.type = PERF_TYPE_BREAKPOINT;
	a.size = sizeof a;
	a.bp_type = HW_BREAKPOINT_RW;
	a.bp_addr = 0x1000;
	a.bp_len = 8;
	a.__reserved_2 = 5;
	a.__reserved_3 = 7;
	perf_open(&a, 0, -1);
	memset(&a, 0, sizeof a);
	a.type = 77;
	a.size = 200;
	a.config = 0x1234;
	a.config1 = 1;
	perf_open(&a, 0, -1);
	memset(&a, 0, sizeof a);
	a.type = PERF_TYPE_SOFTWARE;
	a.size = 16;
	perf_open(&a, 0, -1);
	perf_open(NULL, 0, -1);
	perf_open((void *)8, 0, -1);
	struct perf_event_attr *tail = (void *)(page_end - 64);
	memset(tail, 0, 64);
	tail->type = PERF_TYPE_SOFTWARE;
	tail->size = 64;
	tail->config = PERF_COUNT_SW_DUMMY;
	perf_open(tail, 0, -1);
	tail->size = 72;
	perf_open(tail, 0, -1);
	perf_open(page_end - 8, 0, -1);
	/* without -v strace reads the attr only up to its bit-flags (48 bytes) */
	for (int head = 48; head >= 47; head--) {
		tail = (void *)(page_end - head);
		memset(tail, 0, head);
		tail->type = PERF_TYPE_SOFTWARE;
		tail->size = 72;
		perf_open(tail, 0, -1);
	}
}

static void ldt(void)
{
	struct user_desc d;
	memset(&d, 0, sizeof d);
	d.entry_number = -1;
	d.base_addr = 0x1000;
	d.limit = 0xfff;
	d.seg_32bit = 1;
	d.limit_in_pages = 1;
	d.useable = 1;
	syscall(SYS_set_thread_area, &d);
	syscall(SYS_set_thread_area, (void *)8);
	d.entry_number = 12;
	syscall(SYS_get_thread_area, &d);
	syscall(SYS_get_thread_area, NULL);
	struct user_desc out;
	memset(&out, 0, sizeof out);
	syscall(SYS_modify_ldt, 0, &out, sizeof out);
	d.entry_number = 0;
	syscall(SYS_modify_ldt, 1, &d, sizeof d);
	d.entry_number = 1;
	d.contents = 2;
	d.read_exec_only = 1;
	syscall(SYS_modify_ldt, 0x11, &d, sizeof d);
	syscall(SYS_modify_ldt, 1, &d, 8);
	syscall(SYS_modify_ldt, 1, NULL, sizeof d);
}

static void numa(char *page)
{
	unsigned long mask = 1, masks[3] = {5, 0, 0x80};
	int mode;
	syscall(SYS_set_mempolicy, 2 /* MPOL_BIND */, &mask, 64);
	syscall(SYS_get_mempolicy, &mode, masks, 130, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, masks, 1, NULL, 0);
	syscall(SYS_get_mempolicy, NULL, NULL, 0, NULL, 0);
	syscall(SYS_set_mempolicy, 0, NULL, 0);
	syscall(SYS_set_mempolicy, 2, masks, 0);
	syscall(SYS_set_mempolicy, 2, (void *)8, 64);
	syscall(SYS_mbind, page, 4096, 2, masks, 66, 0);
	syscall(SYS_mbind, page, 4096, 1, masks, 130, 0);
	syscall(SYS_migrate_pages, 0, 64, &mask, &mask);
	syscall(SYS_migrate_pages, 0, 64, NULL, &mask);
	void *pages[2] = {page, (void *)0x1000};
	int nodes[2] = {0, 0}, status[2] = {-1, -1};
	syscall(SYS_move_pages, 0, 2, pages, NULL, status, 0);
	syscall(SYS_move_pages, 0, 2, pages, nodes, status, 0);
	syscall(SYS_move_pages, 0, 1, pages + 1, nodes, status, 0);
	syscall(SYS_move_pages, 0, 0, NULL, NULL, NULL, 0);
}

/* iocb fields strace shows only for some commands: key, rw_flags, an I/O priority, an eventfd to notify */
static void submit_variants(aio_context_t ctx, int fd)
{
	struct iocb cbs[6];
	memset(cbs, 0, sizeof cbs);
	cbs[0].aio_lio_opcode = IOCB_CMD_PREAD;
	cbs[0].aio_key = 3;
	cbs[0].aio_rw_flags = RWF_DSYNC;
	cbs[0].aio_flags = IOCB_FLAG_RESFD;
	cbs[0].aio_resfd = 99;
	cbs[0].aio_reserved2 = 5;
	cbs[1].aio_lio_opcode = IOCB_CMD_FSYNC;
	cbs[1].aio_flags = IOCB_FLAG_IOPRIO;
	cbs[1].aio_resfd = 7;
	cbs[1].aio_buf = 1;
	cbs[2].aio_lio_opcode = IOCB_CMD_POLL;
	cbs[2].aio_fildes = fd;
	cbs[2].aio_buf = POLLIN;
	cbs[2].aio_resfd = 7;
	cbs[3].aio_lio_opcode = 99;
	cbs[3].aio_buf = 1;
	cbs[3].aio_nbytes = 5;
	cbs[4].aio_lio_opcode = IOCB_CMD_PWRITE;
	cbs[4].aio_fildes = 1;
	cbs[4].aio_buf = (uintptr_t) "hello world";
	cbs[4].aio_nbytes = 11;
	cbs[4].aio_flags = IOCB_FLAG_RESFD;
	cbs[4].aio_resfd = 1;
	cbs[5].aio_lio_opcode = IOCB_CMD_PWRITE;
	cbs[5].aio_fildes = -1;
	cbs[5].aio_buf = 8;
	cbs[5].aio_nbytes = 11;
	for (int i = 0; i < 6; i++) {
		struct iocb *p = &cbs[i];
		syscall(SYS_io_submit, ctx, 1, &p);
	}
}

static void aio(void)
{
	aio_context_t ctx = 0;
	syscall(SYS_io_setup, 4, &ctx);
	int fd = open("/etc/hostname", O_RDONLY);
	char buf[4];
	struct iocb rd, wr, sync;
	memset(&rd, 0, sizeof rd);
	rd.aio_data = 0x1234;
	rd.aio_lio_opcode = IOCB_CMD_PREAD;
	rd.aio_fildes = fd;
	rd.aio_buf = (uintptr_t)buf;
	rd.aio_nbytes = sizeof buf;
	memset(&wr, 0, sizeof wr);
	wr.aio_lio_opcode = IOCB_CMD_PWRITE;
	wr.aio_fildes = 1;
	wr.aio_buf = (uintptr_t) "";
	wr.aio_nbytes = 0;
	wr.aio_reqprio = 1;
	memset(&sync, 0, sizeof sync);
	sync.aio_lio_opcode = IOCB_CMD_FSYNC;
	sync.aio_fildes = fd;
	sync.aio_flags = IOCB_FLAG_RESFD;
	sync.aio_resfd = 99;
	struct iocb *cbs[3] = {&rd, &wr, &sync};
	syscall(SYS_io_submit, ctx, 1, cbs);
	struct io_event ev[2];
	struct timespec ts = {0, 0};
	syscall(SYS_io_getevents, ctx, 1, 2, ev, NULL);
	syscall(SYS_io_submit, ctx, 2, cbs + 1);
	syscall(SYS_io_getevents, ctx, 0, 2, ev, &ts);
	syscall(SYS_io_cancel, ctx, &rd, ev);
	syscall(SYS_io_submit, ctx, 1, NULL);
	syscall(SYS_io_submit, ctx, -1L, cbs);
	struct iocb *bad[1] = {(void *)8};
	syscall(SYS_io_submit, ctx, 1, bad);
	syscall(SYS_io_getevents, ctx, 0, 1, ev, &ts);
	syscall(SYS_io_getevents, 0, 0, 1, ev, NULL);
	submit_variants(ctx, fd);
	syscall(SYS_io_cancel, ctx, &rd, NULL);
	syscall(SYS_io_cancel, ctx, NULL, NULL);
	syscall(SYS_io_submit, ctx, 0, cbs);
	syscall(SYS_io_destroy, ctx);
	syscall(SYS_io_destroy, 0);
	syscall(SYS_io_setup, 4, NULL);
	close(fd);
}

static void mounts(void)
{
	syscall(SYS_mount, "none", "/nonexistent", "tmpfs", 0, "size=1M");
	syscall(SYS_mount, "none", "/nonexistent", "ext4", MS_BIND, "data");
	syscall(SYS_mount, "none", "/nonexistent", NULL, MS_MOVE, "data");
	syscall(SYS_mount, "none", "/nonexistent", "x", MS_REMOUNT | MS_BIND, "data");
	syscall(SYS_mount, "none", "/nonexistent", "x", MS_SHARED, "data");
	syscall(SYS_mount, "none", "/nonexistent", "x", 0, NULL);
}

static void kexec(void)
{
	static struct kexec_segment seg[17] = {{(void *)0x1000, 16, (void *)0x100000, 4096}};
	syscall(SYS_kexec_load, 0x100000, 2, seg, 0);
	syscall(SYS_kexec_load, 0, 17, seg, 0);
	syscall(SYS_kexec_load, 0, 0, seg, 0);
	syscall(SYS_kexec_load, 0, 1, (void *)8, 0);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + 4096, 4096);
	uring();
	perf(page + 4096);
	ldt();
	numa(page);
	aio();
	mounts();
	kexec();
	return 0;
}
