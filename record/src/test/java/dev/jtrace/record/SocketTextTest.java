package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The device texts of strace -yy, against makedev's conventions (addresses: format's Ipv6TextTest). */
class SocketTextTest {
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
