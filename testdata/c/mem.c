/* Memory-management syscalls: mmap/mprotect/madvise/mremap/munmap/brk/mlock/msync. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	long page = 4096;
	char *m = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mmap(NULL, page, PROT_READ, MAP_PRIVATE, 999, 0);              /* EBADF */
	mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);  /* EINVAL */
	m[0] = 1;
	mprotect(m, page, PROT_READ);
	mprotect(m + 1, page, PROT_READ);                              /* EINVAL: unaligned */
	madvise(m, 2 * page, MADV_DONTNEED);
	madvise(m, page, 12345);                                       /* EINVAL */
	mlock(m + page, page);
	munlock(m + page, page);
	msync(m, page, MS_SYNC);
	msync(m, page, MS_SYNC | MS_ASYNC);                            /* EINVAL */
	mprotect(m, page, PROT_READ | PROT_WRITE);                     /* one mapping again, so it can move whole */
	char *r = mremap(m, 4 * page, 8 * page, MREMAP_MAYMOVE);
	mremap(r, page, 2 * page, 0x100);                              /* EINVAL */
	munmap(r, 8 * page);
	munmap(r + 1, page);                                           /* EINVAL */
	void *cur = (void *)syscall(SYS_brk, 0);
	syscall(SYS_brk, (char *)cur + 2 * page);
	syscall(SYS_brk, cur);
	write(1, "mem ok\n", 7);
	return 0;
}
