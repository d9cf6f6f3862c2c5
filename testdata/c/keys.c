/* keyctl, add_key and request_key with valid and invalid arguments, on a session keyring of its own
 * (KEYCTL_JOIN_SESSION_KEYRING) so that nothing outlives the program: every operation strace 6.1 decodes, an
 * operation it does not (KEYCTL_WATCH_KEY) and unknown ones. */
#include <linux/keyctl.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long keyctl(long cmd, long a, long b, long c, long d)
{
	return syscall(SYS_keyctl, cmd, a, b, c, d);
}

int main(void)
{
	char buf[256];
	keyctl(KEYCTL_JOIN_SESSION_KEYRING, (long)"jtrace-test", 0, 0, 0);
	keyctl(KEYCTL_JOIN_SESSION_KEYRING, 0, 0, 0, 0);
	keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0, 0, 0);
	keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, 1, 0, 0);
	keyctl(KEYCTL_GET_KEYRING_ID, 12345, 0, 0, 0);
	long key = syscall(SYS_add_key, "user", "jtrace:key", "secret", 6, KEY_SPEC_SESSION_KEYRING);
	syscall(SYS_add_key, "user", "jtrace:bad", "x", 1, -42L);
	keyctl(KEYCTL_UPDATE, key, (long)"newsecret", 9, 0);
	keyctl(KEYCTL_DESCRIBE, key, (long)buf, sizeof buf, 0);
	keyctl(KEYCTL_DESCRIBE, key, 0, 0, 0);
	keyctl(KEYCTL_READ, key, (long)buf, sizeof buf, 0);
	keyctl(KEYCTL_READ, key, (long)buf, 4, 0);
	keyctl(KEYCTL_SEARCH, KEY_SPEC_SESSION_KEYRING, (long)"user", (long)"jtrace:key", 0);
	keyctl(KEYCTL_SEARCH, KEY_SPEC_SESSION_KEYRING, (long)"user", (long)"jtrace:none", KEY_SPEC_SESSION_KEYRING);
	keyctl(KEYCTL_SETPERM, key, 0x3f030000, 0, 0);
	keyctl(KEYCTL_SETPERM, key, 0x3f3f3f3f, 0, 0);
	keyctl(KEYCTL_CHOWN, key, -1, -1, 0);
	keyctl(KEYCTL_SET_TIMEOUT, key, 1000, 0, 0);
	keyctl(KEYCTL_GET_SECURITY, key, (long)buf, sizeof buf, 0);
	keyctl(KEYCTL_LINK, key, KEY_SPEC_SESSION_KEYRING, 0, 0);
	keyctl(KEYCTL_UNLINK, key, KEY_SPEC_SESSION_KEYRING, 0, 0);
	keyctl(KEYCTL_UNLINK, key, KEY_SPEC_SESSION_KEYRING, 0, 0);
	keyctl(KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_DEFAULT, 0, 0, 0);
	keyctl(KEYCTL_SET_REQKEY_KEYRING, 99, 0, 0, 0);
	keyctl(KEYCTL_ASSUME_AUTHORITY, 0, 0, 0, 0);
	keyctl(KEYCTL_INSTANTIATE, key, (long)"abc", 3, KEY_SPEC_SESSION_KEYRING);
	keyctl(KEYCTL_NEGATE, key, 10, KEY_SPEC_SESSION_KEYRING, 0);
	keyctl(KEYCTL_REJECT, key, 10, 128, KEY_SPEC_SESSION_KEYRING);
	keyctl(KEYCTL_INVALIDATE, key, 0, 0, 0);
	keyctl(KEYCTL_REVOKE, key, 0, 0, 0);
	keyctl(KEYCTL_GET_PERSISTENT, 12345, KEY_SPEC_SESSION_KEYRING, 0, 0);
	keyctl(KEYCTL_RESTRICT_KEYRING, KEY_SPEC_SESSION_KEYRING, (long)"asymmetric", (long)"builtin_trusted", 0);
	keyctl(KEYCTL_MOVE, key, KEY_SPEC_SESSION_KEYRING, KEY_SPEC_USER_KEYRING, KEYCTL_MOVE_EXCL);
	keyctl(KEYCTL_CAPABILITIES, (long)buf, 2, 0, 0);
	keyctl(KEYCTL_CLEAR, KEY_SPEC_SESSION_KEYRING, 0, 0, 0);
	keyctl(KEYCTL_READ, KEY_SPEC_SESSION_KEYRING, (long)buf, sizeof buf, 0); /* empty now */
	keyctl(KEYCTL_INSTANTIATE_IOV, key, 0, 0, KEY_SPEC_SESSION_KEYRING);
	keyctl(KEYCTL_DH_COMPUTE, 0, 0, 0, 0);
	keyctl(KEYCTL_PKEY_QUERY, key, 0, 0, 0);
	keyctl(KEYCTL_WATCH_KEY, 1234, -1, 1, 0);
	keyctl(-1, 0, 0, 0, 0);
	keyctl(1000, 1, 2, 3, 4);
	syscall(SYS_request_key, "user", "jtrace:none", "info", KEY_SPEC_THREAD_KEYRING);
	syscall(SYS_request_key, "user", "jtrace:none", NULL, 0);
	return 0;
}
