package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructView;

/**
 * What i386's oldest calls point to: oldstat's struct __old_kernel_stat, stime's 32-bit time_t and readdir's
 * struct old_linux_dirent.
 */
public final class OldI386Structs {
    private static final String OLD_LINUX_DIRENT = "old_linux_dirent";
    private static final int NAME_MAX = 255;

    private OldI386Structs() {
    }

    /**
     * {@code old_stat}: as struct stat prints, from 16-bit ids and devices; -v shows st_blksize and st_blocks as 0
     * (the old struct has neither) and the times without nanoseconds.
     */
    public static final Pointee OLD_STAT = Pointees.struct("old_kernel_stat", (c, v, out) -> {
        long mode = v.get("st_mode");
        boolean device = (mode & 0170000) == 020000 || (mode & 0170000) == 060000;
        String sizeOrDevice = device ? "st_rdev=" + FileStructs.devT(c, v.get("st_rdev"))
                : "st_size=" + v.get("st_size");
        if (!c.options().verbose()) {
            out.append("{st_mode=").append(FileStructs.mode(c, mode)).append(", ").append(sizeOrDevice)
                    .append(", ...}");
            return;
        }
        out.append("{st_dev=").append(FileStructs.devT(c, v.get("st_dev"))).append(", st_ino=")
                .append(v.get("st_ino")).append(", st_mode=").append(FileStructs.mode(c, mode))
                .append(", st_nlink=").append(v.get("st_nlink")).append(", st_uid=").append(v.get("st_uid"))
                .append(", st_gid=").append(v.get("st_gid")).append(", st_blksize=0, st_blocks=0, ")
                .append(sizeOrDevice);
        for (String time : new String[] {"st_atime", "st_mtime", "st_ctime"}) {
            out.append(", ").append(time).append('=').append(FileStructs.time(c, v.get(time), 0));
        }
        out.append('}');
    });

    /** {@code time32}: stime's {@code [1795794229 /* 2026-11-27T15:43:49+0000 *}{@code /]}. */
    public static final Pointee TIME32 = Pointees.fixed(4, 4,
            (c, r, out) -> out.append('[').append(FileStructs.time(c, r.s32(0), 0)).append(']'));

    /** {@code old_dirent}: readdir's one entry, {@code {d_ino=19, d_off=108735049, d_reclen=3, d_name="etc"}}. */
    public static final Pointee OLD_DIRENT = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return Pointees.layout(OLD_LINUX_DIRENT, s.arch()).offset("d_name") + NAME_MAX + 1;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            if (c.rval() == 0) {
                throw new StructReader.Short(); // the end of the directory: nothing was written, strace shows where
            }
            StructView v = c.struct(OLD_LINUX_DIRENT, data);
            int namelen = (int) Math.min(v.get("d_namlen"), NAME_MAX);
            byte[] name = new StructReader(data, c.arch()).bytes(v.layout().offset("d_name"), namelen);
            out.append("{d_ino=").append(v.get("d_ino")).append(", d_off=").append(v.get("d_offset"))
                    .append(", d_reclen=").append(namelen).append(", d_name=");
            Strings.quoted(c, new Capture(arg, "", 0, name, namelen, 0), namelen, false, false, -1, out);
            out.append('}');
        }
    };
}
