/* File-system syscalls with valid and invalid arguments, inside a scratch directory (argv[1], default
 * jtrace-testdata-files in the current directory, so that parallel test runs in distinct directories do not
 * collide) that is created and removed again. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BAD ((void *)1)

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "jtrace-testdata-files";
	char buf[256];
	struct stat st;
	struct statx stx;

	int top = open(".", O_RDONLY | O_DIRECTORY);
	mkdir(dir, 0755);
	mkdir(dir, 0755);                        /* EEXIST */
	mkdir(BAD, 0755);                        /* EFAULT */
	if (chdir(dir) != 0)
		return 1;

	int fd = openat(AT_FDCWD, "a.txt", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	openat(AT_FDCWD, "missing/b.txt", O_RDONLY);    /* ENOENT */
	openat(AT_FDCWD, BAD, O_RDONLY);                 /* EFAULT */
	openat(999, "a.txt", O_RDONLY);                  /* EBADF */
	write(fd, "hello, world\n", 13);
	write(fd, BAD, 4);                               /* EFAULT */
	write(999, "x", 1);                              /* EBADF */
	lseek(fd, 0, SEEK_SET);
	lseek(fd, 0, 42);                                /* EINVAL */
	read(fd, buf, sizeof buf);
	read(fd, BAD, 4);                                /* reads 0 bytes at EOF: no fault */
	lseek(fd, 0, SEEK_SET);
	read(fd, BAD, 4);                                /* EFAULT */
	pwrite(fd, "HELLO", 5, 0);
	pread(fd, buf, 5, 7);
	pread(fd, buf, 5, -1);                           /* EINVAL */
	fstat(fd, &st);
	fstat(999, &st);                                 /* EBADF */
	syscall(SYS_fstat, fd, &st);                     /* glibc's fstat is newfstatat now */
	syscall(SYS_stat, "a.txt", &st);
	syscall(SYS_lstat, "nope", &st);                /* ENOENT */
	fstatat(AT_FDCWD, "a.txt", &st, 0);
	fstatat(AT_FDCWD, "nope", &st, AT_SYMLINK_NOFOLLOW); /* ENOENT */
	statx(AT_FDCWD, "a.txt", 0, STATX_SIZE | STATX_MODE, &stx);
	statx(AT_FDCWD, "a.txt", 0x40000000, STATX_SIZE, &stx); /* EINVAL */
	ftruncate(fd, 4);
	ftruncate(fd, -1);                               /* EINVAL */
	fsync(fd);
	fdatasync(fd);
	fallocate(fd, 0, 0, 8192);
	fallocate(fd, 0, 0, 0);                          /* EINVAL */
	fsync(999);                                      /* EBADF */
	close(fd);

	rename("a.txt", "b.txt");
	rename("a.txt", "c.txt");                        /* ENOENT */
	symlink("b.txt", "s.lnk");
	symlink("b.txt", "s.lnk");                       /* EEXIST */
	readlink("s.lnk", buf, sizeof buf);
	readlink("b.txt", buf, sizeof buf);              /* EINVAL: not a link */
	link("b.txt", "h.txt");
	link("nope", "h2.txt");                          /* ENOENT */
	chmod("b.txt", 0600);
	chmod("nope", 0600);                             /* ENOENT */
	access("b.txt", R_OK | W_OK);
	access("nope", F_OK);                            /* ENOENT */
	faccessat(AT_FDCWD, "b.txt", X_OK, 0);           /* EACCES, unless root: root has X only if any x bit */
	faccessat(AT_FDCWD, "b.txt", R_OK, 0x12345);     /* EINVAL */
	syscall(SYS_faccessat, AT_FDCWD, "b.txt", R_OK);
	mkdir("sub", 0700);
	rmdir("sub");
	rmdir("b.txt");                                  /* ENOTDIR */

	int dfd = open(".", O_RDONLY | O_DIRECTORY);
	char dents[4096];
	int n = syscall(SYS_getdents64, dfd, dents, sizeof dents);
	syscall(SYS_getdents64, dfd, dents, sizeof dents); /* 0: end of directory */
	syscall(SYS_getdents64, 999, dents, sizeof dents); /* EBADF */
	close(dfd);

	unlink("s.lnk");
	unlink("h.txt");
	unlink("b.txt");
	unlink("b.txt");                                 /* ENOENT */
	if (fchdir(top) != 0)
		return 1;
	rmdir(dir);
	printf("files ok: %s\n", n > 0 ? "entries" : "none");
	return 0;
}
