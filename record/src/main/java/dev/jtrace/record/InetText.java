package dev.jtrace.record;

import jnr.ffi.Pointer;

/** A sockaddr_in / sockaddr_in6 as strace -yy prints an endpoint: {@code 127.0.0.1:80}, {@code [::1]:80}. */
final class InetText {
    private static final int AF_INET = 2;

    private InetText() {
    }

    /** The endpoint in {@code sa}, or null when its port is 0 (an unbound socket). */
    static String endpoint(Pointer sa) {
        int port = ((sa.getByte(2) & 0xff) << 8) | (sa.getByte(3) & 0xff);
        if (port == 0) {
            return null;
        }
        if ((sa.getShort(0) & 0xffff) == AF_INET) {
            return (sa.getByte(4) & 0xff) + "." + (sa.getByte(5) & 0xff) + "." + (sa.getByte(6) & 0xff) + "."
                    + (sa.getByte(7) & 0xff) + ":" + port;
        }
        byte[] a = new byte[16];
        sa.get(8, a, 0, 16);
        return "[" + ipv6(a) + "]:" + port;
    }

    /**
     * inet_ntop(AF_INET6) as glibc writes it: lowercase hex groups, the longest run of two or more zero groups
     * (the first of equals) as {@code ::}, an IPv4-mapped or -compatible address ending in dotted quad.
     */
    static String ipv6(byte[] a) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        }
        int bestBase = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestBase = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    out.append(':');
                }
                continue;
            }
            if (i != 0) {
                out.append(':');
            }
            boolean embeddedV4 = i == 6 && bestBase == 0
                    && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff));
            if (embeddedV4) {
                out.append(a[12] & 0xff).append('.').append(a[13] & 0xff).append('.').append(a[14] & 0xff)
                        .append('.').append(a[15] & 0xff);
                return out.toString();
            }
            out.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            out.append(':');
        }
        return out.toString();
    }
}
