package dev.jtrace.format.syscalls;

import static dev.jtrace.format.decode.DecodeOptions.Constants.ABBREV;
import static dev.jtrace.format.decode.DecodeOptions.Constants.RAW;
import static dev.jtrace.format.decode.DecodeOptions.Constants.VERBOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import org.junit.jupiter.api.Test;

/**
 * Flag words, enumerations and odd constants with bits strace has no name for, under -X abbrev, raw and
 * verbose: lines strace 6.1 printed here for calls with all-ones and odd arguments (cov_allbits.c and
 * single calls made to find each rule).
 */
class UnknownBitsGoldenTest {
    private static void check(Constants mode, String expected, String name, long rval, long... args) {
        DecodeOptions o = new DecodeOptions(32, 0, false, mode, 0);
        assertEquals(expected, Strace.line(o, name, new FakeMemory(), rval, args));
    }

    /** socket's type: the kind only when strace knows it, else the whole word is flags ({@code 0x60} (commented SOCK_???)). */
    @Test
    void socketTypeKindOnlyWhenKnown() {
        check(ABBREV, "socket(AF_INET, 0xf /* SOCK_??? */, IPPROTO_IP) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0xf, 0);
        check(ABBREV, "socket(AF_INET, 0, IPPROTO_IP) = -1 ESOCKTNOSUPPORT (Socket type not supported)", "socket", -94, 2, 0, 0);
        check(ABBREV, "socket(AF_INET, SOCK_RAW|0x60 /* SOCK_??? */, IPPROTO_IP) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0x63, 0);
        check(ABBREV, "socket(AF_INET, SOCK_RAW|SOCK_CLOEXEC|0x60, IPPROTO_IP) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0x80063, 0);
        check(ABBREV, "socket(AF_INET, SOCK_CLOEXEC|SOCK_NONBLOCK|0xf, IPPROTO_IP) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0x8080f, 0);
        check(ABBREV, "socket(AF_UNIX, SOCK_STREAM, 18446744073709551615) = -1 EPROTONOSUPPORT (Protocol not supported)", "socket", -93, 1, 1, -1);
        check(RAW, "socket(0x2, 0xf, 0) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0xf, 0);
        check(RAW, "socket(0x2, 0, 0) = -1 ESOCKTNOSUPPORT (Socket type not supported)", "socket", -94, 2, 0, 0);
        check(RAW, "socket(0x2, 0x3|0x80060, 0) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0x80063, 0);
        check(RAW, "socket(0x2, 0x80060, 0) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0x80060, 0);
        check(VERBOSE, "socket(0x2 /* AF_INET */, 0x3 /* SOCK_RAW */|0x80060 /* SOCK_CLOEXEC|0x60 */, 0 /* IPPROTO_IP */) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0x80063, 0);
        check(VERBOSE, "socket(0x2 /* AF_INET */, 0x60 /* SOCK_??? */, 0 /* IPPROTO_IP */) = -1 EINVAL (Invalid argument)", "socket", -22, 2, 0x60, 0);
        check(VERBOSE, "socket(0x2 /* AF_INET */, 0, 0 /* IPPROTO_IP */) = -1 ESOCKTNOSUPPORT (Socket type not supported)", "socket", -94, 2, 0, 0);
    }

    /** statx's flags: the sync type as flags (both bits named), then AT_* flags whose unknown bits print as bare hex. */
    @Test
    void statxSyncTypeThenFlags() {
        check(ABBREV, "statx(-1, NULL, AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW, 0, NULL) = -1 EFAULT (Bad address)", "statx", -14, -1, 0, 0x100, 0, 0);
        check(ABBREV, "statx(-1, NULL, AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC, 0, NULL) = -1 EINVAL (Invalid argument)", "statx", -22, -1, 0, 0x6000, 0, 0);
        check(ABBREV, "statx(-1, NULL, AT_STATX_SYNC_AS_STAT|0x10000, 0, NULL) = -1 EINVAL (Invalid argument)", "statx", -22, -1, 0, 0x10000, 0, 0);
        check(RAW, "statx(-1, NULL, , 0, NULL) = -1 EFAULT (Bad address)", "statx", -14, -1, 0, 0, 0, 0);
        check(RAW, "statx(-1, NULL, 0x2000|0x100, 0, NULL) = -1 EFAULT (Bad address)", "statx", -14, -1, 0, 0x2100, 0, 0);
        check(RAW, "statx(-1, NULL, |0x10000, 0, NULL) = -1 EINVAL (Invalid argument)", "statx", -22, -1, 0, 0x10000, 0, 0);
        check(VERBOSE, "statx(-1, NULL, 0x6000 /* AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC */, 0, NULL) = -1 EINVAL (Invalid argument)", "statx", -22, -1, 0, 0x6000, 0, 0);
        check(VERBOSE, "statx(-1, NULL, 0 /* AT_STATX_SYNC_AS_STAT */|0x10000, 0, NULL) = -1 EINVAL (Invalid argument)", "statx", -22, -1, 0, 0x10000, 0, 0);
    }

    /** mmap's flags: the map type always (unknown {@code 0xf} (commented MAP_???)), the flags, the bits no flag names, {@code N<<MAP_HUGE_SHIFT};
     * -X raw and verbose as one number, the whole register. */
    @Test
    void mmapFlagsAreTheTypeThenFlagsThenTheHugePageSizeAndRawTheWholeRegister() {
        check(ABBREV, "remap_file_pages(NULL, 0, PROT_NONE, 0, 0xf /* MAP_??? */) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0xf);
        check(ABBREV, "remap_file_pages(NULL, 0, PROT_NONE, 0, MAP_FILE|16<<MAP_HUGE_SHIFT) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x40000000);
        check(ABBREV, "remap_file_pages(NULL, 0, PROT_NONE, 0, MAP_PRIVATE|0x200000) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x200002);
        check(ABBREV, "remap_file_pages(NULL, 0, PROT_NONE, 0, MAP_FILE|MAP_ANONYMOUS) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x20);
        check(ABBREV, "remap_file_pages(NULL, 0, PROT_NONE, 0, 0xf /* MAP_??? */|MAP_FIXED|MAP_ANONYMOUS|MAP_32BIT|MAP_NORESERVE|MAP_POPULATE|MAP_NONBLOCK|MAP_GROWSDOWN|MAP_DENYWRITE|MAP_EXECUTABLE|MAP_LOCKED|MAP_STACK|MAP_HUGETLB|MAP_SYNC|MAP_FIXED_NOREPLACE|0x3e00680|63<<MAP_HUGE_SHIFT) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0xffffffffffffffffL);
        check(RAW, "remap_file_pages(NULL, 0, 0, 0, 0xf) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0xf);
        check(RAW, "remap_file_pages(NULL, 0, 0, 0, 0x40000000) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x40000000);
        check(RAW, "remap_file_pages(NULL, 0, 0, 0, 0x200002) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x200002);
        check(RAW, "remap_file_pages(NULL, 0, 0, 0, 0x20) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x20);
        check(RAW, "remap_file_pages(NULL, 0, 0, 0, 0xffffffffffffffff) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0xffffffffffffffffL);
        check(VERBOSE, "remap_file_pages(NULL, 0, 0 /* PROT_NONE */, 0, 0xf /* 0xf /* MAP_??? */ */) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0xf);
        check(VERBOSE, "remap_file_pages(NULL, 0, 0 /* PROT_NONE */, 0, 0x40000000 /* MAP_FILE|16<<MAP_HUGE_SHIFT */) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x40000000);
        check(VERBOSE, "remap_file_pages(NULL, 0, 0 /* PROT_NONE */, 0, 0x200002 /* MAP_PRIVATE|0x200000 */) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x200002);
        check(VERBOSE, "remap_file_pages(NULL, 0, 0 /* PROT_NONE */, 0, 0x20 /* MAP_FILE|MAP_ANONYMOUS */) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0x20);
        check(VERBOSE, "remap_file_pages(NULL, 0, 0 /* PROT_NONE */, 0, 0xffffffffffffffff /* 0xf /* MAP_??? */|MAP_FIXED|MAP_ANONYMOUS|MAP_32BIT|MAP_NORESERVE|MAP_POPULATE|MAP_NONBLOCK|MAP_GROWSDOWN|MAP_DENYWRITE|MAP_EXECUTABLE|MAP_LOCKED|MAP_STACK|MAP_HUGETLB|MAP_SYNC|MAP_FIXED_NOREPLACE|0x3e00680|63<<MAP_HUGE_SHIFT */) = -1 EINVAL (Invalid argument)",
                "remap_file_pages", -22, 0, 0, 0, 0, 0xffffffffffffffffL);
    }

    /** mbind/set_mempolicy's mode: a mode strace does not know leaves the word to the mode flags ({@code MPOL_F_STATIC_NODES|0x7}). */
    @Test
    void mempolicyModeNamedOnlyWhenKnownElseTheWordIsFlags() {
        check(ABBREV, "set_mempolicy(0x7 /* MPOL_??? */, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 7, 0, 0);
        check(ABBREV, "set_mempolicy(MPOL_F_STATIC_NODES|0x7, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0x8007, 0, 0);
        check(ABBREV, "set_mempolicy(MPOL_DEFAULT|MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0xe000, 0, 0);
        check(ABBREV, "set_mempolicy(MPOL_F_STATIC_NODES|0x10000, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0x18000, 0, 0);
        check(ABBREV, "mbind(NULL, 0, MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING|0xffffffffffff1fff, NULL, 0, 0) = -1 EINVAL (Invalid argument)",
                "mbind", -22, 0, 0, 0xffffffffffffffffL, 0, 0, 0);
        check(RAW, "set_mempolicy(0x7, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 7, 0, 0);
        check(RAW, "set_mempolicy(0x8007, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0x8007, 0, 0);
        check(RAW, "set_mempolicy(0xe000, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0xe000, 0, 0);
        check(RAW, "set_mempolicy(0x18000, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0x18000, 0, 0);
        check(RAW, "mbind(NULL, 0, 0xffffffffffffffff, NULL, 0, 0) = -1 EINVAL (Invalid argument)",
                "mbind", -22, 0, 0, 0xffffffffffffffffL, 0, 0, 0);
        check(VERBOSE, "set_mempolicy(0x7 /* MPOL_??? */, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 7, 0, 0);
        check(VERBOSE, "set_mempolicy(0x8007 /* MPOL_F_STATIC_NODES|0x7 */, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0x8007, 0, 0);
        check(VERBOSE, "set_mempolicy(0xe000 /* MPOL_DEFAULT|MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING */, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0xe000, 0, 0);
        check(VERBOSE, "set_mempolicy(0x18000 /* MPOL_F_STATIC_NODES|0x10000 */, NULL, 0) = -1 EINVAL (Invalid argument)",
                "set_mempolicy", -22, 0x18000, 0, 0);
        check(VERBOSE, "mbind(NULL, 0, 0xffffffffffffffff /* MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING|0xffffffffffff1fff */, NULL, 0, 0) = -1 EINVAL (Invalid argument)",
                "mbind", -22, 0, 0, 0xffffffffffffffffL, 0, 0, 0);
    }

    /** semctl/shmctl/msgctl: {@code IPC_64} apart, then the command with the unknown name of its family ({@code SEM_???}). */
    @Test
    void ipcCommandsSplitIpc64FromTheCommandOfTheirOwnFamily() {
        check(ABBREV, "semctl(-1, 0, IPC_64|IPC_RMID, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x100, 0);
        check(ABBREV, "semctl(-1, 0, SETVAL, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x10, 0);
        check(ABBREV, "semctl(-1, 0, 0x1000 /* SEM_??? */, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x1000, 0);
        check(ABBREV, "semctl(-1, 0, IPC_64|0xfffffeff /* SEM_??? */, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0xffffffffL, 0);
        check(ABBREV, "shmctl(-1, IPC_64|SHM_STAT, NULL) = -1 EINVAL (Invalid argument)",
                "shmctl", -22, -1, 0x10d, 0);
        check(ABBREV, "msgctl(-1, IPC_64|0xfffffeff /* MSG_??? */, NULL) = -1 EINVAL (Invalid argument)",
                "msgctl", -22, -1, 0xffffffffL, 0);
        check(RAW, "semctl(-1, 0, 0x100|0, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x100, 0);
        check(RAW, "semctl(-1, 0, 0x10, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x10, 0);
        check(RAW, "semctl(-1, 0, 0x1000, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x1000, 0);
        check(RAW, "semctl(-1, 0, 0x100|0xfffffeff, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0xffffffffL, 0);
        check(RAW, "shmctl(-1, 0x100|0xd, NULL) = -1 EINVAL (Invalid argument)",
                "shmctl", -22, -1, 0x10d, 0);
        check(RAW, "msgctl(-1, 0x100|0xfffffeff, NULL) = -1 EINVAL (Invalid argument)",
                "msgctl", -22, -1, 0xffffffffL, 0);
        check(VERBOSE, "semctl(-1, 0, 0x100 /* IPC_64 */|0 /* IPC_RMID */, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x100, 0);
        check(VERBOSE, "semctl(-1, 0, 0x10 /* SETVAL */, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x10, 0);
        check(VERBOSE, "semctl(-1, 0, 0x1000 /* SEM_??? */, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0x1000, 0);
        check(VERBOSE, "semctl(-1, 0, 0x100 /* IPC_64 */|0xfffffeff /* SEM_??? */, NULL) = -1 EINVAL (Invalid argument)",
                "semctl", -22, -1, 0, 0xffffffffL, 0);
        check(VERBOSE, "shmctl(-1, 0x100 /* IPC_64 */|0xd /* SHM_STAT */, NULL) = -1 EINVAL (Invalid argument)",
                "shmctl", -22, -1, 0x10d, 0);
        check(VERBOSE, "msgctl(-1, 0x100 /* IPC_64 */|0xfffffeff /* MSG_??? */, NULL) = -1 EINVAL (Invalid argument)",
                "msgctl", -22, -1, 0xffffffffL, 0);
    }

    /** a field then flags: each part on its own under -X raw and verbose; personality's result too. */
    @Test
    void fieldThenFlagsWords() {
        check(ABBREV, "fanotify_init(0xc /* FAN_CLASS_??? */, O_RDONLY) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0xc, 0);
        check(ABBREV, "fanotify_init(0xc /* FAN_CLASS_??? */|FAN_REPORT_TID, O_RDONLY) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0x10c, 0);
        check(ABBREV, "fanotify_init(FAN_CLASS_NOTIF|0x8000 /* FAN_??? */, O_RDONLY) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0x8000, 0);
        check(ABBREV, "personality(0x67 /* PER_??? */|UNAME26|ADDR_COMPAT_LAYOUT|SHORT_INODE|0x14500) = 0 (PER_LINUX)",
                "personality", 0, 0x1234567);
        check(ABBREV, "personality(PER_LINUX32|ADDR_NO_RANDOMIZE) = 0x1234567 (0x67 /* PER_??? */|UNAME26|ADDR_COMPAT_LAYOUT|SHORT_INODE|0x14500)",
                "personality", 0x1234567, 0x40008);
        check(ABBREV, "socketpair(AF_UNIX, SOCK_RAW|0x60 /* SOCK_??? */, 18446744073709551615, NULL) = -1 EINVAL (Invalid argument)",
                "socketpair", -22, 1, 0x63, -1, 0);
        check(RAW, "fanotify_init(0xc, 0) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0xc, 0);
        check(RAW, "fanotify_init(0xc|0x100, 0) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0x10c, 0);
        check(RAW, "fanotify_init(0|0x8000, 0) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0x8000, 0);
        check(RAW, "personality(0x67|0x1234500) = 0 (0)",
                "personality", 0, 0x1234567);
        check(RAW, "personality(0x8|0x40000) = 0x1234567 (0x67|0x1234500)",
                "personality", 0x1234567, 0x40008);
        check(RAW, "socketpair(0x1, 0x3|0x60, 18446744073709551615, NULL) = -1 EINVAL (Invalid argument)",
                "socketpair", -22, 1, 0x63, -1, 0);
        check(VERBOSE, "fanotify_init(0xc /* FAN_CLASS_??? */, 0 /* O_RDONLY */) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0xc, 0);
        check(VERBOSE, "fanotify_init(0xc /* FAN_CLASS_??? */|0x100 /* FAN_REPORT_TID */, 0 /* O_RDONLY */) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0x10c, 0);
        check(VERBOSE, "fanotify_init(0 /* FAN_CLASS_NOTIF */|0x8000 /* FAN_??? */, 0 /* O_RDONLY */) = -1 EINVAL (Invalid argument)",
                "fanotify_init", -22, 0x8000, 0);
        check(VERBOSE, "personality(0x67 /* PER_??? */|0x1234500 /* UNAME26|ADDR_COMPAT_LAYOUT|SHORT_INODE|0x14500 */) = 0 (0 /* PER_LINUX */)",
                "personality", 0, 0x1234567);
        check(VERBOSE, "personality(0x8 /* PER_LINUX32 */|0x40000 /* ADDR_NO_RANDOMIZE */) = 0x1234567 (0x67 /* PER_??? */|0x1234500 /* UNAME26|ADDR_COMPAT_LAYOUT|SHORT_INODE|0x14500 */)",
                "personality", 0x1234567, 0x40008);
        check(VERBOSE, "socketpair(0x1 /* AF_UNIX */, 0x3 /* SOCK_RAW */|0x60 /* SOCK_??? */, 18446744073709551615, NULL) = -1 EINVAL (Invalid argument)",
                "socketpair", -22, 1, 0x63, -1, 0);
    }

    /** the huge-page size counts apart from the unknown bits; System V flags glue unknown bits to the permissions. */
    @Test
    void hugePageSizesAndBitsNoFlagNames() {
        check(ABBREV, "memfd_create(NULL, 0x8 /* MFD_??? */) = -1 EFAULT (Bad address)",
                "memfd_create", -14, 0, 0x8);
        check(ABBREV, "memfd_create(NULL, 0x8 /* MFD_??? */|1<<MFD_HUGE_SHIFT) = -1 EINVAL (Invalid argument)",
                "memfd_create", -22, 0, 0x4000008);
        check(ABBREV, "shmget(IPC_PRIVATE, 0, 0600) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0x180);
        check(ABBREV, "shmget(IPC_PRIVATE, 0, 1<<SHM_HUGE_SHIFT|0600) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0x4000180);
        check(ABBREV, "shmget(IPC_PRIVATE, 0, IPC_CREAT|IPC_EXCL|SHM_HUGETLB|SHM_NORESERVE|0x3ffe000|63<<SHM_HUGE_SHIFT|0777) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0xffffffffL);
        check(ABBREV, "semget(IPC_PRIVATE, 4096, 0x10000600) = 11",
                "semget", 11, 0, 0x1000, 0x1180);
        check(RAW, "memfd_create(NULL, 0x8) = -1 EFAULT (Bad address)",
                "memfd_create", -14, 0, 0x8);
        check(RAW, "memfd_create(NULL, 0x4000008) = -1 EINVAL (Invalid argument)",
                "memfd_create", -22, 0, 0x4000008);
        check(RAW, "shmget(0, 0, 0600) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0x180);
        check(RAW, "shmget(0, 0, 1<<26|0600) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0x4000180);
        check(RAW, "shmget(0, 0, 0x3fffe00|63<<26|0777) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0xffffffffL);
        check(RAW, "semget(0, 4096, 0x1000|0600) = 12",
                "semget", 12, 0, 0x1000, 0x1180);
        check(VERBOSE, "memfd_create(NULL, 0x8 /* 0x8 /* MFD_??? */ */) = -1 EFAULT (Bad address)",
                "memfd_create", -14, 0, 0x8);
        check(VERBOSE, "memfd_create(NULL, 0x4000008 /* 0x8 /* MFD_??? */|1<<MFD_HUGE_SHIFT */) = -1 EINVAL (Invalid argument)",
                "memfd_create", -22, 0, 0x4000008);
        check(VERBOSE, "shmget(0 /* IPC_PRIVATE */, 0, 0600) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0x180);
        check(VERBOSE, "shmget(0 /* IPC_PRIVATE */, 0, 1<<26 /* SHM_HUGE_SHIFT */|0600) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0x4000180);
        check(VERBOSE, "shmget(0 /* IPC_PRIVATE */, 0, 0x3fffe00 /* IPC_CREAT|IPC_EXCL|SHM_HUGETLB|SHM_NORESERVE|0x3ffe000 */|63<<26 /* SHM_HUGE_SHIFT */|0777) = -1 EINVAL (Invalid argument)",
                "shmget", -22, 0, 0, 0xffffffffL);
        check(VERBOSE, "semget(0 /* IPC_PRIVATE */, 4096, 0x10000600) = 13",
                "semget", 13, 0, 0x1000, 0x1180);
    }

    /** pipe2 names every O_* bit, timerfd_settime the TFD_* creation flags too. */
    @Test
    void wholeFlagSets() {
        check(ABBREV, "pipe2(NULL, O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003f) = -1 EINVAL (Invalid argument)",
                "pipe2", -22, 0, 0xffffffffL);
        check(ABBREV, "pipe2(NULL, O_NONBLOCK|O_CLOEXEC) = -1 EFAULT (Bad address)",
                "pipe2", -14, 0, 0x80800);
        check(ABBREV, "timerfd_settime(-1, TFD_TIMER_ABSTIME|TFD_TIMER_CANCEL_ON_SET|TFD_CLOEXEC|TFD_NONBLOCK|0xfff7f7fc, NULL, NULL) = -1 EFAULT (Bad address)",
                "timerfd_settime", -14, -1, 0xffffffffL, 0, 0);
        check(RAW, "pipe2(NULL, 0xffffffff) = -1 EINVAL (Invalid argument)",
                "pipe2", -22, 0, 0xffffffffL);
        check(RAW, "pipe2(NULL, 0x80800) = -1 EFAULT (Bad address)",
                "pipe2", -14, 0, 0x80800);
        check(RAW, "timerfd_settime(-1, 0xffffffff, NULL, NULL) = -1 EFAULT (Bad address)",
                "timerfd_settime", -14, -1, 0xffffffffL, 0, 0);
        check(VERBOSE, "pipe2(NULL, 0xffffffff /* O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003f */) = -1 EINVAL (Invalid argument)",
                "pipe2", -22, 0, 0xffffffffL);
        check(VERBOSE, "pipe2(NULL, 0x80800 /* O_NONBLOCK|O_CLOEXEC */) = -1 EFAULT (Bad address)",
                "pipe2", -14, 0, 0x80800);
        check(VERBOSE, "timerfd_settime(-1, 0xffffffff /* TFD_TIMER_ABSTIME|TFD_TIMER_CANCEL_ON_SET|TFD_CLOEXEC|TFD_NONBLOCK|0xfff7f7fc */, NULL, NULL) = -1 EFAULT (Bad address)",
                "timerfd_settime", -14, -1, 0xffffffffL, 0, 0);
    }

    /** an option of a level strace does not know, as a C unsigned int. */
    @Test
    void numbersWithoutASetAreUnsigned() {
        check(ABBREV, "setsockopt(-1, 0x63 /* SOL_?? */, 4294967295, NULL, 0) = -1 EBADF (Bad file descriptor)",
                "setsockopt", -9, -1, 99, -1, 0, 0);
        check(RAW, "setsockopt(-1, 0x63, 4294967295, NULL, 0) = -1 EBADF (Bad file descriptor)",
                "setsockopt", -9, -1, 99, -1, 0, 0);
        check(VERBOSE, "setsockopt(-1, 0x63 /* SOL_?? */, 4294967295, NULL, 0) = -1 EBADF (Bad file descriptor)",
                "setsockopt", -9, -1, 99, -1, 0, 0);
    }

    /** IOPRIO_PRIO_VALUE, QCMD and _IOC with unknown parts; -X raw the number, verbose the number and the macro. */
    @Test
    void macroArgumentsUnderEveryMode() {
        check(ABBREV, "ioprio_set(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(0x3f /* IOPRIO_CLASS_??? */, 8191)) = -1 EINVAL (Invalid argument)",
                "ioprio_set", -22, 1, 0, 0x7ffff);
        check(ABBREV, "ioprio_set(0xffffffff /* IOPRIO_WHO_??? */, 0, IOPRIO_PRIO_VALUE(0x7ffff /* IOPRIO_CLASS_??? */, 8191)) = -1 EINVAL (Invalid argument)",
                "ioprio_set", -22, 0xffffffffL, 0, 0xffffffffL);
        check(ABBREV, "quotactl(QCMD(0 /* Q_??? */, 0x7 /* ???QUOTA */), NULL, 0, NULL) = -1 EINVAL (Invalid argument)",
                "quotactl", -22, 0x7, 0, 0, 0);
        check(ABBREV, "quotactl(QCMD(0xffffff /* Q_??? */, 0xff /* ???QUOTA */), NULL, 0, NULL) = -1 EINVAL (Invalid argument)",
                "quotactl", -22, 0xffffffffL, 0, 0, 0);
        check(ABBREV, "ioctl(-1, _IOC(_IOC_READ|_IOC_WRITE, 0xff, 0xff, 0x3fff), 0) = -1 EBADF (Bad file descriptor)",
                "ioctl", -9, -1, 0xffffffffL, 0);
        check(RAW, "ioprio_set(0x1, 0, 524287) = -1 EINVAL (Invalid argument)",
                "ioprio_set", -22, 1, 0, 0x7ffff);
        check(RAW, "ioprio_set(0xffffffff, 0, -1) = -1 EINVAL (Invalid argument)",
                "ioprio_set", -22, 0xffffffffL, 0, 0xffffffffL);
        check(RAW, "quotactl(7, NULL, 0, NULL) = -1 EINVAL (Invalid argument)",
                "quotactl", -22, 0x7, 0, 0, 0);
        check(RAW, "quotactl(4294967295, NULL, 0, NULL) = -1 EINVAL (Invalid argument)",
                "quotactl", -22, 0xffffffffL, 0, 0, 0);
        check(RAW, "ioctl(-1, 0xffffffff, 0) = -1 EBADF (Bad file descriptor)",
                "ioctl", -9, -1, 0xffffffffL, 0);
        check(VERBOSE, "ioprio_set(0x1 /* IOPRIO_WHO_PROCESS */, 0, 524287 /* IOPRIO_PRIO_VALUE(0x3f /* IOPRIO_CLASS_??? */, 8191) */) = -1 EINVAL (Invalid argument)",
                "ioprio_set", -22, 1, 0, 0x7ffff);
        check(VERBOSE, "ioprio_set(0xffffffff /* IOPRIO_WHO_??? */, 0, -1 /* IOPRIO_PRIO_VALUE(0x7ffff /* IOPRIO_CLASS_??? */, 8191) */) = -1 EINVAL (Invalid argument)",
                "ioprio_set", -22, 0xffffffffL, 0, 0xffffffffL);
        check(VERBOSE, "quotactl(7 /* QCMD(0 /* Q_??? */, 0x7 /* ???QUOTA */) */, NULL, 0, NULL) = -1 EINVAL (Invalid argument)",
                "quotactl", -22, 0x7, 0, 0, 0);
        check(VERBOSE, "quotactl(4294967295 /* QCMD(0xffffff /* Q_??? */, 0xff /* ???QUOTA */) */, NULL, 0, NULL) = -1 EINVAL (Invalid argument)",
                "quotactl", -22, 0xffffffffL, 0, 0, 0);
        check(VERBOSE, "ioctl(-1, 0xffffffff /* _IOC(_IOC_READ|_IOC_WRITE, 0xff, 0xff, 0x3fff) */, 0) = -1 EBADF (Bad file descriptor)",
                "ioctl", -9, -1, 0xffffffffL, 0);
    }

    /** kcmp prints the indexes of an unknown type in hex; fanotify_mark's dirfd -1 is FAN_NOFD. */
    @Test
    void kcmpIndexesAndFanotifyDirfd() {
        check(ABBREV, "kcmp(-1, -1, 0x8 /* KCMP_??? */, 0x5, 0x6) = -1 ESRCH (No such process)",
                "kcmp", -3, -1, -1, 8, 5, 6);
        check(ABBREV, "kcmp(-1, -1, KCMP_VM) = -1 ESRCH (No such process)",
                "kcmp", -3, -1, -1, 1, 5, 6);
        check(ABBREV, "fanotify_mark(-1, FAN_MARK_ADD, FAN_DIR_MODIFY, FAN_NOFD, NULL) = -1 EINVAL (Invalid argument)",
                "fanotify_mark", -22, -1, 1, 0x80000, -1, 0);
        check(RAW, "kcmp(-1, -1, 0x8, 0x5, 0x6) = -1 ESRCH (No such process)",
                "kcmp", -3, -1, -1, 8, 5, 6);
        check(RAW, "kcmp(-1, -1, 0x1) = -1 ESRCH (No such process)",
                "kcmp", -3, -1, -1, 1, 5, 6);
        check(RAW, "fanotify_mark(-1, 0x1, 0x80000, -1, NULL) = -1 EINVAL (Invalid argument)",
                "fanotify_mark", -22, -1, 1, 0x80000, -1, 0);
        check(VERBOSE, "kcmp(-1, -1, 0x8 /* KCMP_??? */, 0x5, 0x6) = -1 ESRCH (No such process)",
                "kcmp", -3, -1, -1, 8, 5, 6);
        check(VERBOSE, "kcmp(-1, -1, 0x1 /* KCMP_VM */) = -1 ESRCH (No such process)",
                "kcmp", -3, -1, -1, 1, 5, 6);
        check(VERBOSE, "fanotify_mark(-1, 0x1 /* FAN_MARK_ADD */, 0x80000 /* FAN_DIR_MODIFY */, -1 /* FAN_NOFD */, NULL) = -1 EINVAL (Invalid argument)",
                "fanotify_mark", -22, -1, 1, 0x80000, -1, 0);
    }

    /** kexec_load's flags: the architecture field, then flags, of a C unsigned long. */
    @Test
    void kexecArchitectureThenFlags() {
        check(ABBREV, "kexec_load(NULL, 0, NULL, 0xffff0000 /* KEXEC_ARCH_??? */|KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT|0xffffffff0000fffc) = -1 ENOSYS (Function not implemented)",
                "kexec_load", -38, 0, 0, 0, -1);
        check(RAW, "kexec_load(NULL, 0, NULL, 0xffff0000|0xffffffff0000ffff) = -1 ENOSYS (Function not implemented)",
                "kexec_load", -38, 0, 0, 0, -1);
        check(VERBOSE, "kexec_load(NULL, 0, NULL, 0xffff0000 /* KEXEC_ARCH_??? */|0xffffffff0000ffff /* KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT|0xffffffff0000fffc */) = -1 ENOSYS (Function not implemented)",
                "kexec_load", -38, 0, 0, 0, -1);
        check(ABBREV, "kexec_load(NULL, 0, NULL, KEXEC_ARCH_X86_64|KEXEC_ON_CRASH) = -1 ENOSYS (Function not implemented)",
                "kexec_load", -38, 0, 0, 0, 0x3e0001);
        check(RAW, "kexec_load(NULL, 0, NULL, 0) = -1 ENOSYS (Function not implemented)", "kexec_load", -38, 0, 0, 0, 0);
    }

    /** syslog's action: decimal with its name in a comment, under every -X mode. */
    @Test
    void syslogActionIsDecimalWithAComment() {
        for (Constants mode : Constants.values()) {
            check(mode, "syslog(-1 /* SYSLOG_ACTION_??? */, NULL, 0) = -1 EINVAL (Invalid argument)", "syslog", -22,
                    -1, 0, 0);
        }
    }

    /** The names strace gives unknown values of sets whose symbols share no prefix to cut at. */
    @Test
    void unknownNamesOfOddPrefixes() {
        check(ABBREV, "access(NULL, 0x8 /* ?_OK */) = -1 EINVAL (Invalid argument)", "access", -22, 0, 8);
        check(VERBOSE, "io_uring_register(-1, 0xffffffff /* IORING_REGISTER_??? */, NULL, 0) = -1 EINVAL (Invalid argument)",
                "io_uring_register", -22, -1, 0xffffffffL, 0, 0);
        check(ABBREV, "waitid(0x7 /* P_??? */, 0, NULL, 0x10 /* W??? */, NULL) = -1 EINVAL (Invalid argument)",
                "waitid", -22, 7, 0, 0, 0x10, 0);
        check(ABBREV, "renameat2(-1, NULL, -1, NULL, 0x8 /* RENAME_?? */) = -1 EINVAL (Invalid argument)",
                "renameat2", -22, -1, 0, -1, 0, 8);
    }

    /** Sets of their own: mount_setattr's AT_* flags, delete_module's order, memfd_secret's O_CLOEXEC. */
    @Test
    void flagSetsOfTheirOwn() {
        check(ABBREV, "mount_setattr(-1, NULL, AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT|AT_EMPTY_PATH|AT_RECURSIVE|0xffff66ff, NULL, 0) = -1 EINVAL (Invalid argument)",
                "mount_setattr", -22, -1, 0, 0xffffffffL, 0, 0);
        check(ABBREV, "delete_module(NULL, O_NONBLOCK|O_TRUNC|0xfffff5ff) = -1 ENOSYS (Function not implemented)",
                "delete_module", -38, 0, 0xffffffffL);
        check(ABBREV, "memfd_secret(O_CLOEXEC|0xfff7ffff) = -1 EINVAL (Invalid argument)", "memfd_secret", -22,
                0xffffffffL);
        check(ABBREV, "landlock_add_rule(-1, 0xffffffff /* LANDLOCK_RULE_??? */, NULL, 0xffffffff) = -1 EINVAL (Invalid argument)",
                "landlock_add_rule", -22, -1, 0xffffffffL, 0, -1);
    }

    /** clone's flags as any flag word (unknown bits named, -X raw hex), then the exit signal. */
    @Test
    void cloneFlagsThenExitSignal() {
        check(ABBREV, "clone(child_stack=NULL, flags=0x400000 /* CLONE_??? */|SIGCHLD) = 25759", "clone", 25759,
                0x400011, 0, 0, 0, 0);
        check(ABBREV, "clone(child_stack=NULL, flags=0x400000 /* CLONE_??? */) = 25767", "clone", 25767, 0x400000, 0,
                0, 0, 0);
        check(RAW, "clone(child_stack=NULL, flags=0x1200000|17, child_tidptr=0x7f0000001000) = 25939", "clone", 25939,
                0x1200011, 0, 0, 0x7f0000001000L, 0);
        check(VERBOSE, "clone(child_stack=NULL, flags=0x400000 /* CLONE_??? */|17 /* SIGCHLD */) = 25950", "clone",
                25950, 0x400011, 0, 0, 0, 0);
    }

    /** Under -X raw a siginfo's code is hex whatever its value. */
    @Test
    void rawSiginfoCodeIsHex() {
        long set = 0x7ffe0000L;
        long info = set + 0x100;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(128).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 17).putInt(8, 1).putInt(16, 2664).putInt(24, 3);
        FakeMemory m = new FakeMemory().words(set, 1L << 16).put(info, b.array());
        assertEquals("rt_sigtimedwait([17], {si_signo=17, si_code=0x1, si_pid=2664, si_uid=0, si_status=3, si_utime=0, si_stime=0}, NULL, 8) = 17 (SIGCHLD)",
                Strace.line(new DecodeOptions(32, 0, false, RAW, 0), "rt_sigtimedwait", m, 17, set, info, 0, 8));
    }

    /** Modes are the kernel's umode_t: 16 bits; mknod's with a type no S_IF* names prints in octal whole. */
    @Test
    void modesAreSixteenBits() {
        check(ABBREV, "chmod(NULL, 0177777) = -1 EFAULT (Bad address)", "chmod", -14, 0, 0xffffffffffffffffL);
        check(ABBREV, "mkdirat(-1, NULL, 0177777) = -1 EFAULT (Bad address)", "mkdirat", -14, -1, 0, 0xffffffffffffffffL);
        check(ABBREV, "umask(021505) = 022", "umask", 022, 0x12345);
        check(ABBREV, "open(NULL, O_RDONLY|O_CREAT, 0177777) = -1 EFAULT (Bad address)", "open", -14, 0, 0100, 0xffffffffffffffffL);
        check(ABBREV, "mknod(NULL, 0177777) = -1 EINVAL (Invalid argument)", "mknod", -22, 0, 0xffffffffffffffffL, 0xffffffffffffffffL);
        check(ABBREV, "mknodat(-1, NULL, S_IFREG|S_ISUID|S_ISGID|S_ISVTX|0777) = -1 EFAULT (Bad address)", "mknodat",
                -14, -1, 0, 0xffff8fffL, 0);
    }

    /** Option names of more socket levels, and AF_NETLINK's protocols. */
    @Test
    void moreSocketLevelsAndNetlinkProtocols() {
        check(ABBREV, "setsockopt(-1, SOL_UDP, 0xffffffff /* UDP_??? */, NULL, 0) = -1 EBADF (Bad file descriptor)",
                "setsockopt", -9, -1, 17, 0xffffffffffffffffL, 0, 0);
        check(ABBREV, "setsockopt(-1, SOL_PACKET, 0xffffffff /* PACKET_??? */, NULL, 0) = -1 EBADF (Bad file descriptor)",
                "setsockopt", -9, -1, 263, 0xffffffffffffffffL, 0, 0);
        check(ABBREV, "setsockopt(-1, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, NULL, 0) = -1 EBADF (Bad file descriptor)",
                "setsockopt", -9, -1, 270, 1, 0, 0);
        check(ABBREV, "socket(AF_NETLINK, SOCK_RAW, 0xffffffff /* NETLINK_??? */) = -1 EPROTONOSUPPORT (Protocol not supported)",
                "socket", -93, 16, 3, 0xffffffffffffffffL);
    }

    /** fcntl's lease, directory-notify and seal arguments, ptrace's options: sets of their own, of a C long. */
    @Test
    void fcntlAndPtraceArgumentSets() {
        check(ABBREV, "fcntl(-1, F_SETLEASE, 0xffffffffffffffff /* F_??? */) = -1 EBADF (Bad file descriptor)",
                "fcntl", -9, -1, 1024, 0xffffffffffffffffL);
        check(ABBREV, "fcntl(-1, F_SETLEASE, F_WRLCK) = -1 EBADF (Bad file descriptor)", "fcntl", -9, -1, 1024, 1);
        check(ABBREV, "fcntl(-1, F_NOTIFY, DN_ACCESS|DN_MODIFY|DN_CREATE|DN_DELETE|DN_RENAME|DN_ATTRIB|DN_MULTISHOT|0xffffffff7fffffc0) = -1 EBADF (Bad file descriptor)",
                "fcntl", -9, -1, 1026, 0xffffffffffffffffL);
        check(ABBREV, "fcntl(-1, F_ADD_SEALS, F_SEAL_SEAL|F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE|F_SEAL_FUTURE_WRITE|0xffffffffffffffe0) = -1 EBADF (Bad file descriptor)",
                "fcntl", -9, -1, 1033, 0xffffffffffffffffL);
        check(ABBREV, "ptrace(PTRACE_SETOPTIONS, -1, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_TRACEFORK|PTRACE_O_TRACEVFORK|PTRACE_O_TRACECLONE|PTRACE_O_TRACEEXEC|PTRACE_O_TRACEVFORKDONE|PTRACE_O_TRACEEXIT|PTRACE_O_TRACESECCOMP|PTRACE_O_EXITKILL|PTRACE_O_SUSPEND_SECCOMP|0xffffffffffcfff00) = -1 ESRCH (No such process)",
                "ptrace", -3, 0x4200, -1, 0, 0xffffffffffffffffL);
        check(ABBREV, "ptrace(PTRACE_SEIZE, -1, NULL, PTRACE_O_EXITKILL) = -1 ESRCH (No such process)", "ptrace", -3,
                0x4206, -1, 0, 0x100000);
    }
}
