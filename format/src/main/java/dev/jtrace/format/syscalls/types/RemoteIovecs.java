package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/**
 * {@code iovec_addrs[count]}: an iovec array whose buffers lie in another process (process_vm_readv's remote
 * array) or are not data at all (process_madvise's ranges): {@code [{iov_base=0x7ffd..., iov_len=11}]}.
 */
public final class RemoteIovecs {
    private RemoteIovecs() {
    }

    public static Pointee addresses(String count) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return IoStructs.iovecArraySize(s.arch(), s.length(count));
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(count) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                int w = r.wordSize();
                long n = Math.max(c.length(count), 0);
                ArrayText.append(c, n, out, k -> {
                    out.append("{iov_base=").append(CallView.pointer(r.word(2 * w * k))).append(", iov_len=")
                            .append(Long.toUnsignedString(r.word(2 * w * k + w))).append('}');
                });
            }
        };
    }
}
