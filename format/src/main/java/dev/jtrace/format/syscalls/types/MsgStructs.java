package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;

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

    /** Field offsets of struct msghdr in an ABI. */
    private record Layout(int size, int namelen, int iov, int iovlen, int control, int controllen, int flags) {
        static Layout of(Arch arch) {
            return arch == Arch.I386 ? new Layout(28, 4, 8, 12, 16, 20, 24) : new Layout(56, 8, 16, 24, 32, 40, 48);
        }
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
                return Layout.of(s.arch()).size();
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                Layout l = Layout.of(site.arch());
                Capture hdr = site.bytes(arg, "", address, l.size());
                if (hdr.data().length < l.size()) {
                    return;
                }
                StructReader r = new StructReader(hdr, site.arch());
                long name = r.word(0);
                if (name != 0) {
                    site.bytes(arg, "msg_name", name, Math.min(r.u32(l.namelen()), 128));
                }
                if (r.word(l.iov()) != 0) {
                    IoStructs.captureIovecs(site, arg, "msg_iov", r.word(l.iov()), r.word(l.iovlen()),
                            output ? site.rval() : Long.MAX_VALUE);
                }
                if (r.word(l.control()) != 0 && r.word(l.controllen()) != 0) {
                    site.bytes(arg, "msg_control", r.word(l.control()), r.word(l.controllen()));
                }
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                Layout l = Layout.of(c.arch());
                StructReader r = new StructReader(data, c.arch());
                long name = r.word(0);
                long namelen = r.u32(l.namelen());
                out.append("{msg_name=");
                Capture nameCap = capture(c, arg, "msg_name");
                if (name == 0) {
                    out.append("NULL");
                } else if (nameCap == null || !nameCap.readable() || nameCap.data().length < 2) {
                    out.append(CallView.pointer(name));
                } else {
                    NetStructs.printSockaddr(c, new StructReader(nameCap, c.arch()), namelen, out);
                }
                out.append(", msg_namelen=");
                Capture before = output ? c.entryCapture(arg, "") : null;
                if (before != null && before.readable() && before.data().length >= l.size()) {
                    long in = new StructReader(before, c.arch()).u32(l.namelen());
                    if (in != namelen) {
                        out.append(in).append(" => ");
                    }
                }
                out.append(namelen).append(", msg_iov=");
                Capture iov = capture(c, arg, "msg_iov");
                long iovlen = r.word(l.iovlen());
                if (r.word(l.iov()) == 0) {
                    out.append("NULL");
                } else if (iov == null || !iov.readable()) {
                    out.append(CallView.pointer(r.word(l.iov())));
                } else {
                    IoStructs.printIovecs(c, arg, "msg_iov", iov, iovlen, output, out);
                }
                out.append(", msg_iovlen=").append(iovlen);
                long controllen = r.word(l.controllen());
                if (controllen != 0) {
                    out.append(", msg_control=");
                    Capture ctl = capture(c, arg, "msg_control");
                    if (ctl == null || !ctl.readable()) {
                        out.append(CallView.pointer(r.word(l.control())));
                    } else {
                        control(c, new StructReader(ctl, c.arch()), Math.min(controllen, ctl.data().length), out);
                    }
                }
                out.append(", msg_controllen=").append(controllen).append(", msg_flags=")
                        .append(c.constant("msg", r.u32(l.flags()))).append('}');
            }

            private Capture capture(CallView c, int arg, String path) {
                return output ? c.exitCapture(arg, path) : c.entryCapture(arg, path);
            }
        };
    }

    /** The cmsghdr chain: {@code [{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}]}. */
    static void control(CallView c, StructReader r, long len, StringBuilder out) {
        int w = r.wordSize();
        int header = w + 8;
        out.append('[');
        int off = 0;
        boolean first = true;
        while (off + header <= len) {
            long cmsgLen = r.word(off);
            int level = r.s32(off + w);
            int type = r.s32(off + w + 4);
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
            } else if (level == SOL_SOCKET && type == SCM_CREDENTIALS && dataLen >= 12) {
                out.append("SCM_CREDENTIALS, cmsg_data={pid=").append(r.s32(off + header)).append(", uid=")
                        .append(r.u32(off + header + 4)).append(", gid=").append(r.u32(off + header + 8)).append("}}");
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
