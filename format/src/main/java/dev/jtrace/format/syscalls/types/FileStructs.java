package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** struct stat, statx, statfs and linux_dirent64 as strace prints them. */
public final class FileStructs {
    private static final long MAX_DIRENTS_BYTES = 1 << 20;
    private static final long STATX_BTIME = 0x800;
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
        if (c.options().constants() == Constants.RAW) {
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

    /** struct stat (x86_64; i386's old struct stat) and i386's struct stat64. */
    public static final Pointee STAT = Pointees.struct("stat", FileStructs::stat);
    public static final Pointee STAT64 = Pointees.struct("stat64", FileStructs::stat);

    private static void stat(CallView c, StructView v, StringBuilder out) {
        long mode = v.get("st_mode");
        boolean device = (mode & 0170000) == 020000 || (mode & 0170000) == 060000;
        if (!c.options().verbose()) {
            out.append("{st_mode=").append(mode(c, mode));
            if (device) {
                out.append(", st_rdev=").append(devT(c, v.get("st_rdev")));
            } else {
                out.append(", st_size=").append(v.get("st_size"));
            }
            out.append(", ...}");
            return;
        }
        out.append("{st_dev=").append(devT(c, v.get("st_dev"))).append(", st_ino=")
                .append(Long.toUnsignedString(v.get("st_ino"))).append(", st_mode=").append(mode(c, mode))
                .append(", st_nlink=").append(v.get("st_nlink")).append(", st_uid=").append(v.get("st_uid"))
                .append(", st_gid=").append(v.get("st_gid")).append(", st_blksize=").append(v.get("st_blksize"))
                .append(", st_blocks=").append(v.get("st_blocks"));
        if (device) {
            out.append(", st_rdev=").append(devT(c, v.get("st_rdev")));
        } else {
            out.append(", st_size=").append(v.get("st_size"));
        }
        for (String time : new String[] {"st_atime", "st_mtime", "st_ctime"}) {
            long nsec = v.get(time + "_nsec");
            out.append(", ").append(time).append('=').append(time(c, v.get(time), nsec))
                    .append(", ").append(time).append("_nsec=").append(nsec);
        }
        out.append('}');
    }

    /** struct statx (same layout in both ABIs). */
    public static final Pointee STATX = Pointees.struct("statx", (c, v, out) -> {
        long mask = v.get("stx_mask");
        long mode = v.get("stx_mode");
        String attributes = c.constant("statx_attr", v.get("stx_attributes"));
        out.append("{stx_mask=").append(c.constant("statx_mask", mask));
        if (!c.options().verbose()) {
            out.append(", stx_attributes=").append(attributes).append(", stx_mode=").append(mode(c, mode));
            if ((mode & 0170000) == 020000 || (mode & 0170000) == 060000) {
                out.append(", stx_rdev_major=").append(v.get("stx_rdev_major")).append(", stx_rdev_minor=")
                        .append(v.get("stx_rdev_minor"));
            } else {
                out.append(", stx_size=").append(v.get("stx_size"));
            }
            out.append(", ...}");
            return;
        }
        out.append(", stx_blksize=").append(v.get("stx_blksize")).append(", stx_attributes=").append(attributes)
                .append(", stx_nlink=").append(v.get("stx_nlink")).append(", stx_uid=").append(v.get("stx_uid"))
                .append(", stx_gid=").append(v.get("stx_gid")).append(", stx_mode=").append(mode(c, mode))
                .append(", stx_ino=").append(Long.toUnsignedString(v.get("stx_ino")))
                .append(", stx_size=").append(v.get("stx_size")).append(", stx_blocks=").append(v.get("stx_blocks"))
                .append(", stx_attributes_mask=").append(c.constant("statx_attr", v.get("stx_attributes_mask")));
        for (String name : new String[] {"stx_atime", "stx_btime", "stx_ctime", "stx_mtime"}) {
            if (name.equals("stx_btime") && (mask & STATX_BTIME) == 0) {
                continue;
            }
            StructView ts = v.struct(name);
            long sec = ts.get("tv_sec");
            long nsec = ts.get("tv_nsec");
            out.append(", ").append(name).append("={tv_sec=").append(sec).append(", tv_nsec=").append(nsec)
                    .append('}');
            String t = time(c, sec, nsec);
            out.append(t.substring(Long.toString(sec).length()));
        }
        out.append(", stx_rdev_major=").append(v.get("stx_rdev_major")).append(", stx_rdev_minor=")
                .append(v.get("stx_rdev_minor")).append(", stx_dev_major=").append(v.get("stx_dev_major"))
                .append(", stx_dev_minor=").append(v.get("stx_dev_minor")).append(", stx_mnt_id=")
                .append(Scalars.hex(v.get("stx_mnt_id"))).append('}');
    });

    /** struct statfs (x86_64: longs; i386: 32-bit fields) and i386's struct statfs64 (64-bit counts). */
    public static final Pointee STATFS = Pointees.struct("statfs", FileStructs::statfs);
    public static final Pointee STATFS64 = Pointees.struct("statfs64", FileStructs::statfs);

    private static void statfs(CallView c, StructView v, StringBuilder out) {
        long type = v.get("f_type");
        String typeName = c.constants("fs_magic").symbolic(type);
        StructView fsid = v.struct("f_fsid");
        out.append("{f_type=").append(typeName != null && c.options().constants() == Constants.ABBREV ? typeName
                        : Scalars.hex(type))
                .append(", f_bsize=").append(v.get("f_bsize"))
                .append(", f_blocks=").append(v.get("f_blocks")).append(", f_bfree=").append(v.get("f_bfree"))
                .append(", f_bavail=").append(v.get("f_bavail")).append(", f_files=").append(v.get("f_files"))
                .append(", f_ffree=").append(v.get("f_ffree"))
                .append(", f_fsid={val=[").append(Scalars.hex(fsid.get("val", 0) & 0xffffffffL)).append(", ")
                .append(Scalars.hex(fsid.get("val", 1) & 0xffffffffL)).append("]}")
                .append(", f_namelen=").append(v.get("f_namelen")).append(", f_frsize=").append(v.get("f_frsize"))
                .append(", f_flags=").append(c.constant("statfs_flags", v.get("f_flags"))).append('}');
    }

    /** openat2's struct open_how: flags, the mode with O_CREAT/O_TMPFILE (or when set), resolve when set. */
    public static final Pointee OPEN_HOW = Pointees.struct("open_how", (c, v, out) -> {
        long flags = v.get("flags");
        long mode = v.get("mode");
        long resolve = v.get("resolve");
        out.append("{flags=").append(c.constant("open", flags));
        if ((flags & 0100) != 0 || (flags & 020000000) != 0 || mode != 0) {
            out.append(", mode=").append(Scalars.octal(mode));
        }
        if (resolve != 0) {
            out.append(", resolve=").append(c.constant("openat2_resolve", resolve));
        }
        out.append('}');
    });

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
                StructLayout dirent = Pointees.layout("linux_dirent64", c.arch());
                int nameAt = dirent.offset("d_name");
                byte[] d = data.data();
                long total = Math.min(c.length(len), d.length);
                int count = 0;
                StringBuilder v = new StringBuilder("[");
                for (int off = 0; off + nameAt <= total; ) {
                    StructView e = dirent.view(d, off);
                    int reclen = (int) e.get("d_reclen");
                    if (reclen == 0) {
                        break;
                    }
                    if (count > 0) {
                        v.append(", ");
                    }
                    int nameEnd = off + nameAt;
                    while (nameEnd < off + reclen && nameEnd < d.length && d[nameEnd] != 0) {
                        nameEnd++;
                    }
                    byte[] name = Arrays.copyOfRange(d, off + nameAt, nameEnd);
                    v.append("{d_ino=").append(Long.toUnsignedString(e.get("d_ino"))).append(", d_off=")
                            .append(e.get("d_off")).append(", d_reclen=").append(reclen).append(", d_type=")
                            .append(c.constant("dirent_type", e.get("d_type"))).append(", d_name=");
                    Strings.quoted(c, new Capture(arg, "", 0, name, name.length, 0), name.length, true, false, -1, v);
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
