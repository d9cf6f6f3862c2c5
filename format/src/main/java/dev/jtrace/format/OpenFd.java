package dev.jtrace.format;

/**
 * An open file descriptor as /proc/PID/fd shows it, with what strace -yy adds to it.
 *
 * @param target the link's target: a path, {@code pipe:[1234]}, {@code socket:[5678]}, {@code anon_inode:[eventfd]}...
 *               (what strace -y prints between {@code <} and {@code >})
 * @param detail empty, or what the recorder saw of the object at that moment: a device's {@code char 1:3} or
 *               {@code block 7:0}; a pidfd's {@code pid:1234}; a socket's protocol ({@code TCP},
 *               {@code UNIX-STREAM}), followed by {@code :[...]} when the kernel's sock_diag would report the
 *               socket, as strace -yy prints it ({@code TCP:[127.0.0.1:80->127.0.0.1:4242]},
 *               {@code UNIX-STREAM:[1384801->1384802]}, {@code NETLINK:[ROUTE:1234]}); see format/README.md
 */
public record OpenFd(int fd, String target, String detail) {
    public OpenFd {
        if (target == null) {
            throw new NullPointerException("target");
        }
        if (detail == null) {
            throw new NullPointerException("detail");
        }
    }

    /** A descriptor without detail. */
    public OpenFd(int fd, String target) {
        this(fd, target, "");
    }
}
