package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;

/**
 * io_uring_setup's struct io_uring_params as strace prints it: what the caller set ({@code flags}, the SQ thread's
 * cpu and idle time, {@code wq_fd} with IORING_SETUP_ATTACH_WQ, {@code resv} when not zero) from the entry capture,
 * then, when the call succeeded, what the kernel filled in (ring sizes, features, ring offsets).
 */
public final class UringStructs {
    private static final long IORING_SETUP_ATTACH_WQ = 0x20;

    private UringStructs() {
    }

    public static final Pointee PARAMS = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return StructLayouts.builtIn().get("io_uring_params", s.arch()).size();
        }

        @Override
        public boolean inoutPrintsAtExit() {
            return true;
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            Capture entry = c.entryCapture(arg, "");
            if (entry == null || !entry.readable()) {
                throw new StructReader.Short();
            }
            StructView in = c.struct("io_uring_params", entry);
            long flags = in.get("flags");
            out.append("{flags=").append(c.constant("uring_setup", flags))
                    .append(", sq_thread_cpu=").append(Scalars.hex(in.get("sq_thread_cpu")))
                    .append(", sq_thread_idle=").append(in.get("sq_thread_idle"));
            if ((flags & IORING_SETUP_ATTACH_WQ) != 0) {
                out.append(", wq_fd=");
                Scalars.fd(c, (int) in.get("wq_fd"), out);
            }
            if (in.get("resv", 0) != 0 || in.get("resv", 1) != 0 || in.get("resv", 2) != 0) {
                out.append(", resv=[").append(Scalars.hex(in.get("resv", 0))).append(", ")
                        .append(Scalars.hex(in.get("resv", 1))).append(", ").append(Scalars.hex(in.get("resv", 2)))
                        .append(']');
            }
            if (c.succeeded() && data != entry) {
                StructView v = c.struct("io_uring_params", data);
                out.append(", sq_entries=").append(v.get("sq_entries"))
                        .append(", cq_entries=").append(v.get("cq_entries"))
                        .append(", features=").append(c.constant("uring_features", v.get("features")));
                StructView sq = v.struct("sq_off");
                out.append(", sq_off={");
                fields(sq, out, "head", "tail", "ring_mask", "ring_entries", "flags", "dropped", "array");
                reserved(sq, out);
                StructView cq = v.struct("cq_off");
                out.append("}, cq_off={");
                fields(cq, out, "head", "tail", "ring_mask", "ring_entries", "overflow", "cqes", "flags");
                reserved(cq, out);
                out.append('}');
            }
            out.append('}');
        }
    };

    private static void fields(StructView v, StringBuilder out, String... names) {
        for (int k = 0; k < names.length; k++) {
            out.append(k > 0 ? ", " : "").append(names[k]).append('=').append(v.get(names[k]));
        }
    }

    private static void reserved(StructView v, StringBuilder out) {
        if (v.get("resv1") != 0) {
            out.append(", resv1=").append(Scalars.hex(v.get("resv1")));
        }
        if (v.get("resv2") != 0) {
            out.append(", resv2=").append(Scalars.hex(v.get("resv2")));
        }
    }
}
