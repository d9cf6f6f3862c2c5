package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/** Socket lengths and epoll events. */
public final class EventStructs {
    /** {@code [28 => 16]}: a socklen_t that the kernel updates. */
    public static final Pointee SOCKLEN = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return 4;
        }

        @Override
        public boolean inoutPrintsAtExit() {
            return true;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            Capture before = c.entryCapture(arg, "");
            long after = new StructReader(data, c.arch()).u32(0);
            out.append('[');
            if (before != null && before.readable() && before.data().length >= 4) {
                long in = new StructReader(before, c.arch()).u32(0);
                if (in != after) {
                    out.append(in).append(" => ");
                }
            }
            out.append(after).append(']');
        }
    };

    /** struct epoll_event (packed: u32 events, u64 data, in both ABIs). */
    static void epollEvent(CallView c, StructReader r, int off, StringBuilder out) {
        long data = r.s64(off + 4);
        out.append("{events=").append(c.constant("epoll_events", r.u32(off))).append(", data={u32=")
                .append(data & 0xffffffffL).append(", u64=").append(Long.toUnsignedString(data)).append("}}");
    }

    public static final Pointee EPOLL_EVENT = Pointees.fixed(12, 12, (c, r, out) -> epollEvent(c, r, 0, out));

    /** {@code epoll_events[n]}: the n ready events the kernel wrote. */
    public static Pointee epollEvents(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(Math.max(s.length(len), 0), 4096) * 12;
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(len) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long n = Math.max(c.length(len), 0);
                out.append('[');
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    epollEvent(c, r, 12 * k, out);
                }
                out.append(']');
            }
        };
    }

    private EventStructs() {
    }
}
