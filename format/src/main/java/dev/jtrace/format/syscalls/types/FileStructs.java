package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** struct stat, statx, statfs and linux_dirent64 as strace prints them. */
public final class FileStructs {
    private static final long MAX_DIRENTS_BYTES = 1 << 20;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("xx");

    private FileStructs() {
    }

    /** {@code S_IFREG|0644}: the file type and special bits symbolically, the permissions in octal. */
    public static String mode(CallView c, long mode) {
        var mt = c.constants("stat_mode_type");
        String sym = mt.symbolic(mode & ~0777L);
        String perm = Scalars.octal(mode & 0777);
        return switch (c.options().constants()) {
            case RAW -> Scalars.octal(mode);
            case VERBOSE -> Scalars.octal(mode) + " /* " + (sym == null ? "" : sym + "|") + perm + " */";
            default -> (sym == null || (mode & ~0777L) == 0 ? "" : sym + "|") + perm;
        };
    }

    /** {@code makedev(0x8, 0x1)}. */
    public static String makedev(CallView c, long major, long minor) {
        String s = "makedev(" + Scalars.hex(major) + ", " + Scalars.hex(minor) + ")";
        return switch (c.options().constants()) {
            case RAW -> Scalars.hex(major << 8 & 0xfff00 | minor & 0xff | (minor & ~0xffL) << 12 | (major & ~0xfffL) << 32);
            case VERBOSE -> Scalars.hex(major << 8 & 0xfff00 | minor & 0xff | (minor & ~0xffL) << 12
                    | (major & ~0xfffL) << 32) + " /* " + s + " */";
            default -> s;
        };
    }

    static String devT(CallView c, long dev) {
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        return makedev(c, major, minor);
    }

    /** {@code 1795792084 /* 2026-11-27T15:08:04.266764141+0000 *}{@code /} in local time. */
    public static String time(CallView c, long sec, long nsec) {
        if (c.options().constants() == dev.jtrace.format.decode.DecodeOptions.Constants.RAW) {
            return Long.toString(sec);
        }
        try {
            var t = Instant.ofEpochSecond(sec).atZone(ZoneId.systemDefault());
            String frac = nsec > 0 && nsec < 1_000_000_000L ? "." + String.format("%09d", nsec) : "";
            return sec + " /* " + ISO.format(t) + frac + ZONE.format(t) + " */";
        } catch (java.time.DateTimeException e) {
            return Long.toString(sec); // not a representable date: strace prints the number alone
        }
    }

    /** struct stat (x86_64 layout; i386 struct stat64 via {@link #STAT64}). */
    public static final Pointee STAT = new StatPointee(false);
    public static final Pointee STAT64 = new StatPointee(true);

    private static final class StatPointee implements Pointee {
        private final boolean stat64;

        StatPointee(boolean stat64) {
            this.stat64 = stat64;
        }

        @Override
        public long size(CaptureSite s, int arg) {
            return s.arch() == Arch.I386 ? (stat64 ? 96 : 64) : 144;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructReader r = new StructReader(data, c.arch());
            long dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks;
            long[] times = new long[6];
            if (c.arch() == Arch.X86_64) {
                dev = r.s64(0); ino = r.s64(8); nlink = r.s64(16); mode = r.u32(24); uid = r.u32(28);
                gid = r.u32(32); rdev = r.s64(40); size = r.s64(48); blksize = r.s64(56); blocks = r.s64(64);
                for (int k = 0; k < 6; k++) {
                    times[k] = r.s64(72 + 8 * k);
                }
            } else if (stat64) {
                dev = r.s64(0); mode = r.u32(16); nlink = r.u32(20); uid = r.u32(24); gid = r.u32(28);
                rdev = r.s64(32); size = r.s64(44); blksize = r.u32(52); blocks = r.s64(56); ino = r.s64(88);
                for (int k = 0; k < 6; k++) {
                    times[k] = r.u32(64 + 4 * k);
                }
            } else {
                dev = r.u32(0); ino = r.u32(4); mode = r.u16(8); nlink = r.u16(10); uid = r.u16(12);
                gid = r.u16(14); rdev = r.u32(16); size = r.u32(20); blksize = r.u32(24); blocks = r.u32(28);
                for (int k = 0; k < 6; k++) {
                    times[k] = r.u32(32 + 4 * k);
                }
            }
            boolean dev2 = (mode & 0170000) == 020000 || (mode & 0170000) == 060000;
            if (!c.options().verbose()) {
                out.append("{st_mode=").append(mode(c, mode));
                if (dev2) {
                    out.append(", st_rdev=").append(devT(c, rdev));
                } else {
                    out.append(", st_size=").append(size);
                }
                out.append(", ...}");
                return;
            }
            out.append("{st_dev=").append(devT(c, dev)).append(", st_ino=").append(Long.toUnsignedString(ino))
                    .append(", st_mode=").append(mode(c, mode)).append(", st_nlink=").append(nlink)
                    .append(", st_uid=").append(uid).append(", st_gid=").append(gid)
                    .append(", st_blksize=").append(blksize).append(", st_blocks=").append(blocks);
            if (dev2) {
                out.append(", st_rdev=").append(devT(c, rdev));
            } else {
                out.append(", st_size=").append(size);
            }
            String[] names = {"st_atime", "st_mtime", "st_ctime"};
            for (int k = 0; k < 3; k++) {
                out.append(", ").append(names[k]).append('=').append(time(c, times[2 * k], times[2 * k + 1]))
                        .append(", ").append(names[k]).append("_nsec=").append(times[2 * k + 1]);
            }
            out.append('}');
        }
    }

