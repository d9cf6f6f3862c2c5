package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.Ipv6Text;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.Arrays;

/** struct sockaddr (by family) and socket option values. */
public final class NetStructs {
    private NetStructs() {
    }

    private static long storageSize(CaptureSite s) {
        return Pointees.layout("sockaddr_storage", s.arch()).size();
    }

    /** {@code sockaddr[len]}: {@code len} names the length argument (a value, or an inout socklen pointer). */
    public static Pointee sockaddr(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return storageSize(s);
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                site.bytes(arg, "", address, storageSize(site), storageSize(site));
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                printSockaddr(c, data.data(), addrlen(c, c.index(len)), out);
            }
        };
    }

    /** A socket address of {@code len} bytes by its family. */
    static void printSockaddr(CallView c, byte[] full, long len, StringBuilder out) {
        byte[] d = Arrays.copyOf(full, (int) Math.max(0, Math.min(len, full.length)));
        int family = (int) view(c, "sockaddr_storage", d).get("ss_family");
        out.append("{sa_family=").append(c.constant("af", family));
        switch (family) {
            case 1 -> unix(c, d, out);
            case 2 -> {
                StructView in = view(c, "sockaddr_in", d);
                byte[] a = in.bytes("sin_addr");
                out.append(", sin_port=htons(").append(networkShort(in.get("sin_port")))
                        .append("), sin_addr=inet_addr(\"").append(a[0] & 0xff).append('.').append(a[1] & 0xff)
                        .append('.').append(a[2] & 0xff).append('.').append(a[3] & 0xff).append("\")");
            }
            case 10 -> {
                StructView in6 = view(c, "sockaddr_in6", d);
                out.append(", sin6_port=htons(").append(networkShort(in6.get("sin6_port")))
                        .append("), sin6_flowinfo=htonl(").append(Long.reverseBytes(in6.get("sin6_flowinfo")) >>> 32)
                        .append("), inet_pton(AF_INET6, \"").append(Ipv6Text.of(in6.bytes("sin6_addr")))
                        .append("\", &sin6_addr), sin6_scope_id=").append(in6.get("sin6_scope_id"));
            }
            case 16 -> {
                StructView nl = view(c, "sockaddr_nl", d);
                out.append(", nl_pid=").append((int) nl.get("nl_pid")).append(", nl_groups=")
                        .append(String.format("%08x", nl.get("nl_groups")));
            }
            default -> {
                out.append(", sa_data=");
                byte[] data = tail(d, Pointees.layout("sockaddr_storage", c.arch()).offset("__data"));
                Strings.quoted(c, new Capture(0, "", 0, data, data.length, 0), data.length, false, false,
                        c.options().stringLimit(), out);
            }
        }
        out.append('}');
    }

    private static StructView view(CallView c, String struct, byte[] data) {
        return Pointees.layout(struct, c.arch()).view(data);
    }

    /** A 16-bit field in network byte order, read as stored. */
    private static int networkShort(long stored) {
        return Integer.reverseBytes((int) stored) >>> 16;
    }

    /** The bytes of {@code data} from {@code from} on: the part of an address its length covers. */
    private static byte[] tail(byte[] data, int from) {
        return Arrays.copyOfRange(data, Math.min(from, data.length), data.length);
    }

    /** The address length: the argument's value, or the socklen_t it points to (after the call). */
    static long addrlen(CallView c, int lenArg) {
        ArgType t = null;
        Capture after = c.exitCapture(lenArg, "");
        if (after != null && after.readable() && after.data().length >= 4) {
            return new StructReader(after, c.arch()).u32(0);
        }
        Capture before = c.entryCapture(lenArg, "");
        if (before != null && before.readable() && before.data().length >= 4 && t == null
                && c.description().params().get(lenArg).type().base().equals("inout")) {
            return new StructReader(before, c.arch()).u32(0);
        }
        return c.arg(lenArg) & 0xffffffffL;
    }

    private static void unix(CallView c, byte[] address, StringBuilder out) {
        int at = Pointees.layout("sockaddr_un", c.arch()).offset("sun_path");
        if (address.length <= at) {
            return;
        }
        byte[] path = tail(address, at);
        boolean abstractName = path.length > 0 && path[0] == 0;
        int start = abstractName ? 1 : 0;
        int end = start;
        while (end < path.length && (abstractName || path[end] != 0)) {
            end++;
        }
        byte[] name = Arrays.copyOfRange(path, start, end);
        out.append(", sun_path=").append(abstractName ? "@" : "");
        Strings.quoted(c, new Capture(0, "", 0, name, name.length, 0), name.length, true, false, -1, out);
    }

    /** {@code optval[optlen]}: an int option prints {@code [1]}, other sizes as a string of bytes. */
    public static Pointee optval(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(Math.max(lengthAt(s), 0), s.snap());
            }

            private long lengthAt(CaptureSite s) {
                return s.arg(len);
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                long n = site.description().params().get(site.description().indexOf(len)).type().base()
                        .equals("inout") ? 256 : size(site, arg);
                site.bytes(arg, "", address, n);
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long n = addrlen(c, c.index(len));
                StructReader r = new StructReader(data, c.arch());
                if (n == 4) {
                    out.append('[').append(r.s32(0)).append(']');
                } else {
                    byte[] d = r.bytes(0, (int) Math.min(n, r.size()));
                    Strings.quoted(c, new Capture(0, "", 0, d, n, 0), n, false, false, c.options().stringLimit(), out);
                }
            }
        };
    }
}
