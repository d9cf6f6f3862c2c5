package dev.jtrace.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What strace -yy prints about a descriptor beyond its /proc link, as the object is right now: device
 * numbers, a pidfd's pid, a socket's protocol and addresses. Only names that can carry a detail cost more than
 * the readlink: a path under /dev/ (one stat), {@code anon_inode:[pidfd]}, {@code socket:[INODE]}.
 */
final class FdDetails {
    private static final String SOCKET = "socket:[";

    /** Made on the first socket: loading its native calls costs start-up time that file-only work need not pay. */
    private SocketDetails sockets;

    /** The detail of fd {@code fd} of task {@code tid}, whose link reads {@code target}; "" when none. */
    String of(int tid, int fd, String target) {
        if (target.startsWith("/dev/")) {
            return DeviceNumbers.of(link(tid, fd));
        }
        if (target.startsWith(SOCKET) && target.endsWith("]")) {
            try {
                long inode = Long.parseLong(target.substring(SOCKET.length(), target.length() - 1));
                if (sockets == null) {
                    sockets = new SocketDetails();
                }
                return sockets.of(tid, fd, inode);
            } catch (NumberFormatException e) {
                return "";
            }
        }
        if (target.equals("anon_inode:[pidfd]")) {
            return pidfdPid(tid, fd);
        }
        return "";
    }

    /** Closes the socket-description resources, if any were made. */
    void close() {
        if (sockets != null) {
            sockets.close();
            sockets = null;
        }
    }

    static Path link(int tid, int fd) {
        return Path.of("/proc/" + tid + "/fd/" + fd);
    }

    /** {@code pid:PID} from the {@code Pid:} line of /proc/TID/fdinfo/FD. */
    private static String pidfdPid(int tid, int fd) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + tid + "/fdinfo/" + fd))) {
                if (line.startsWith("Pid:")) {
                    return "pid:" + line.substring(4).trim();
                }
            }
        } catch (IOException e) {
            // closed meanwhile, or the task is gone
        }
        return "";
    }
}
