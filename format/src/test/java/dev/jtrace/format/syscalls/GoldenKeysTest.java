package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import org.junit.jupiter.api.Test;

/** Lines strace 6.1 printed here for testdata/c/keys.c: keyctl per operation, add_key and request_key. */
class GoldenKeysTest {
    private static final long P = 0x7ffd0000L, Q = 0x7ffd0100L, R = 0x7ffd0200L;
    private static final long KEY = 827090103L;
    private static final long SESSION = -3, USER = -4;
    private static final FakeMemory NONE = new FakeMemory();

    @Test
    void keyringsAndSerials() {
        assertEquals("keyctl(KEYCTL_JOIN_SESSION_KEYRING, \"jtrace-test\") = 201206145",
                line("keyctl", new FakeMemory().string(P, "jtrace-test"), 201206145, 1, P));
        assertEquals("keyctl(KEYCTL_JOIN_SESSION_KEYRING, NULL) = 463873955", line("keyctl", NONE, 463873955, 1, 0));
        assertEquals("keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0) = 463873955",
                line("keyctl", NONE, 463873955, 0, SESSION, 0));
        assertEquals("keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, 1) = 1008523738",
                line("keyctl", NONE, 1008523738, 0, USER, 1));
        assertEquals("keyctl(KEYCTL_GET_KEYRING_ID, 12345, 0) = -1 ENOKEY (Required key not available)",
                line("keyctl", NONE, -126, 0, 12345, 0));
        assertEquals("keyctl(KEYCTL_LINK, 827090103, KEY_SPEC_SESSION_KEYRING) = 0", line("keyctl", NONE, 0, 8, KEY, SESSION));
        assertEquals("keyctl(KEYCTL_CLEAR, KEY_SPEC_SESSION_KEYRING) = 0", line("keyctl", NONE, 0, 7, SESSION));
        assertEquals("keyctl(KEYCTL_MOVE, 827090103, KEY_SPEC_SESSION_KEYRING, KEY_SPEC_USER_KEYRING, KEYCTL_MOVE_EXCL)"
                + " = -1 ENOKEY (Required key not available)", line("keyctl", NONE, -126, 30, KEY, SESSION, USER, 1));
        assertEquals("keyctl(KEYCTL_GET_PERSISTENT, -1, KEY_SPEC_SESSION_KEYRING) = 456392806",
                line("keyctl", NONE, 456392806, 22, -1, SESSION));
        assertEquals("keyctl(KEYCTL_CHOWN, 827090103, -1, -1) = 0", line("keyctl", NONE, 0, 4, KEY, -1, -1));
        assertEquals("keyctl(KEYCTL_SET_TIMEOUT, 827090103, 1000) = 0", line("keyctl", NONE, 0, 15, KEY, 1000));
        assertEquals("keyctl(KEYCTL_SESSION_TO_PARENT) = 0", line("keyctl", NONE, 0, 18));
        assertEquals("keyctl(KEYCTL_ASSUME_AUTHORITY, 0) = 0", line("keyctl", NONE, 0, 16, 0));
    }

