package dev.jtrace.analyze;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names sockets as strace -yy does, from what the recorder saw of each socket inode (its protocol, and its
 * addresses once sock_diag would report it) whenever a call created it or may have changed its addresses.
 * strace looks the socket up each time it prints it and remembers the first answer for good (a cache of 1024
 * entries indexed by the inode's low bits, a newer inode taking the slot), so a socket keeps the addresses it
 * had when first printed with them; this replays that cache. Inodes are global: one instance serves every
 * process of the trace.
 */
final class SocketNames {
    private static final int CACHE_SLOTS = 1024;
    /** Protocols strace 6.1 knows by name; it prints others as the bare {@code socket:[INODE]}. */
    private static final Set<String> KNOWN = Set.of("UNIX", "UNIX-STREAM", "TCP", "UDP", "UDPLITE", "DCCP", "SCTP",
            "L2TP/IP", "PING", "RAW", "TCPv6", "UDPv6", "UDPLITEv6", "DCCPv6", "SCTPv6", "L2TP/IPv6", "PINGv6",
            "RAWv6", "NETLINK");
    private static final Pattern UNIX_CONNECTED = Pattern.compile("(UNIX(?:-STREAM)?):\\[(\\d+)->(\\d+)(,.*)?]");
    private static final Pattern UNIX_NAMED = Pattern.compile("(UNIX(?:-STREAM)?):\\[(\\d+)(,.*)]");
    private static final String PREFIX = "socket:[";

    private final Map<Long, String> current = new HashMap<>();
    private final long[] cachedInode = new long[CACHE_SLOTS];
    private final String[] cachedText = new String[CACHE_SLOTS];

    /** The socket behind {@code target} ({@code socket:[INODE]}) now has {@code detail}; others are ignored. */
    void observed(String target, String detail) {
        long inode = inode(target);
        if (inode < 0 || detail.isEmpty()) {
            return;
        }
        current.put(inode, detail);
        Matcher m = UNIX_CONNECTED.matcher(detail);
        if (m.matches()) {
            peerKnown(Long.parseLong(m.group(3)), inode);
        }
    }

    /**
     * A UNIX socket's peer gets its inode when the server accepts the connection: the client, which saw no
     * peer when its connect returned, is now connected to {@code peer}.
     */
    private void peerKnown(long client, long peer) {
        String seen = current.get(client);
        if (seen == null || !seen.startsWith("UNIX")) {
            return;
        }
        if (seen.equals("UNIX") || seen.equals("UNIX-STREAM")) {
            current.put(client, seen + ":[" + client + "->" + peer + "]");
            return;
        }
        Matcher named = UNIX_NAMED.matcher(seen);
        if (named.matches() && Long.parseLong(named.group(2)) == client) {
            current.put(client, named.group(1) + ":[" + client + "->" + peer + named.group(3) + "]");
        }
    }

    /**
     * The socket behind {@code target} is closed for good: forget it, and a UNIX socket whose peer it was has
     * none any more (the kernel reports the inode of a closed peer as 0).
     */
    void released(String target) {
        long inode = inode(target);
        if (inode < 0 || current.remove(inode) == null) {
            return;
        }
        for (Map.Entry<Long, String> e : current.entrySet()) {
            Matcher m = UNIX_CONNECTED.matcher(e.getValue());
            if (m.matches() && Long.parseLong(m.group(3)) == inode) {
                String name = m.group(4);
                e.setValue(name == null ? m.group(1) : m.group(1) + ":[" + m.group(2) + name + "]");
            }
        }
    }

    /**
     * What strace -yy prints for the socket behind {@code target} at this moment (and remembers, as strace
     * does); {@code target} itself when it is no socket or nothing was recorded about it.
     */
    String name(String target) {
        long inode = inode(target);
        if (inode < 0) {
            return target;
        }
        int slot = (int) (inode & (CACHE_SLOTS - 1));
        if (cachedText[slot] != null && cachedInode[slot] == inode) {
            return cachedText[slot];
        }
        String detail = current.get(inode);
        if (detail == null) {
            return target;
        }
        if (detail.endsWith("]")) {
            cachedInode[slot] = inode;
            cachedText[slot] = detail;
            return detail;
        }
        return KNOWN.contains(detail) ? detail + ":[" + inode + "]" : target;
    }

    /** The inode of {@code socket:[INODE]}, or -1. */
    static long inode(String target) {
        if (!target.startsWith(PREFIX) || !target.endsWith("]")) {
            return -1;
        }
        try {
            return Long.parseLong(target.substring(PREFIX.length(), target.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
