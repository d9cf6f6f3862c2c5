/* execve of a missing path (ENOENT) and of a bad pointer (EFAULT), then of /bin/true with argv and envp. */
#include <unistd.h>

int main(void)
{
	char *argv[] = { "true", "--jtrace-arg", NULL };
	char *envp[] = { "JTRACE_TEST=1", "LANG=C", NULL };
	execve("/nonexistent/jtrace-missing", argv, envp);
	execve((char *)1, argv, envp);
	execve("/bin/true", argv, envp);
	return 1;
}
