package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/**
 * struct file_handle (no uapi header declares it, so it is laid out here: u32 handle_bytes, s32 handle_type, then
 * handle_bytes bytes of f_handle): open_by_handle_at's input
 * {@code {handle_bytes=8, handle_type=1, f_handle="\x02\x00..."}} and name_to_handle_at's in-out
 * {@code {handle_bytes=128 => 8, handle_type=1, f_handle="..."}}, {@code {handle_bytes=0 => 8}} when the buffer was
 * too small (EOVERFLOW, the kernel wrote back the size it needs).
 */
public final class FileHandles {
    private static final int HEADER = 8;
    /** The kernel's MAX_HANDLE_SZ. */
    private static final int MAX_HANDLE_SZ = 128;
    private static final String BYTES = "f_handle";

    private FileHandles() {
    }

    public static final Pointee INPUT = handle(false);
    public static final Pointee UPDATED = handle(true);

    private static Pointee handle(boolean updated) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return HEADER;
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                Capture head = site.bytes(arg, "", address, HEADER);
                if (head.data().length < HEADER || (updated && site.failed())) {
                    return;
                }
                long n = new StructReader(head, site.arch()).u32(0);
                if (n <= MAX_HANDLE_SZ) {
                    site.bytes(arg, BYTES, address + HEADER, n, MAX_HANDLE_SZ);
                }
            }

            @Override
            public boolean inoutPrintsAtExit() {
                return updated;
            }

            @Override
            public boolean shownOnFailure() {
                return updated;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructReader r = new StructReader(data, c.arch());
                long bytes = r.u32(0);
                out.append("{handle_bytes=");
                Capture before = updated ? c.entryCapture(arg, "") : null;
                if (before != null && before.data().length >= 4) {
                    long given = new StructReader(before, c.arch()).u32(0);
                    if (given != bytes) {
                        out.append(given).append(" => ");
                    }
                }
                out.append(bytes);
                if (updated && !c.succeeded()) {
                    out.append('}');
                    return;
                }
                out.append(", handle_type=").append(r.s32(4)).append(", f_handle=");
                Capture h = updated ? c.exitCapture(arg, BYTES) : c.entryCapture(arg, BYTES);
                if (h == null || !h.readable() || h.data().length < bytes) {
                    out.append(CallView.pointer(data.address() + HEADER));
                } else {
                    Strings.quoted(c, h, bytes, false, true, c.options().stringLimit(), out);
                }
                out.append('}');
            }
        };
    }
}
