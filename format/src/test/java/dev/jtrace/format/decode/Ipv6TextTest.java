package dev.jtrace.format.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** IPv6 addresses as inet_ntop writes them; the last cases are what strace 6.1 printed here for connect(2). */
class Ipv6TextTest {
    private static String v6(String literal) throws Exception {
        return Ipv6Text.of(InetAddress.getByName(literal).getAddress().length == 16
                ? InetAddress.getByName(literal).getAddress() : mapped(InetAddress.getByName(literal).getAddress()));
    }

    private static byte[] mapped(byte[] v4) {
        byte[] a = new byte[16];
        a[10] = (byte) 0xff;
        a[11] = (byte) 0xff;
        System.arraycopy(v4, 0, a, 12, 4);
        return a;
    }

    private static byte[] compatible(int... v4) {
        byte[] a = new byte[16];
        for (int i = 0; i < 4; i++) {
            a[12 + i] = (byte) v4[i];
        }
        return a;
    }

    @Test
    void ipv6AddressesAreWrittenAsInetNtopDoes() throws Exception {
        assertEquals("::1", v6("::1"));
        assertEquals("::", v6("::"));
        assertEquals("fe80::1:2", v6("fe80:0:0:0:0:0:1:2"));
        assertEquals("2001:db8::1:0:0:1", v6("2001:db8:0:0:1:0:0:1")); // the first of two equal runs
        assertEquals("2001:db8:0:1:1:1:1:1", v6("2001:db8:0:1:1:1:1:1")); // a single zero group stays
        assertEquals("::ffff:127.0.0.1", Ipv6Text.of(mapped(new byte[] {127, 0, 0, 1})));
        assertEquals("1::", v6("1:0:0:0:0:0:0:0"));
    }

    @Test
    void ipv4CompatibleAddressesEndInADottedQuadButALoneLastGroupStaysHex() {
        // connect(3, {sa_family=AF_INET6, ..., inet_pton(AF_INET6, "::1.2.3.4", &sin6_addr), ...}, 28) = 0
        assertEquals("::1.2.3.4", Ipv6Text.of(compatible(1, 2, 3, 4)));
        // connect(3, {sa_family=AF_INET6, ..., inet_pton(AF_INET6, "::2", &sin6_addr), ...}, 28) = 0
        assertEquals("::2", Ipv6Text.of(compatible(0, 0, 0, 2)));
        assertEquals("2001::", Ipv6Text.of(new byte[] {0x20, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    }
}
