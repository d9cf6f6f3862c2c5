package dev.jtrace.record;

import dev.jtrace.format.decode.StringQuoter;
import jnr.ffi.Pointer;

/**
 * Looks a UNIX socket up by inode with sock_diag (NETLINK_SOCK_DIAG, an exact unix_diag_req asking for its
 * name and peer) and writes what strace -yy prints inside {@code UNIX-STREAM:[...]}: {@code INODE->PEER},
 * {@code INODE,"/path"}, {@code INODE->PEER,@"abstract"}; null when it has neither peer nor name (strace then
 * prints the bare inode). Sockets are found in the recorder's network namespace only, as strace's are.
 */
final class UnixSockDiag implements AutoCloseable {
    private static final int AF_NETLINK = 16, SOCK_DGRAM = 2, SOCK_CLOEXEC = 0x80000, NETLINK_SOCK_DIAG = 4;
    private static final int AF_UNIX = 1, SOCK_DIAG_BY_FAMILY = 20, NLM_F_REQUEST = 1, NLMSG_ERROR = 2;
    private static final int UDIAG_SHOW_NAME = 1, UDIAG_SHOW_PEER = 4, UNIX_DIAG_NAME = 0, UNIX_DIAG_PEER = 2;
    private static final int NLMSG_HDRLEN = 16, REQUEST_LEN = NLMSG_HDRLEN + 24, UNIX_DIAG_MSG_LEN = 16;
    private static final int BUFFER = 4096;

    private final SocketLibC c;
    private final Pointer request = Native.allocate(REQUEST_LEN);
    private final Pointer reply = Native.allocate(BUFFER);
    private int socket = -1;
    private int seq;

    UnixSockDiag(SocketLibC c) {
        this.c = c;
    }

    String describe(long inode) {
        if (socket < 0) {
            socket = c.socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
            if (socket < 0) {
                return null;
            }
        }
        int n = ask(inode);
        if (n < NLMSG_HDRLEN + UNIX_DIAG_MSG_LEN || (reply.getShort(4) & 0xffff) == NLMSG_ERROR
                || (reply.getInt(NLMSG_HDRLEN + 4) & 0xffffffffL) != inode) {
            return null;
        }
        int end = Math.min(n, reply.getInt(0));
        long peer = 0;
        byte[] name = null;
        for (int at = NLMSG_HDRLEN + UNIX_DIAG_MSG_LEN; at + 4 <= end; ) {
            int len = reply.getShort(at) & 0xffff;
            int type = reply.getShort(at + 2) & 0xffff;
            if (len < 4 || at + len > end) {
                break;
            }
            if (type == UNIX_DIAG_PEER && len >= 8) {
                peer = reply.getInt(at + 4) & 0xffffffffL;
            } else if (type == UNIX_DIAG_NAME && len > 4) {
                name = new byte[len - 4];
                reply.get(at + 4, name, 0, name.length);
            }
            at += (len + 3) & ~3;
        }
        if (peer == 0 && name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder().append(inode);
        if (peer != 0) {
            out.append("->").append(peer);
        }
        if (name != null) {
            out.append(',');
            boolean abstractName = name[0] == 0;
            if (abstractName) {
                out.append('@');
            }
            out.append(StringQuoter.quote(untilNul(name, abstractName ? 1 : 0), 0));
        }
        return out.toString();
    }

    /** Sends the request for {@code inode}; the length of the reply, or -1. */
    private int ask(long inode) {
        request.putInt(0, REQUEST_LEN);
        request.putShort(4, (short) SOCK_DIAG_BY_FAMILY);
        request.putShort(6, (short) NLM_F_REQUEST);
        request.putInt(8, ++seq);
        request.putInt(12, 0);
        request.putByte(16, (byte) AF_UNIX);
        request.putByte(17, (byte) 0);
        request.putShort(18, (short) 0);
        request.putInt(20, -1); // every state
        request.putInt(24, (int) inode);
        request.putInt(28, UDIAG_SHOW_NAME | UDIAG_SHOW_PEER);
        request.putInt(32, -1); // no cookie
        request.putInt(36, -1);
        if (c.send(socket, request, REQUEST_LEN, 0) != REQUEST_LEN) {
            return -1;
        }
        while (true) {
            int n = (int) c.recv(socket, reply, BUFFER, 0);
            if (n < NLMSG_HDRLEN || reply.getInt(8) == seq) {
                return n;
            }
        }
    }

    private static byte[] untilNul(byte[] name, int from) {
        int end = from;
        while (end < name.length && name[end] != 0) {
            end++;
        }
        return java.util.Arrays.copyOfRange(name, from, end);
    }

    @Override
    public void close() {
        if (socket >= 0) {
            c.close(socket);
            socket = -1;
        }
    }
}
