package dev.jtrace.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** strace -yy's {@code char 1:3} / {@code block 7:0} for a descriptor open on a device node. */
final class DeviceNumbers {
    private static final int S_IFMT = 0170000, S_IFCHR = 0020000, S_IFBLK = 0060000;

    private DeviceNumbers() {
    }

    /** The device numbers of what {@code /proc/TID/fd/N} leads to, or "" when it is not a device. */
    static String of(Path fdLink) {
        try {
            Map<String, Object> a = Files.readAttributes(fdLink, "unix:mode,rdev");
            int type = (Integer) a.get("mode") & S_IFMT;
            long rdev = (Long) a.get("rdev");
            if (type == S_IFCHR) {
                return "char " + text(rdev);
            }
            if (type == S_IFBLK) {
                return "block " + text(rdev);
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // closed meanwhile, or the task is gone
        }
        return "";
    }

    /** MAJOR:MINOR of a Linux dev_t (glibc's gnu_dev_major/minor encoding). */
    static String text(long dev) {
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        return major + ":" + minor;
    }
}
