/* Recorder test: openat with a readable path (argv[1]), with a string that runs into an unmapped
 * page ("abc" in the last bytes of a mapping), and with an unmapped pointer. */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long page = sysconf(_SC_PAGESIZE);
	char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED)
		return 1;
	munmap(map + page, page);
	memcpy(map + page - 3, "abc", 3);

	openat(AT_FDCWD, argc > 1 ? argv[1] : "/", O_RDONLY);
	openat(AT_FDCWD, map + page - 3, O_RDONLY);
	openat(AT_FDCWD, map + page, O_RDONLY);
	return 0;
}
