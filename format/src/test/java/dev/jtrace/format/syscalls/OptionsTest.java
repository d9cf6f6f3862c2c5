package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** -y, -X, -x/-xx, -s and -v, against lines strace 6.1 printed here. */
class OptionsTest {
    static final long P = 0x7ffe0000L;

    static DecodeOptions opts(int s, int x, boolean v, Constants c, int y) {
        return new DecodeOptions(s, x, v, c, y);
    }

    @Test
    void fdPathsWithY() {
        Map<Integer, String> fds = Map.of(3, "/etc/ld.so.cache", -100, "/tmp/st");
        DecodeContext.FdNames names = (pid, fd) -> Optional.ofNullable(fds.get(fd));
        DecodeOptions y = opts(32, 0, false, Constants.ABBREV, 1);
        assertEquals("openat(AT_FDCWD</tmp/st>, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3</etc/ld.so.cache>",
                line(Arch.X86_64, y, names, "openat", new FakeMemory().string(P, "/etc/ld.so.cache"), 3, -100, P,
                        0x80000));
        assertEquals("close(3</etc/ld.so.cache>) = 0",
                line(Arch.X86_64, y, names, "close", new FakeMemory(), 0, 3));
        assertEquals("mmap(NULL, 34547, PROT_READ, MAP_PRIVATE, 3</etc/ld.so.cache>, 0) = 0x7fa002b24000",
                line(Arch.X86_64, y, names, "mmap", new FakeMemory(), 0x7fa002b24000L, 0, 34547, 1, 2, 3, 0));
    }

