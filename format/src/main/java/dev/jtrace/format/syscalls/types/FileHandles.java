package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructView;

/**
 * struct file_handle (structs.def's header, then handle_bytes bytes of f_handle): open_by_handle_at's input
 * {@code {handle_bytes=8, handle_type=1, f_handle="\x02\x00..."}} and name_to_handle_at's in-out
 * {@code {handle_bytes=128 => 8, handle_type=1, f_handle="..."}}, {@code {handle_bytes=0 => 8}} when the buffer was
 * too small (EOVERFLOW, the kernel wrote back the size it needs).
 */
public final class FileHandles {
    private static final String FILE_HANDLE = "file_handle";
    /** The kernel's MAX_HANDLE_SZ. */
    private static final int MAX_HANDLE_SZ = 128;
    private static final String BYTES = "f_handle";

    private FileHandles() {
    }

    /** f_handle's offset: the size of the header before it. */
    private static long header(dev.jtrace.format.Arch arch) {
        return Pointees.layout(FILE_HANDLE, arch).size();
    }

    public static final Pointee INPUT = handle(false);
    public static final Pointee UPDATED = handle(true);

    private static Pointee handle(boolean updated) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return header(s.arch());
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                long header = header(site.arch());
                Capture head = site.bytes(arg, "", address, header);
                if (head.data().length < header || (updated && site.failed())) {
                    return;
                }
                long n = Pointees.layout(FILE_HANDLE, site.arch()).view(head.data()).get("handle_bytes");
                if (n <= MAX_HANDLE_SZ) {
                    site.bytes(arg, BYTES, address + header, n, MAX_HANDLE_SZ);
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
                StructView v = c.struct(FILE_HANDLE, data);
                long bytes = v.get("handle_bytes");
                out.append("{handle_bytes=");
                Capture before = updated ? c.entryCapture(arg, "") : null;
                if (before != null && before.data().length >= v.layout().size()) {
                    long given = c.struct(FILE_HANDLE, before).get("handle_bytes");
                    if (given != bytes) {
                        out.append(given).append(" => ");
                    }
                }
                out.append(bytes);
                if (updated && !c.succeeded()) {
                    out.append('}');
                    return;
                }
                out.append(", handle_type=").append(v.get("handle_type")).append(", f_handle=");
                Capture h = updated ? c.exitCapture(arg, BYTES) : c.entryCapture(arg, BYTES);
                if (h == null || !h.readable() || h.data().length < bytes) {
                    out.append(CallView.pointer(data.address() + v.layout().size()));
                } else {
                    Strings.quoted(c, h, bytes, false, true, c.options().stringLimit(), out);
                }
                out.append('}');
            }
        };
    }
}
