package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructView;

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

    /** struct epoll_event (u32 events, u64 data: 12 bytes in both ABIs, packed on x86_64). */
    static void epollEvent(CallView c, StructView v, StringBuilder out) {
        long data = v.get("data");
        out.append("{events=").append(c.constant("epoll_events", v.get("events"))).append(", data={u32=")
                .append(data & 0xffffffffL).append(", u64=").append(Long.toUnsignedString(data)).append("}}");
    }

    public static final Pointee EPOLL_EVENT = Pointees.struct("epoll_event", EventStructs::epollEvent);

    /** {@code epoll_events[n]}: the n ready events the kernel wrote. */
    public static Pointee epollEvents(String len) {
        return Pointees.countedStructs("epoll_event", len, 4096, Pointees.OverLimit.FIRST, EventStructs::epollEvent);
    }

    private EventStructs() {
    }
}