    @Test
    void rawAndVerboseConstants() {
        DecodeOptions raw = opts(32, 0, false, Constants.RAW, 0);
        DecodeOptions verbose = opts(32, 0, false, Constants.VERBOSE, 0);
        assertEquals("arch_prctl(0x1002, 0x7fc4ce936800) = 0",
                line(raw, "arch_prctl", new FakeMemory(), 0, 0x1002, 0x7fc4ce936800L));
        assertEquals("lseek(3, 0, 0) = 0", line(raw, "lseek", new FakeMemory(), 0, 3, 0, 0));
        assertEquals("socket(0x1, 0x1|0x80800, 0) = 3", line(raw, "socket", new FakeMemory(), 3, 1, 0x80801, 0));
        byte[] stx = new byte[256];
        ByteBuffer.wrap(stx).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 0x1fff).putShort(28, (short) 0100755)
                .putLong(40, 3);
        assertEquals("statx(-100, \"/etc/hostname\", |0x900, 0xfff, {stx_mask=0x1fff, stx_attributes=0, stx_mode=0100755, stx_size=3, ...}) = 0",
                line(raw, "statx", new FakeMemory().string(P, "/etc/hostname").put(P + 0x100, stx), 0, -100, P, 0x900,
                        0xfff, P + 0x100));
        assertEquals("prlimit64(0, 0x3, NULL, {rlim_cur=8388608, rlim_max=18446744073709551615}) = 0",
                line(raw, "prlimit64", new FakeMemory().words(P, 8388608, -1), 0, 0, 3, 0, P));
        assertEquals("mmap(NULL, 8192, 0x3 /* PROT_READ|PROT_WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0) = 0x7fb4bfd0c000",
                line(verbose, "mmap", new FakeMemory(), 0x7fb4bfd0c000L, 0, 8192, 3, 0x22, -1, 0));
        assertEquals("openat(-100 /* AT_FDCWD */, \"/etc/ld.so.cache\", 0x80000 /* O_RDONLY|O_CLOEXEC */) = 3",
                line(verbose, "openat", new FakeMemory().string(P, "/etc/ld.so.cache"), 3, -100, P, 0x80000));
        assertEquals("prlimit64(0, 0x3 /* RLIMIT_STACK */, NULL, {rlim_cur=8388608 /* 8192*1024 */, rlim_max=18446744073709551615 /* RLIM64_INFINITY */}) = 0",
                line(verbose, "prlimit64", new FakeMemory().words(P, 8388608, -1), 0, 0, 3, 0, P));
        assertEquals("kill(15782, 10 /* SIGUSR1 */) = 0", line(verbose, "kill", new FakeMemory(), 0, 15782, 10));
        FakeMemory act = new FakeMemory().words(P, 0x5607a683adc0L, 0x4000000, 0x7fc8346fd050L,
                ~((1L << 31) | (1L << 32)));
        assertEquals("rt_sigaction(17 /* SIGCHLD */, {sa_handler=0x5607a683adc0, sa_mask=~[32 /* RTMIN */ 33 /* RT_1 */], sa_flags=0x4000000 /* SA_RESTORER */, sa_restorer=0x7fc8346fd050}, NULL, 8) = 0",
                line(verbose, "rt_sigaction", act, 0, 17, P, 0, 8));
        byte[] st = new byte[144];
        ByteBuffer.wrap(st).order(ByteOrder.LITTLE_ENDIAN).putInt(24, 0100644).putLong(48, 34547);
        assertEquals("newfstatat(3, \"\", {st_mode=0100644 /* S_IFREG|0644 */, st_size=34547, ...}, 0x1000 /* AT_EMPTY_PATH */) = 0",
                line(verbose, "newfstatat", new FakeMemory().string(P, "").put(P + 0x100, st), 0, 3, P, P + 0x100,
                        0x1000));
    }

    @Test
    void hexStringsAndLimit() {
        DecodeOptions xx = opts(16, 2, false, Constants.ABBREV, 0);
        FakeMemory m = new FakeMemory().string(P, "/usr/bin/head").words(P + 0x100, P + 0x200, P + 0x300, 0)
                .string(P + 0x200, "head").string(P + 0x300, "-c");
        assertEquals("execve(\"\\x2f\\x75\\x73\\x72\\x2f\\x62\\x69\\x6e\\x2f\\x68\\x65\\x61\\x64\", [\"\\x68\\x65\\x61\\x64\", \"\\x2d\\x63\"], NULL) = 0",
                line(xx, "execve", m, 0, P, P + 0x100, 0));
        byte[] passwd = "# Locale name alias data base.\n".getBytes();
        assertEquals("read(3, \"\\x23\\x20\\x4c\\x6f\\x63\\x61\\x6c\\x65\\x20\\x6e\\x61\\x6d\\x65\\x20\\x61\\x6c\"..., 4096) = 31",
                line(xx, "read", new FakeMemory().put(P, passwd), 31, 3, P, 4096));
        DecodeOptions s4 = opts(4, 0, false, Constants.ABBREV, 0);
        assertEquals("write(1, \"a\\0015\\1\"..., 24) = 24",
                line(s4, "write", new FakeMemory().put(P, new byte[] {'a', 1, '5', 1, 'x', 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), 24, 1, P, 24));
        // paths are never cut by -s
        assertEquals("chdir(\"/usr/share/doc\") = 0", line(s4, "chdir", new FakeMemory().string(P, "/usr/share/doc"), 0, P));
    }

    @Test
    void verboseStructsAndEnvironment() {
        DecodeOptions v = opts(32, 0, true, Constants.ABBREV, 0);
        byte[] uts = new byte[390];
        String[] f = {"Linux", "vm", "6.18.44-fc-v595", "#1 SMP PREEMPT_DYNAMIC @0", "x86_64", "(none)"};
        for (int k = 0; k < 6; k++) {
            System.arraycopy(f[k].getBytes(), 0, uts, 65 * k, f[k].length());
        }
        assertEquals("uname({sysname=\"Linux\", nodename=\"vm\", release=\"6.18.44-fc-v595\", version=\"#1 SMP PREEMPT_DYNAMIC @0\", machine=\"x86_64\", domainname=\"(none)\"}) = 0",
                line(v, "uname", new FakeMemory().put(P, uts), 0, P));
        FakeMemory env = new FakeMemory().string(P, "/usr/bin/ls").words(P + 0x100, P + 0x200, 0)
                .string(P + 0x200, "ls").words(P + 0x300, P + 0x400, P + 0x500, 0).string(P + 0x400, "SHELL=/bin/bash")
                .string(P + 0x500, "TF_CLI_CONFIG_FILE=/root/.terraform.d/config");
        assertEquals("execve(\"/usr/bin/ls\", [\"ls\"], [\"SHELL=/bin/bash\", \"TF_CLI_CONFIG_FILE=/root/.terraf\"...]) = 0",
                line(v, "execve", env, 0, P, P + 0x100, P + 0x300));
    }

    @Test
    void verboseFileStructs() {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try {
            DecodeOptions v = opts(32, 0, true, Constants.ABBREV, 0);
            ByteBuffer st = ByteBuffer.allocate(144).order(ByteOrder.LITTLE_ENDIAN);
            st.putLong(0, 0xfe00).putLong(8, 673).putLong(16, 1).putInt(24, 0100644).putLong(48, 34547)
                    .putLong(56, 4096).putLong(64, 72).putLong(72, 1795792084L).putLong(80, 266764141)
                    .putLong(88, 1792191844L).putLong(104, 1792191844L);
            assertEquals("newfstatat(3, \"\", {st_dev=makedev(0xfe, 0), st_ino=673, st_mode=S_IFREG|0644, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=72, st_size=34547, st_atime=1795792084 /* 2026-11-27T15:08:04.266764141+0000 */, st_atime_nsec=266764141, st_mtime=1792191844 /* 2026-10-16T23:04:04+0000 */, st_mtime_nsec=0, st_ctime=1792191844 /* 2026-10-16T23:04:04+0000 */, st_ctime_nsec=0}, AT_EMPTY_PATH) = 0",
                    line(v, "newfstatat", new FakeMemory().string(P, "").put(P + 0x100, st.array()), 0, 3, P,
                            P + 0x100, 0x1000));
            ByteBuffer x = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
            x.putInt(0, 0x17ff).putInt(4, 4096).putLong(8, 0).putInt(16, 1).putShort(28, (short) 0100644)
                    .putLong(32, 2146908).putLong(56, 0x303874).putLong(64, 1795793752L).putInt(72, 706818918)
                    .putLong(96, 1795793752L).putInt(104, 706818918).putLong(112, 1795793752L).putInt(120, 706818918)
                    .putInt(136, 254).putLong(144, 0x1b);
            assertEquals("statx(AT_FDCWD, \"gd/a\", AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT, STATX_MODE|STATX_NLINK|STATX_UID|STATX_GID|STATX_MTIME|STATX_SIZE, {stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_blksize=4096, stx_attributes=0, stx_nlink=1, stx_uid=0, stx_gid=0, stx_mode=S_IFREG|0644, stx_ino=2146908, stx_size=0, stx_blocks=0, stx_attributes_mask=STATX_ATTR_COMPRESSED|STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND|STATX_ATTR_NODUMP|STATX_ATTR_ENCRYPTED|STATX_ATTR_AUTOMOUNT|STATX_ATTR_MOUNT_ROOT|STATX_ATTR_VERITY|STATX_ATTR_DAX, stx_atime={tv_sec=1795793752, tv_nsec=706818918} /* 2026-11-27T15:35:52.706818918+0000 */, stx_ctime={tv_sec=1795793752, tv_nsec=706818918} /* 2026-11-27T15:35:52.706818918+0000 */, stx_mtime={tv_sec=1795793752, tv_nsec=706818918} /* 2026-11-27T15:35:52.706818918+0000 */, stx_rdev_major=0, stx_rdev_minor=0, stx_dev_major=254, stx_dev_minor=0, stx_mnt_id=0x1b}) = 0",
                    line(v, "statx", new FakeMemory().string(P, "gd/a").put(P + 0x100, x.array()), 0, -100, P, 0x900,
                            0x25e, P + 0x100));
            ByteBuffer d = ByteBuffer.allocate(72).order(ByteOrder.LITTLE_ENDIAN);
            d.putLong(0, 2146907).putLong(8, 6357504699377170974L).putShort(16, (short) 24).put(18, (byte) 4)
                    .put(19, (byte) '.');
            d.putLong(24, 2146623).putLong(32, 7709387121495409031L).putShort(40, (short) 24).put(42, (byte) 4)
                    .put(43, (byte) '.').put(44, (byte) '.');
            d.putLong(48, 2146908).putLong(56, Long.MAX_VALUE).putShort(64, (short) 24).put(66, (byte) 8)
                    .put(67, (byte) 'a');
            assertEquals("getdents64(3, [{d_ino=2146907, d_off=6357504699377170974, d_reclen=24, d_type=DT_DIR, d_name=\".\"}, {d_ino=2146623, d_off=7709387121495409031, d_reclen=24, d_type=DT_DIR, d_name=\"..\"}, {d_ino=2146908, d_off=9223372036854775807, d_reclen=24, d_type=DT_REG, d_name=\"a\"}], 32768) = 72",
                    line(v, "getdents64", new FakeMemory().put(P, d.array()), 72, 3, P, 32768));
            assertEquals("getdents64(3, [], 32768) = 0", line(v, "getdents64", new FakeMemory().put(P, new byte[8]), 0, 3,
                    P, 32768));
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }

    @Test
    void i386ArgumentsAreThirtyTwoBit() {
        DecodeOptions o = DecodeOptions.DEFAULT;
        assertEquals("close(3) = 0", line(Arch.I386, o, DecodeContext.FdNames.NONE, "close", new FakeMemory(), 0,
                0xdeadbeef00000003L));
        assertEquals("openat(AT_FDCWD, \"/etc/hostname\", O_RDONLY) = 3", line(Arch.I386, o, DecodeContext.FdNames.NONE,
                "openat", new FakeMemory().string(0x8000, "/etc/hostname"), 3, 0xffffff9cL, 0x8000, 0));
        byte[] st = new byte[96];
        ByteBuffer.wrap(st).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 0100644).putLong(44, 3);
        assertEquals("fstat64(3, {st_mode=S_IFREG|0644, st_size=3, ...}) = 0", line(Arch.I386, o,
                DecodeContext.FdNames.NONE, "fstat64", new FakeMemory().put(0x9000, st), 0, 3, 0x9000));
        assertEquals("_llseek(3, 0, [0], SEEK_SET) = 0", line(Arch.I386, o, DecodeContext.FdNames.NONE, "_llseek",
                new FakeMemory().words(0x9000, 0), 0, 3, 0, 0, 0x9000, 0));
        assertEquals("mmap2(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xf7f00000",
                line(Arch.I386, o, DecodeContext.FdNames.NONE, "mmap2", new FakeMemory(), 0xf7f00000L, 0, 8192, 3,
                        0x22, 0xffffffffL, 0));
    }
}
