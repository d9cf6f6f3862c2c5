package dev.jtrace.record;

import dev.jtrace.format.decode.Ipv6Text;
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
        return "[" + Ipv6Text.of(a) + "]:" + port;
    }
}
