package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructView;

/** Arrays of I/O structs: iovec (with the buffers they point to), pollfd, fd_set. */
public final class IoStructs {
    private IoStructs() {
    }

    /**
     * {@code iovec[count]}: the array is captured at path "", each buffer at {@code "[i].iov_base"};
     * for writes at entry (iov_len bytes), for reads at exit (up to the return value in total).
     */
    public static Pointee iovec(String count, boolean output) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return iovecArraySize(s.arch(), s.length(count));
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                captureIovecs(site, arg, "", address, site.length(count), output ? site.rval() : Long.MAX_VALUE);
            }

            @Override
            public boolean shownOnFailure() {
                return output;
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(count) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                printIovecs(c, arg, "", data, c.length(count), output, out);
            }
        };
    }

    static long iovecArraySize(Arch arch, long count) {
        return Math.min(Math.max(count, 0), 1024) * Pointees.layout("iovec", arch).size();
    }

    /** Captures an iovec array at {@code prefix} and each buffer at {@code prefix[i].iov_base}, {@code budget} bytes in all. */
    static void captureIovecs(CaptureSite site, int arg, String prefix, long address, long count, long budget) {
        long size = iovecArraySize(site.arch(), count);
        Capture arr = site.bytes(arg, prefix, address, size, size);
        StructLayout iovec = Pointees.layout("iovec", site.arch());
        long left = Math.max(budget, 0);
        for (int k = 0; (k + 1) * iovec.size() <= arr.data().length && left > 0; k++) {
            StructView v = Pointees.element(iovec, arr.data(), k);
            long base = v.get("iov_base");
            long n = Math.min(v.get("iov_len"), left);
            left -= n;
            site.bytes(arg, prefix + "[" + k + "].iov_base", base, n);
        }
    }

    /** {@code [{iov_base="...", iov_len=5}]}; for outputs the data shown is limited to the return value. */
    static void printIovecs(CallView c, int arg, String prefix, Capture array, long count, boolean output,
                            StringBuilder out) {
        StructLayout iovec = Pointees.layout("iovec", c.arch());
        long n = Math.max(count, 0);
        long[] budget = {output ? Math.max(c.rval(), 0) : Long.MAX_VALUE}; // what is left to show, element by element
        ArrayText.append(c, n, out, k -> {
            StructView v = Pointees.element(iovec, array.data(), k);
            long base = v.get("iov_base");
            long len = v.get("iov_len");
            out.append("{iov_base=");
            String path = prefix + "[" + k + "].iov_base";
            Capture buf = output ? c.exitCapture(arg, path) : c.entryCapture(arg, path);
            long shown = Math.min(len, budget[0]);
            if (output && c.exited() && !c.succeeded()) {
                out.append(CallView.pointer(base)); // nothing was read: strace shows where it would have gone
            } else if (budget[0] <= 0 && output) {
                out.append("\"\"");
            } else {
                Strings.buffer(c, buf, base, shown, false, out);
            }
            budget[0] -= shown;
            out.append(", iov_len=").append(len).append('}');
        });
    }

    /** {@code pollfd[nfds]}: {@code [{fd=3, events=POLLIN}]}; the kernel's revents are printed by poll's code. */
    public static Pointee pollfds(String count) {
        return Pointees.countedStructs("pollfd", count, 4096, Pointees.OverLimit.FIRST, (c, v, out) -> {
            out.append("{fd=");
            Scalars.fd(c, (int) v.get("fd"), out);
            out.append(", events=").append(c.constant("poll", v.get("events") & 0xffff)).append('}');
        });
    }

    /** poll's result text {@code ([{fd=3, revents=POLLIN}])} from the array captured at exit. */
    public static String pollResult(CallView c, int arg, String count) {
        Capture after = c.exitCapture(arg, "");
        if (after == null || !after.readable()) {
            return "";
        }
        StructLayout pollfd = Pointees.layout("pollfd", c.arch());
        long n = Math.max(c.length(count), 0);
        StringBuilder b = new StringBuilder(" ([");
        boolean first = true;
        for (int k = 0; k < n && (k + 1) * pollfd.size() <= after.data().length; k++) {
            StructView v = Pointees.element(pollfd, after.data(), k);
            long revents = v.get("revents") & 0xffff;
            if (revents == 0) {
                continue;
            }
            b.append(first ? "" : ", ").append("{fd=");
            Scalars.fd(c, (int) v.get("fd"), b);
            b.append(", revents=").append(c.constant("poll", revents)).append('}');
            first = false;
        }
        return b.append("])").toString();
    }

    /** {@code fdset[nfds]}: {@code [3 4]}. */
    public static Pointee fdset(String count) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                long n = Math.min(Math.max(s.length(count), 0), 65536);
                return (n + 63) / 64 * 8;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long n = Math.max(c.length(count), 0);
                out.append('[');
                boolean first = true;
                for (int fd = 0; fd < n; fd++) {
                    if ((r.u8(fd / 8) >> (fd % 8) & 1) != 0) {
                        out.append(first ? "" : " ");
                        Scalars.fd(c, fd, out);
                        first = false;
                    }
                }
                out.append(']');
            }
        };
    }
}
