/* Queues siginfos of every si_code family strace decodes to itself with rt_tgsigqueueinfo (a process may
 * send itself any si_code) and lets each be delivered: the signal-delivery lines show how strace prints
 * them. The same table is format's siginfo-golden.txt, which holds the lines strace printed. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void on(int sig)
{
}

static const struct {
	int signo, err, code;
	long words[4];                          /* the union, at offset 16 */
} infos[] = {
	{10, 0, -1, {21474837714L, 42L, 0L, 0L}},
	{10, 0, -2, {12884901895L, 85L, 0L, 0L}},
	{10, 0, -2, {7L, 0L, 0L, 0L}},
	{10, 0, -3, {1234L, 9L, 0L, 0L}},
	{10, 0, -5, {1234L, 9L, 0L, 0L}},
	{10, 0, -7, {1234L, 9L, 0L, 0L}},
	{10, 0, -60, {1234L, 9L, 0L, 0L}},
	{10, 0, -100, {1234L, 9L, 0L, 0L}},
	{10, 0, 128, {1234L, 9L, 0L, 0L}},
	{10, 0, 128, {0L, 0L, 0L, 0L}},
	{10, 0, 128, {0L, 9L, 0L, 0L}},
	{10, 0, 128, {5L, 0L, 0L, 0L}},
	{10, 0, 128, {30064771072L, 0L, 0L, 0L}},
	{10, 0, 5, {1234L, 9L, 0L, 0L}},
	{10, 13, 0, {1234L, 9L, 0L, 0L}},
	{10, 0, -1, {1234L, 0L, 0L, 0L}},
	{10, 0, -1, {1234L, -5L, 0L, 0L}},
	{10, 0, -6, {1234L, 0L, 0L, 0L}},
	{11, 0, 1, {0L, 0L, 0L, 0L}},
	{11, 0, 2, {4096L, 0L, 0L, 0L}},
	{11, 0, 128, {0L, 0L, 0L, 0L}},
	{11, 0, 3, {16L, 32L, 48L, 0L}},
	{11, 0, 4, {16L, 0L, 5L, 0L}},
	{11, 0, 9, {16L, 0L, 0L, 0L}},
	{11, 0, 77, {64L, 0L, 0L, 0L}},
	{11, 0, 0, {1234L, 4294967296L, 0L, 0L}},
	{7, 0, 2, {32L, 0L, 0L, 0L}},
	{7, 0, 4, {32L, 3L, 0L, 0L}},
	{4, 0, 8, {48L, 0L, 0L, 0L}},
	{8, 0, 14, {64L, 0L, 0L, 0L}},
	{5, 0, 4, {80L, 0L, 0L, 0L}},
	{29, 0, 6, {65L, 7L, 0L, 0L}},
	{31, 1, 1, {96L, -4611685752139415513L, 0L, 0L}},
	{31, 0, 1, {96L, 4611686031312289812L, 0L, 0L}},
	{31, 0, 1, {96L, 20014547600359L, 0L, 0L}},
	{17, 0, 1, {1234L, 0L, 100L, 200L}},
	{17, 0, 2, {1234L, 9L, 1L, 2L}},
	{17, 0, 2, {1234L, 99L, 1234567L, 5L}},
	{17, 0, 4, {1234L, 5L, 0L, 0L}},
	{17, 0, 77, {1234L, 99L, 1L, 5L}},
	{17, 0, -6, {1234L, 99L, 1L, 5L}},
	{17, 0, 128, {1234L, 99L, 1L, 5L}},
	{36, 0, -1, {1234L, 0L, 0L, 0L}},
	{29, 0, 128, {1234L, 9L, 0L, 0L}},
	{31, 0, 128, {1234L, 9L, 0L, 0L}},
	{29, 0, 77, {1234L, 9L, 0L, 0L}},
	{31, 0, 2, {96L, 9L, 0L, 0L}},
	{10, 999, 0, {1234L, 0L, 0L, 0L}},
	{10, 0, -4, {1234L, 9L, 0L, 0L}},
	{29, 0, -5, {1234L, 9L, 0L, 0L}},
	{7, 0, 5, {32L, 3L, 0L, 0L}},
	{17, 0, 1, {1234L, -3L, 0L, 0L}},
	{17, 0, 3, {1234L, 11L, 7L, 0L}},
	{11, 0, 128, {16L, 0L, 0L, 0L}},
	{5, 0, 128, {0L, 0L, 0L, 0L}},
	{10, 0, -1, {-1L, 0L, 0L, 0L}},
	{17, 0, 0, {1234L, 9L, 0L, 0L}},
	{17, 0, 5, {1234L, 19L, 0L, 0L}},
	{31, 0, 1, {96L, -4611685752139415513L, 0L, 0L}},
	{31, 0, 1, {96L, 4611686031312290816L, 0L, 0L}},
	{10, 0, -1, {0L, 0L, 0L, 0L}},
	{10, 0, 5, {0L, 0L, 0L, 0L}},
	{10, 0, 5, {0L, 9L, 0L, 0L}},
	{10, 0, -6, {1234L, 9L, 0L, 0L}},
	{10, 0, 0, {0L, 0L, 0L, 0L}},
	{10, 0, -100, {0L, 0L, 0L, 0L}},
	{10, 0, -1, {-8589934592L, 0L, 0L, 0L}},
	{11, 0, 1, {16L, 3L, 0L, 0L}},
	{7, 0, 4, {32L, -1L, 0L, 0L}},
	{31, 0, 1, {96L, -4611685752139415101L, 0L, 0L}}
};

int main(void)
{
	for (unsigned i = 0; i < sizeof infos / sizeof infos[0]; i++) {
		struct sigaction sa;
		unsigned char info[128];
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on;
		sigaction(infos[i].signo, &sa, NULL);
		memset(info, 0, sizeof info);
		memcpy(info, &infos[i].signo, 4);
		memcpy(info + 4, &infos[i].err, 4);
		memcpy(info + 8, &infos[i].code, 4);
		memcpy(info + 16, infos[i].words, sizeof infos[i].words);
		syscall(SYS_rt_tgsigqueueinfo, getpid(), gettid(), infos[i].signo, info);
	}
	return 0;
}
