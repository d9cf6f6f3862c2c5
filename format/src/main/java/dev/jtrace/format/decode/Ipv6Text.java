package dev.jtrace.format.decode;

/**
 * An IPv6 address as glibc's inet_ntop writes it, which is what strace prints (in {@code inet_pton(AF_INET6, "...")}
 * and in -yy endpoints): lowercase hex groups, the longest run of two or more zero groups (the first of equal runs)
 * as {@code ::}, and a dotted quad for an IPv4-mapped ({@code ::ffff:127.0.0.1}) or IPv4-compatible
 * ({@code ::1.2.3.4}) address; {@code ::2} stays hex.
 */
public final class Ipv6Text {
    private Ipv6Text() {
    }

    /** The text of the 16 bytes of {@code address} (network order). */
    public static String of(byte[] address) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
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
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff))) {
                out.append(address[12] & 0xff).append('.').append(address[13] & 0xff).append('.')
                        .append(address[14] & 0xff).append('.').append(address[15] & 0xff);
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
