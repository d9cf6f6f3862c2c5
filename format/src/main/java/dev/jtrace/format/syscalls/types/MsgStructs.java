package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.function.Function;

/**
 * struct msghdr with what it points to: the name at path {@code msg_name}, the iovec array at
 * {@code msg_iov} (buffers at {@code msg_iov[i].iov_base}) and the control data at {@code msg_control}.
 */
public final class MsgStructs {
    private static final int SOL_SOCKET = 1;
    private static final int SCM_RIGHTS = 1;
    private static final int SCM_CREDENTIALS = 2;

    private MsgStructs() {
    }

    /**
     * {@code msghdr}: for sendmsg (in) the data flows at entry; for recvmsg ({@code inout<recvmsghdr>})
     * the header is also read at entry, for {@code msg_namelen=128 => 16}, and the data at exit up to
     * the return value.
     */
    public static Pointee msghdr(boolean output) {
        return new Pointee() {
            @Override
            public boolean inoutPrintsAtExit() {
                return output;
            }

            @Override
            public long size(CaptureSite s, int arg) {
                return Pointees.layout("msghdr", s.arch()).size();
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                StructLayout l = Pointees.layout("msghdr", site.arch());
                Capture hdr = site.bytes(arg, "", address, l.size());
                if (hdr.data().length < l.size()) {
                    return;
                }
                StructView m = l.view(hdr.data());
                long name = m.get("msg_name");
                if (name != 0) {
                    site.bytes(arg, "msg_name", name, Math.min(m.get("msg_namelen") & 0xffffffffL,
                            Pointees.layout("sockaddr_storage", site.arch()).size()));
                }
                if (m.get("msg_iov") != 0) {
                    IoStructs.captureIovecs(site, arg, "msg_iov", m.get("msg_iov"), m.get("msg_iovlen"),
                            output ? site.rval() : Long.MAX_VALUE);
                }
                if (m.get("msg_control") != 0 && m.get("msg_controllen") != 0) {
                    site.bytes(arg, "msg_control", m.get("msg_control"), m.get("msg_controllen"));
                }
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructView m = c.struct("msghdr", data);
                long namelen = m.get("msg_namelen") & 0xffffffffL;
                if (output && c.exited() && !c.succeeded()) {
                    out.append("{msg_namelen=").append(namelen).append('}'); // a failed recvmsg: what strace shows
                    return;
                }
                Capture before = output ? c.entryCapture(arg, "") : null;
                long namelenIn = before != null && before.readable() && before.data().length >= m.layout().size()
                        ? c.struct("msghdr", before).get("msg_namelen") & 0xffffffffL : namelen;
                printHeader(c, m, path -> output ? c.exitCapture(arg, path) : c.entryCapture(arg, path), namelenIn,
                        (iov, iovlen, b) -> IoStructs.printIovecs(c, arg, "msg_iov", iov, iovlen, output, b), out);
            }
        };
    }

    /** Prints a msghdr's iovec array, captured as {@code iov}, of {@code iovlen} elements. */
    interface IovecPrinter {
        void print(Capture iov, long iovlen, StringBuilder out);
    }

    /**
     * {@code {msg_name=..., msg_namelen=16, msg_iov=[...], msg_iovlen=1, msg_controllen=0, msg_flags=0}} of {@code m},
     * its name, iovec array and control data being {@code pointees.apply("msg_name")}, {@code ("msg_iov")} and
     * {@code ("msg_control")}; a {@code namelenIn} other than msg_namelen shows as {@code msg_namelen=128 => 16}.
     */
    static void printHeader(CallView c, StructView m, Function<String, Capture> pointees, long namelenIn,
                            IovecPrinter iovecs, StringBuilder out) {
        long name = m.get("msg_name");
        long namelen = m.get("msg_namelen") & 0xffffffffL;
        out.append("{msg_name=");
        Capture nameCap = pointees.apply("msg_name");
        if (name == 0) {
            out.append("NULL");
        } else if (nameCap == null || !nameCap.readable() || nameCap.data().length < 2) {
            out.append(CallView.pointer(name));
        } else {
            NetStructs.printSockaddr(c, nameCap.data(), namelen, out);
        }
        out.append(", msg_namelen=");
        if (namelenIn != namelen) {
            out.append(namelenIn).append(" => ");
        }
        out.append(namelen).append(", msg_iov=");
        Capture iov = pointees.apply("msg_iov");
        long iovlen = m.get("msg_iovlen");
        if (m.get("msg_iov") == 0) {
            out.append("NULL");
        } else if (iov == null || !iov.readable()) {
            out.append(CallView.pointer(m.get("msg_iov")));
        } else {
            iovecs.print(iov, iovlen, out);
        }
        out.append(", msg_iovlen=").append(iovlen);
        long controllen = m.get("msg_controllen");
        if (controllen != 0) {
            out.append(", msg_control=");
            Capture ctl = pointees.apply("msg_control");
            if (ctl == null || !ctl.readable()) {
                out.append(CallView.pointer(m.get("msg_control")));
            } else {
                control(c, ctl.data(), Math.min(controllen, ctl.data().length), out);
            }
        }
        out.append(", msg_controllen=").append(controllen).append(", msg_flags=")
                .append(c.constant("msg", m.get("msg_flags"))).append('}');
    }

    /** The cmsghdr chain: {@code [{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}]}. */
    static void control(CallView c, byte[] data, long len, StringBuilder out) {
        StructLayout cmsghdr = Pointees.layout("cmsghdr", c.arch());
        StructLayout ucred = Pointees.layout("ucred", c.arch());
        StructReader r = new StructReader(data, c.arch());
        int w = c.wordSize();
        int header = (int) cmsghdr.size();
        out.append('[');
        int off = 0;
        boolean first = true;
        while (off + header <= len) {
            StructView h = cmsghdr.view(data, off);
            long cmsgLen = h.get("cmsg_len");
            int level = (int) h.get("cmsg_level");
            int type = (int) h.get("cmsg_type");
            out.append(first ? "" : ", ").append("{cmsg_len=").append(cmsgLen).append(", cmsg_level=")
                    .append(c.constant("sockopt_level", level & 0xffffffffL)).append(", cmsg_type=");
            first = false;
            int dataLen = (int) Math.min(Math.max(cmsgLen - header, 0), len - off - header);
            if (level == SOL_SOCKET && type == SCM_RIGHTS) {
                out.append("SCM_RIGHTS, cmsg_data=[");
                for (int k = 0; k + 4 <= dataLen; k += 4) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    Scalars.fd(c, r.s32(off + header + k), out);
                }
                out.append("]}");
            } else if (level == SOL_SOCKET && type == SCM_CREDENTIALS && dataLen >= ucred.size()) {
                StructView cred = ucred.view(data, off + header);
                out.append("SCM_CREDENTIALS, cmsg_data={pid=").append((int) cred.get("pid")).append(", uid=")
                        .append(cred.get("uid")).append(", gid=").append(cred.get("gid")).append("}}");
            } else {
                out.append(type).append(", cmsg_data=");
                byte[] d = r.bytes(off + header, dataLen);
                Strings.quoted(c, new Capture(0, "", 0, d, d.length, 0), d.length, false, false,
                        c.options().stringLimit(), out);
                out.append('}');
            }
            if (cmsgLen < header) {
                break;
            }
            off += (int) ((cmsgLen + w - 1) / w * w);
        }
        out.append(']');
    }
}
