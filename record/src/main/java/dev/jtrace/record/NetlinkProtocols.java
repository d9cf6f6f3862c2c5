package dev.jtrace.record;

/** Netlink protocol numbers by their linux/netlink.h names without {@code NETLINK_}, as strace -yy prints them. */
final class NetlinkProtocols {
    private static final String[] NAMES = {
        "ROUTE", "UNUSED", "USERSOCK", "FIREWALL", "SOCK_DIAG", "NFLOG", "XFRM", "SELINUX", "ISCSI", "AUDIT",
        "FIB_LOOKUP", "CONNECTOR", "NETFILTER", "IP6_FW", "DNRTMSG", "KOBJECT_UEVENT", "GENERIC", null,
        "SCSITRANSPORT", "ECRYPTFS", "RDMA", "CRYPTO", "SMC",
    };

    private NetlinkProtocols() {
    }

    /** The protocol's name, or its number when it has none. */
    static String name(int protocol) {
        return protocol >= 0 && protocol < NAMES.length && NAMES[protocol] != null
                ? NAMES[protocol] : Integer.toString(protocol);
    }
}
