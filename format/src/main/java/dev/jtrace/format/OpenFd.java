package dev.jtrace.format;

/**
 * An open file descriptor as /proc/PID/fd shows it.
 *
 * @param target the link's target: a path, {@code pipe:[1234]}, {@code socket:[5678]}, {@code anon_inode:[eventfd]}...
 *               (what strace -y prints between {@code <} and {@code >})
 */
public record OpenFd(int fd, String target) {
    public OpenFd {
        if (target == null) {
            throw new NullPointerException("target");
        }
    }
}
