package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructView;

/**
 * struct mmsghdr arrays of sendmmsg and recvmmsg: {@code [{msg_hdr={msg_name=NULL, ..., msg_flags=0}, msg_len=3}]}.
 * Both are read when the call returns: element k's header in the array at path "", its name at {@code [k].msg_name},
 * its iovec array at {@code [k].msg_iov} (buffers at {@code [k].msg_iov[i].iov_base}) and its control data at
 * {@code [k].msg_control}. A successful call shows the first {@code ret} elements with the kernel's msg_len (for
 * recvmmsg each one's data up to its msg_len); a failed sendmmsg shows every element as given, without msg_len.
 */
public final class MmsgStructs {
    /** The kernel's UIO_MAXIOV, which also bounds vlen. */
    private static final int MAX_MESSAGES = 1024;
    private static final String MMSGHDR = "mmsghdr";

    private MmsgStructs() {
    }

    /** {@code mmsghdrs[vlen]} (sendmmsg, inout) or, {@code received}, {@code recv_mmsghdrs[vlen]} (recvmmsg, out). */
    public static Pointee mmsghdrs(String vlen, boolean received) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return count(s.length(vlen)) * Pointees.layout(MMSGHDR, s.arch()).size();
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
                StructLayout l = Pointees.layout(MMSGHDR, site.arch());
                Capture arr = site.bytes(arg, "", address, size(site, arg), size(site, arg));
                long shown = site.failed() ? count(site.length(vlen)) : Math.min(site.rval(), count(site.length(vlen)));
                for (int k = 0; k < shown && (k + 1) * l.size() <= arr.data().length; k++) {
                    StructView v = Pointees.element(l, arr.data(), k);
                    StructView m = v.struct("msg_hdr");
                    String p = "[" + k + "]";
                    if (m.get("msg_name") != 0) {
                        site.bytes(arg, p + ".msg_name", m.get("msg_name"),
                                Math.min(m.get("msg_namelen") & 0xffffffffL, 128));
                    }
                    if (m.get("msg_iov") != 0) {
                        IoStructs.captureIovecs(site, arg, p + ".msg_iov", m.get("msg_iov"), m.get("msg_iovlen"),
                                received ? v.get("msg_len") : Long.MAX_VALUE);
                    }
                    if (m.get("msg_control") != 0 && m.get("msg_controllen") != 0) {
                        site.bytes(arg, p + ".msg_control", m.get("msg_control"), m.get("msg_controllen"));
                    }
                }
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructLayout l = Pointees.layout(MMSGHDR, c.arch());
                boolean withLength = c.succeeded();
                long n = withLength ? Math.min(c.rval(), count(c.length(vlen))) : count(c.length(vlen));
                ArrayText.append(c, n, out, k -> {
                    StructView v = Pointees.element(l, data.data(), k);
                    StructView m = v.struct("msg_hdr");
                    String p = "[" + k + "].";
                    long budget = received ? v.get("msg_len") : Long.MAX_VALUE;
                    out.append("{msg_hdr=");
                    long namelen = m.get("msg_namelen") & 0xffffffffL;
                    MsgStructs.printHeader(c, m, path -> c.exitCapture(arg, p + path), namelen,
                            (iov, iovlen, b) -> iovecs(c, arg, p + "msg_iov", iov, iovlen, budget, b), out);
                    if (withLength) {
                        out.append(", msg_len=").append(v.get("msg_len"));
                    }
                    out.append('}');
                });
            }
        };
    }

    private static long count(long vlen) {
        return Math.min(Math.max(vlen, 0), MAX_MESSAGES);
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
