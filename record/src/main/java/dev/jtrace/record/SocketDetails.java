package dev.jtrace.record;

import jnr.ffi.Pointer;

/**
 * A socket as strace -yy names it: the kernel's protocol name ({@code system.sockprotoname} of
 * /proc/TID/fd/N), then, when sock_diag would report the socket, {@code :[...]} with what it reports. UNIX
 * sockets are looked up by inode with sock_diag (their peer's inode is known nowhere else); inet and netlink
 * sockets are asked through a local copy of the descriptor (pidfd_getfd) with getsockname/getpeername, which
 * report what inet_diag and netlink_diag would: a socket is listed once it has a local port (or port id).
 * Other protocols get their name only. Costs tens of µs: the recorder asks only on socket calls.
 */
final class SocketDetails implements AutoCloseable {
    private static final SocketLibC C = Native.library(SocketLibC.class);
    private static final int SYS_PIDFD_OPEN = 434, SYS_PIDFD_GETFD = 438, PIDFD_THREAD = 0x80;
    private static final int AF_INET = 2, AF_INET6 = 10, AF_NETLINK = 16;
    private static final int SOL_SOCKET = 1, SO_PROTOCOL = 38;

    private final Pointer addr = Native.allocate(128);
    private final Pointer len = Native.allocate(4);
    private final UnixSockDiag unix = new UnixSockDiag(C);

    /** The detail of socket {@code fd} (inode {@code inode}) of task {@code tid}; "" when it is gone. */
    String of(int tid, int fd, long inode) {
        String proto = protocol(tid, fd);
        if (proto.isEmpty()) {
            return "";
        }
        String found = switch (proto) {
            case "UNIX", "UNIX-STREAM" -> unix.describe(inode);
            case "TCP", "UDP", "TCPv6", "UDPv6", "UDPLITEv6", "NETLINK" -> viaLocalCopy(tid, fd);
            default -> null;
        };
        return found == null ? proto : proto + ":[" + found + "]";
    }

    private String protocol(int tid, int fd) {
        long n = C.getxattr(FdDetails.link(tid, fd).toString(), "system.sockprotoname", addr, addr.size());
        return n <= 0 ? "" : addr.getString(0, (int) n, java.nio.charset.StandardCharsets.US_ASCII).trim();
    }

    private String viaLocalCopy(int tid, int fd) {
        int pidfd = C.syscall(SYS_PIDFD_OPEN, tid, PIDFD_THREAD, 0);
        if (pidfd < 0) {
            pidfd = C.syscall(SYS_PIDFD_OPEN, tid, 0, 0); // before Linux 6.9: a thread-group leader only
        }
        if (pidfd < 0) {
            return null;
        }
        try {
            int copy = C.syscall(SYS_PIDFD_GETFD, pidfd, fd, 0);
            if (copy < 0) {
                return null;
            }
            try {
                return describe(copy);
            } finally {
                C.close(copy);
            }
        } finally {
            C.close(pidfd);
        }
    }

    private String describe(int s) {
        if (!name(s, false)) {
            return null;
        }
        int family = addr.getShort(0) & 0xffff;
        if (family == AF_NETLINK) {
            long portId = addr.getInt(4) & 0xffffffffL;
            len.putInt(0, 4);
            if (portId == 0 || C.getsockopt(s, SOL_SOCKET, SO_PROTOCOL, addr, len) != 0) {
                return null;
            }
            return NetlinkProtocols.name(addr.getInt(0)) + ":" + portId;
        }
        if (family != AF_INET && family != AF_INET6) {
            return null;
        }
        String local = InetText.endpoint(addr);
        if (local == null) {
            return null; // no port: not in inet_diag's tables yet
        }
        String remote = name(s, true) ? InetText.endpoint(addr) : null;
        return remote == null ? local : local + "->" + remote;
    }

    /** getsockname (or getpeername) of {@code s} into {@link #addr}. */
    private boolean name(int s, boolean peer) {
        addr.putLong(0, 0);
        len.putInt(0, (int) addr.size());
        return (peer ? C.getpeername(s, addr, len) : C.getsockname(s, addr, len)) == 0;
    }

    @Override
    public void close() {
        unix.close();
    }
}