    /** struct statx (same layout in both ABIs). */
    public static final Pointee STATX = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return 256;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructReader r = new StructReader(data, c.arch());
            long mask = r.u32(0);
            long mode = r.u16(28);
            String attributes = c.constant("statx_attr", r.s64(8));
            out.append("{stx_mask=").append(c.constant("statx_mask", mask));
            if (!c.options().verbose()) {
                out.append(", stx_attributes=").append(attributes).append(", stx_mode=").append(mode(c, mode));
                if ((mode & 0170000) == 020000 || (mode & 0170000) == 060000) {
                    out.append(", stx_rdev_major=").append(r.u32(128)).append(", stx_rdev_minor=").append(r.u32(132));
                } else {
                    out.append(", stx_size=").append(r.s64(40));
                }
                out.append(", ...}");
                return;
            }
            out.append(", stx_blksize=").append(r.u32(4)).append(", stx_attributes=").append(attributes)
                    .append(", stx_nlink=").append(r.u32(16)).append(", stx_uid=").append(r.u32(20))
                    .append(", stx_gid=").append(r.u32(24)).append(", stx_mode=").append(mode(c, mode))
                    .append(", stx_ino=").append(Long.toUnsignedString(r.s64(32)))
                    .append(", stx_size=").append(r.s64(40)).append(", stx_blocks=").append(r.s64(48))
                    .append(", stx_attributes_mask=").append(c.constant("statx_attr", r.s64(56)));
            String[] names = {"stx_atime", "stx_btime", "stx_ctime", "stx_mtime"};
            for (int k = 0; k < 4; k++) {
                if (k == 1 && (mask & 0x800) == 0) {
                    continue;
                }
                int off = 64 + 16 * k;
                long sec = r.s64(off);
                long nsec = r.u32(off + 8);
                out.append(", ").append(names[k]).append("={tv_sec=").append(sec).append(", tv_nsec=").append(nsec)
                        .append('}');
                String t = time(c, sec, nsec);
                out.append(t.substring(Long.toString(sec).length()));
            }
            out.append(", stx_rdev_major=").append(r.u32(128)).append(", stx_rdev_minor=").append(r.u32(132))
                    .append(", stx_dev_major=").append(r.u32(136)).append(", stx_dev_minor=").append(r.u32(140))
                    .append(", stx_mnt_id=").append(Scalars.hex(r.s64(144))).append('}');
        }
    };

    /** struct statfs (x86_64: 120 bytes of longs; i386: 64 bytes of 32-bit fields). */
    public static final Pointee STATFS = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return s.arch() == Arch.I386 ? 64 : 120;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructReader r = new StructReader(data, c.arch());
            int w = r.wordSize();
            long type = r.word(0);
            String typeName = c.constants("fs_magic").symbolic(type);
            out.append("{f_type=").append(typeName != null && c.options().constants()
                            == dev.jtrace.format.decode.DecodeOptions.Constants.ABBREV ? typeName : Scalars.hex(type))
                    .append(", f_bsize=").append(r.sword(w))
                    .append(", f_blocks=").append(r.word(2 * w)).append(", f_bfree=").append(r.word(3 * w))
                    .append(", f_bavail=").append(r.word(4 * w)).append(", f_files=").append(r.word(5 * w))
                    .append(", f_ffree=").append(r.word(6 * w))
                    .append(", f_fsid={val=[").append(Scalars.hex(r.u32(7 * w))).append(", ")
                    .append(Scalars.hex(r.u32(7 * w + 4))).append("]}")
                    .append(", f_namelen=").append(r.sword(7 * w + 8)).append(", f_frsize=").append(r.sword(8 * w + 8))
                    .append(", f_flags=").append(c.constant("statfs_flags", r.word(9 * w + 8))).append('}');
        }
    };

    /** i386 struct statfs64: 32-bit type, size, namelen, frsize and flags; 64-bit counts. */
    public static final Pointee STATFS64 = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return 84;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructReader r = new StructReader(data, c.arch());
            long type = r.u32(0);
            String typeName = c.constants("fs_magic").symbolic(type);
            out.append("{f_type=").append(typeName != null && c.options().constants()
                            == dev.jtrace.format.decode.DecodeOptions.Constants.ABBREV ? typeName : Scalars.hex(type))
                    .append(", f_bsize=").append(r.u32(4)).append(", f_blocks=").append(r.s64(8))
                    .append(", f_bfree=").append(r.s64(16)).append(", f_bavail=").append(r.s64(24))
                    .append(", f_files=").append(r.s64(32)).append(", f_ffree=").append(r.s64(40))
                    .append(", f_fsid={val=[").append(Scalars.hex(r.u32(48))).append(", ")
                    .append(Scalars.hex(r.u32(52))).append("]}, f_namelen=").append(r.u32(56))
                    .append(", f_frsize=").append(r.u32(60)).append(", f_flags=")
                    .append(c.constant("statfs_flags", r.u32(64))).append('}');
        }
    };

    /** openat2's struct open_how: flags, the mode with O_CREAT/O_TMPFILE (or when set), resolve when set. */
    public static final Pointee OPEN_HOW = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return 24;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructReader r = new StructReader(data, c.arch());
            long flags = r.s64(0);
            long mode = r.s64(8);
            long resolve = r.s64(16);
            out.append("{flags=").append(c.constant("open", flags));
            if ((flags & 0100) != 0 || (flags & 020000000) != 0 || mode != 0) {
                out.append(", mode=").append(Scalars.octal(mode));
            }
            if (resolve != 0) {
                out.append(", resolve=").append(c.constant("openat2_resolve", resolve));
            }
            out.append('}');
        }
    };

    /** linux_dirent64 records, {@code [ret]} bytes: {@code 0x... /* N entries *}{@code /} unless -v. */
    public static Pointee dirents(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return s.length(len);
            }

            /** Counting the entries needs all of them, not just the snap length (up to a sane bound). */
            @Override
            public void capture(CaptureSite site, int arg, long address) {
                long n = size(site, arg);
                site.bytes(arg, "", address, n, Math.min(Math.max(n, 0), MAX_DIRENTS_BYTES));
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long total = Math.min(c.length(len), r.size());
                int count = 0;
                StringBuilder v = new StringBuilder("[");
                for (int off = 0; off + 19 <= total; ) {
                    int reclen = r.u16(off + 16);
                    if (reclen == 0) {
                        break;
                    }
                    if (count > 0) {
                        v.append(", ");
                    }
                    int nameEnd = off + 19;
                    while (nameEnd < off + reclen && nameEnd < r.size() && r.u8(nameEnd) != 0) {
                        nameEnd++;
                    }
                    v.append("{d_ino=").append(Long.toUnsignedString(r.s64(off))).append(", d_off=").append(r.s64(off + 8))
                            .append(", d_reclen=").append(reclen).append(", d_type=")
                            .append(c.constant("dirent_type", r.u8(off + 18))).append(", d_name=");
                    Strings.quoted(c, new Capture(arg, "", 0, r.bytes(off + 19, nameEnd - off - 19),
                            nameEnd - off - 19, 0), nameEnd - off - 19, true, false, -1, v);
                    v.append('}');
                    count++;
                    off += reclen;
                }
                if (c.options().verbose()) {
                    out.append(v).append(']');
                } else {
                    out.append(CallView.pointer(c.arg(arg))).append(" /* ").append(count)
                            .append(count == 1 ? " entry */" : " entries */");
                }
            }
        };
    }
}
