/* Replay/diff test: a deterministic file-heavy workload inside the directory argv[1] (relative paths
 * only): creates a directory and files, writes, reads back, renames, links and deletes them, and writes
 * "done" to stdout. rp_files_variant.c builds it with RP_VARIANT 1: it writes other bytes to the second file. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef RP_VARIANT
#define RP_VARIANT 0
#endif

int main(int argc, char **argv)
{
	int variant = RP_VARIANT;
	char buf[64];
	struct stat st;
	ssize_t n;
	int fd;

	if (argc > 1 && chdir(argv[1]) != 0)
		return 1;
	mkdir("d", 0755);
	fd = open("d/a.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	write(fd, "hello, replay\n", 14);
	close(fd);

	fd = open("d/a.txt", O_RDONLY);
	n = read(fd, buf, sizeof buf);
	fstat(fd, &st);
	close(fd);

	rename("d/a.txt", "d/b.txt");
	fd = openat(AT_FDCWD, "d/c.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
	write(fd, variant ? "other bytes\n" : buf, variant ? 12 : n);
	lseek(fd, 0, SEEK_SET);
	n = read(fd, buf, sizeof buf);
	ftruncate(fd, 4);
	fsync(fd);
	close(fd);

	link("d/b.txt", "d/e.txt");
	symlink("b.txt", "d/s.txt");
	stat("d/s.txt", &st);
	open("d/missing.txt", O_RDONLY);
	unlink("d/s.txt");
	unlink("d/e.txt");
	unlink("d/b.txt");
	unlink("d/c.txt");
	rmdir("d");
	write(1, "done\n", 5);
	return 0;
}
