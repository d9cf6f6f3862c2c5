package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;

/**
 * struct mmsghdr arrays of sendmmsg and recvmmsg: {@code [{msg_hdr={msg_name=NULL, ..., msg_flags=0}, msg_len=3}]}.
 * Both are read when the call returns: element k's header in the array at path "", its name at {@code [k].msg_name},
 * its iovec array at {@code [k].msg_iov} (buffers at {@code [k].msg_iov[i].iov_base}) and its control data at
 * {@code [k].msg_control}. A successful call shows the first {@code ret} elements with the kernel's msg_len (for
 * recvmmsg each one's data up to its msg_len); a failed sendmmsg shows every element as given, without msg_len.
 * (struct mmsghdr has no uapi header, so the layout is here: struct msghdr then an unsigned int.)
 */
public final class MmsgStructs {
    /** The kernel's UIO_MAXIOV, which also bounds vlen. */
    private static final int MAX_MESSAGES = 1024;

    private MmsgStructs() {
    }

    /** Field offsets of struct mmsghdr in an ABI. */
    private record Layout(int size, int namelen, int iov, int iovlen, int control, int controllen, int flags,
                          int len) {
        static Layout of(Arch arch) {
            return arch == Arch.I386 ? new Layout(32, 4, 8, 12, 16, 20, 24, 28)
                    : new Layout(64, 8, 16, 24, 32, 40, 48, 56);
        }
    }

    /** {@code mmsghdrs[vlen]} (sendmmsg, inout) or, {@code received}, {@code recv_mmsghdrs[vlen]} (recvmmsg, out). */
    public static Pointee mmsghdrs(String vlen, boolean received) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return count(s.length(vlen)) * Layout.of(s.arch()).size();
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(vlen) == 0;
            }

            @Override
            public boolean inoutPrintsAtExit() {
                return true;
            }

            @Override
            public boolean shownOnFailure() {
                return !received;
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                Layout l = Layout.of(site.arch());
                Capture arr = site.bytes(arg, "", address, size(site, arg), size(site, arg));
                StructReader r = new StructReader(arr, site.arch());
                long shown = site.failed() ? count(site.length(vlen)) : Math.min(site.rval(), count(site.length(vlen)));
                for (int k = 0; k < shown && (k + 1) * l.size() <= r.size(); k++) {
                    int h = k * l.size();
                    String p = "[" + k + "]";
                    if (r.word(h) != 0) {
                        site.bytes(arg, p + ".msg_name", r.word(h), Math.min(r.u32(h + l.namelen()), 128));
                    }
                    if (r.word(h + l.iov()) != 0) {
                        IoStructs.captureIovecs(site, arg, p + ".msg_iov", r.word(h + l.iov()),
                                r.word(h + l.iovlen()), received ? r.u32(h + l.len()) : Long.MAX_VALUE);
                    }
                    if (r.word(h + l.control()) != 0 && r.word(h + l.controllen()) != 0) {
                        site.bytes(arg, p + ".msg_control", r.word(h + l.control()), r.word(h + l.controllen()));
                    }
                }
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                Layout l = Layout.of(c.arch());
                StructReader r = new StructReader(data, c.arch());
                boolean withLength = c.succeeded();
                long n = withLength ? Math.min(c.rval(), count(c.length(vlen))) : count(c.length(vlen));
                ArrayText.append(c, n, out, k -> {
                    int h = k * l.size();
                    out.append("{msg_hdr=");
                    msghdr(c, arg, "[" + k + "]", r, h, l, received, out);
                    if (withLength) {
                        out.append(", msg_len=").append(r.u32(h + l.len()));
                    }
                    out.append('}');
                });
            }
        };
    }

    private static long count(long vlen) {
        return Math.min(Math.max(vlen, 0), MAX_MESSAGES);
    }

    private static void msghdr(CallView c, int arg, String p, StructReader r, int h, Layout l, boolean received,
                               StringBuilder out) {
        long name = r.word(h);
        long namelen = r.u32(h + l.namelen());
        out.append("{msg_name=");
        Capture nameCap = c.exitCapture(arg, p + ".msg_name");
        if (name == 0) {
            out.append("NULL");
        } else if (nameCap == null || !nameCap.readable() || nameCap.data().length < 2) {
            out.append(CallView.pointer(name));
        } else {
            NetStructs.printSockaddr(c, nameCap.data(), namelen, out);
        }
        out.append(", msg_namelen=").append(namelen).append(", msg_iov=");
        long iov = r.word(h + l.iov());
        long iovlen = r.word(h + l.iovlen());
        Capture iovs = c.exitCapture(arg, p + ".msg_iov");
        if (iov == 0) {
            out.append("NULL");
        } else if (iovs == null || !iovs.readable()) {
            out.append(CallView.pointer(iov));
        } else {
            iovecs(c, arg, p + ".msg_iov", iovs, iovlen, received ? r.u32(h + l.len()) : Long.MAX_VALUE, out);
        }
        out.append(", msg_iovlen=").append(iovlen);
        long controllen = r.word(h + l.controllen());
        if (controllen != 0) {
            out.append(", msg_control=");
            Capture ctl = c.exitCapture(arg, p + ".msg_control");
            if (ctl == null || !ctl.readable()) {
                out.append(CallView.pointer(r.word(h + l.control())));
            } else {
                MsgStructs.control(c, ctl.data(), Math.min(controllen, ctl.data().length), out);
            }
        }
        out.append(", msg_controllen=").append(controllen).append(", msg_flags=")
                .append(c.constant("msg", r.u32(h + l.flags()))).append('}');
    }

    /** One message's iovecs, each buffer shown up to what is left of {@code budget} (the message's msg_len). */
    private static void iovecs(CallView c, int arg, String prefix, Capture array, long count, long budget,
                               StringBuilder out) {
        StructReader r = new StructReader(array, c.arch());
        int w = r.wordSize();
        long[] left = {budget};
        ArrayText.append(c, Math.max(count, 0), out, k -> {
            long base = r.word(2 * w * k);
            long len = r.word(2 * w * k + w);
            long shown = Math.min(len, left[0]);
            left[0] -= shown;
            out.append("{iov_base=");
            Strings.buffer(c, c.exitCapture(arg, prefix + "[" + k + "].iov_base"), base, shown, false, out);
            out.append(", iov_len=").append(len).append('}');
        });
    }
}