    @Test
    void stringsPayloadsAndOutputBuffers() {
        assertEquals("keyctl(KEYCTL_UPDATE, 827090103, \"newsecret\", 9) = 0",
                line("keyctl", new FakeMemory().put(P, "newsecret".getBytes()), 0, 2, KEY, P, 9));
        assertEquals("keyctl(KEYCTL_DESCRIBE, 827090103, \"user;0;0;3f010000;jtrace:key\", 256) = 29",
                line("keyctl", new FakeMemory().string(P, "user;0;0;3f010000;jtrace:key"), 29, 6, KEY, P, 256));
        assertEquals("keyctl(KEYCTL_DESCRIBE, 827090103, NULL, 0) = 29", line("keyctl", NONE, 29, 6, KEY, 0, 0));
        FakeMemory secret = new FakeMemory().put(P, "newsecret".getBytes());
        assertEquals("keyctl(KEYCTL_READ, 827090103, \"newsecret\", 256) = 9", line("keyctl", secret, 9, 11, KEY, P, 256));
        assertEquals("keyctl(KEYCTL_READ, 827090103, \"news\", 4) = 9", line("keyctl", secret, 9, 11, KEY, P, 4));
        assertEquals("keyctl(KEYCTL_READ, KEY_SPEC_SESSION_KEYRING, \"\", 256) = 0",
                line("keyctl", secret, 0, 11, SESSION, P, 256));
        assertEquals("keyctl(KEYCTL_GET_SECURITY, 827090103, \"\", 256) = 1",
                line("keyctl", new FakeMemory().put(P, new byte[1]), 1, 17, KEY, P, 256));
        FakeMemory search = new FakeMemory().string(P, "user").string(Q, "jtrace:none");
        assertEquals("keyctl(KEYCTL_SEARCH, KEY_SPEC_SESSION_KEYRING, \"user\", \"jtrace:none\", KEY_SPEC_SESSION_KEYRING)"
                + " = -1 ENOKEY (Required key not available)", line("keyctl", search, -126, 10, SESSION, P, Q, SESSION));
        FakeMemory restrict = new FakeMemory().string(P, "asymmetric").string(Q, "builtin_trusted");
        assertEquals("keyctl(KEYCTL_RESTRICT_KEYRING, KEY_SPEC_SESSION_KEYRING, \"asymmetric\", \"builtin_trusted\") = 0",
                line("keyctl", restrict, 0, 29, SESSION, P, Q));
        assertEquals("keyctl(KEYCTL_INSTANTIATE, 827090103, \"abc\", 3, KEY_SPEC_SESSION_KEYRING) = -1 EPERM (Operation not"
                + " permitted)", line("keyctl", new FakeMemory().put(P, "abc".getBytes()), -1, 12, KEY, P, 3, SESSION));
        assertEquals("keyctl(KEYCTL_INSTANTIATE_IOV, 827090103, NULL, 0, KEY_SPEC_SESSION_KEYRING) = -1 EPERM (Operation not"
                + " permitted)", line("keyctl", NONE, -1, 20, KEY, 0, 0, SESSION));
        assertEquals("keyctl(KEYCTL_CAPABILITIES, [KEYCTL_CAPS0_CAPABILITIES|KEYCTL_CAPS0_PERSISTENT_KEYRINGS"
                + "|KEYCTL_CAPS0_PUBLIC_KEY|KEYCTL_CAPS0_INVALIDATE|KEYCTL_CAPS0_RESTRICT_KEYRING|KEYCTL_CAPS0_MOVE,"
                + " KEYCTL_CAPS1_NS_KEYRING_NAME|KEYCTL_CAPS1_NS_KEY_TAG], 2) = 2",
                line("keyctl", new FakeMemory().put(P, new byte[] {(byte) 0xeb, 3}), 2, 31, P, 2));
    }

