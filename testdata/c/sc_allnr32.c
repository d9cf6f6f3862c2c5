/* Calls (almost) every i386 syscall number with all-zero arguments through int $0x80 from a
 * 64-bit process (the ia32 compat ABI), so that strace's naming and decoding of i386 calls can be
 * observed without 32-bit libraries. Numbers that would block, end the process or change its
 * state irreversibly are skipped. */
#include <stdio.h>

static long int80(long nr)
{
	long ret;
	/* the sixth argument is %ebp: zero it too (stepping over the red zone before pushing) */
	__asm__ volatile("sub $128, %%rsp\n\tpush %%rbp\n\txor %%ebp, %%ebp\n\tint $0x80\n\tpop %%rbp\n\tadd $128, %%rsp"
			 : "=a"(ret) : "a"(nr), "b"(0), "c"(0), "d"(0), "S"(0), "D"(0) : "memory");
	return ret;
}

static int skipped(long nr)
{
	/* i386 numbers: exit, fork, pause, kill-family, signal state, ids, clocks, blocking calls ... */
	static const long skip[] = {
		0, 1, 2, 6, 11, 23, 29, 36, 37, 46, 51, 57, 66, 70, 71, 72, 79, 87, 88,
		101, 103, 110, 111, 115, 119, 120, 121, 124, 126, 136, 138, 139, 142, 164, 170, 173, 174,
		175, 179, 186, 190, 203, 204, 208, 210, 213, 214, 215, 216, 238, 243, 252, 258, 270, 283,
		308, 309, 310, 327, 343, 354, 361, 374, 375, 378, 383, 385, 397, 405, 412, 413, 414, 424,
		435, 436, 437, 438, 446, 447, 448,
	};
	for (unsigned i = 0; i < sizeof skip / sizeof skip[0]; i++)
		if (skip[i] == nr)
			return 1;
	return 0;
}

int main(void)
{
	for (long nr = 0; nr < 451; nr++)
		if (!skipped(nr))
			int80(nr);
	return 0;
}
