package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The address and device texts of strace -yy, against inet_ntop's and makedev's conventions. */
class SocketTextTest {
    private static String v6(String literal) throws Exception {
        return InetText.ipv6(InetAddress.getByName(literal).getAddress().length == 16
                ? InetAddress.getByName(literal).getAddress() : mapped(InetAddress.getByName(literal).getAddress()));
    }

    private static byte[] mapped(byte[] v4) {
        byte[] a = new byte[16];
        a[10] = (byte) 0xff;
        a[11] = (byte) 0xff;
        System.arraycopy(v4, 0, a, 12, 4);
        return a;
    }

    @Test
    void ipv6AddressesAreWrittenAsInetNtopDoes() throws Exception {
        assertEquals("::1", v6("::1"));
        assertEquals("::", v6("::"));
        assertEquals("fe80::1:2", v6("fe80:0:0:0:0:0:1:2"));
        assertEquals("2001:db8::1:0:0:1", v6("2001:db8:0:0:1:0:0:1")); // the first of two equal runs
        assertEquals("2001:db8:0:1:1:1:1:1", v6("2001:db8:0:1:1:1:1:1")); // a single zero group stays
        assertEquals("::ffff:127.0.0.1", InetText.ipv6(mapped(new byte[] {127, 0, 0, 1})));
        assertEquals("1::", v6("1:0:0:0:0:0:0:0"));
    }

    @Test
    void deviceNumbersSplitLinuxDevT() {
        assertEquals("1:3", DeviceNumbers.text(0x103));
        assertEquals("136:0", DeviceNumbers.text(0x8800));
        assertEquals("259:65536", DeviceNumbers.text((259L << 8) | 0x10000000L)); // minor's high bits above bit 20
    }

    @Test
    void netlinkProtocolsHaveTheirHeaderNames() {
        assertEquals("ROUTE", NetlinkProtocols.name(0));
        assertEquals("SOCK_DIAG", NetlinkProtocols.name(4));
        assertEquals("GENERIC", NetlinkProtocols.name(16));
        assertEquals("17", NetlinkProtocols.name(17));
    }
}