    @Test
    void permissionsTimeoutsAndErrors() {
        assertEquals("keyctl(KEYCTL_SETPERM, 827090103, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|KEY_POS_SEARCH|KEY_POS_LINK"
                + "|KEY_POS_SETATTR|KEY_USR_VIEW|KEY_USR_READ) = 0", line("keyctl", NONE, 0, 5, KEY, 0x3f030000));
        assertEquals("keyctl(KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_DEFAULT) = 0", line("keyctl", NONE, 0, 14, 0));
        assertEquals("keyctl(KEYCTL_SET_REQKEY_KEYRING, 99 /* KEY_REQKEY_DEFL_??? */) = -1 EINVAL (Invalid argument)",
                line("keyctl", NONE, -22, 14, 99));
        assertEquals("keyctl(KEYCTL_NEGATE, 827090103, 10, KEY_SPEC_SESSION_KEYRING) = -1 EPERM (Operation not permitted)",
                line("keyctl", NONE, -1, 13, KEY, 10, SESSION));
        assertEquals("keyctl(KEYCTL_REJECT, 827090103, 10, EKEYREVOKED, KEY_SPEC_SESSION_KEYRING) = -1 EPERM (Operation not"
                + " permitted)", line("keyctl", NONE, -1, 19, KEY, 10, 128, SESSION));
        assertEquals("keyctl(KEYCTL_DH_COMPUTE, NULL, NULL, 0, NULL) = -1 EOPNOTSUPP (Operation not supported)",
                line("keyctl", NONE, -95, 23, 0, 0, 0, 0));
        assertEquals("keyctl(KEYCTL_PKEY_QUERY, 827090103, 0, NULL, NULL) = -1 EFAULT (Bad address)",
                line("keyctl", NONE, -14, 24, KEY, 0, 0, 0));
        assertEquals("keyctl(KEYCTL_PKEY_QUERY, 5, 0x7, NULL, NULL) = -1 EINVAL (Invalid argument)",
                line("keyctl", NONE, -22, 24, 5, 7, 0, 0));
        assertEquals("keyctl(KEYCTL_PKEY_VERIFY, NULL, NULL, NULL, NULL) = -1 EFAULT (Bad address)",
                line("keyctl", NONE, -14, 28, 0, 0, 0, 0));
    }

    @Test
    void operationsStraceDoesNotDecodePrintInHex() {
        assertEquals("keyctl(KEYCTL_WATCH_KEY, 0x4d2, 0xffffffffffffffff, 0x1, 0) = -1 EOPNOTSUPP (Operation not supported)",
                line("keyctl", NONE, -95, 32, 1234, -1, 1, 0));
        assertEquals("keyctl(0xffffffff /* KEYCTL_??? */, 0, 0, 0, 0) = -1 EOPNOTSUPP (Operation not supported)",
                line("keyctl", NONE, -95, -1, 0, 0, 0, 0));
        assertEquals("keyctl(0x3e8 /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EOPNOTSUPP (Operation not supported)",
                line("keyctl", NONE, -95, 1000, 1, 2, 3, 4));
    }

    @Test
    void addKeyAndRequestKeyNameSpecialKeyrings() {
        FakeMemory m = new FakeMemory().string(P, "user").string(Q, "jtrace:key").put(R, "secret".getBytes());
        assertEquals("add_key(\"user\", \"jtrace:key\", \"secret\", 6, KEY_SPEC_SESSION_KEYRING) = 827090103",
                line("add_key", m, KEY, P, Q, R, 6, SESSION));
        assertEquals("add_key(\"user\", \"jtrace:key\", \"secret\", 6, -42) = -1 EINVAL (Invalid argument)",
                line("add_key", m, -22, P, Q, R, 6, -42));
        FakeMemory r = new FakeMemory().string(P, "user").string(Q, "jtrace:none").string(R, "info");
        assertEquals("request_key(\"user\", \"jtrace:none\", \"info\", KEY_SPEC_THREAD_KEYRING) = -1 ENOENT (No such file or"
                + " directory)", line("request_key", r, -2, P, Q, R, -1));
        DecodeOptions verbose = new DecodeOptions(DecodeOptions.DEFAULT.stringLimit(), DecodeOptions.DEFAULT.hexStrings(),
                DecodeOptions.DEFAULT.verbose(), DecodeOptions.Constants.VERBOSE, 0, true);
        assertEquals("keyctl(0x13 /* KEYCTL_REJECT */, 827090103, 10, 128 /* EKEYREVOKED */, -3 /* KEY_SPEC_SESSION_KEYRING */)"
                + " = -1 EPERM (Operation not permitted)", Strace.line(Arch.X86_64, verbose, DecodeContext.FdNames.NONE,
                "keyctl", NONE, -1, 19, KEY, 10, 128, SESSION));
    }
}
