package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;

/** What seccomp's third argument points to, per operation (see {@link Seccomp}). */
final class SeccompStructs {
    /** The kernel's BPF_MAXINSNS: a longer program is rejected, so nothing past it is read. */
    private static final int MAX_INSNS = 4096;
    private static final int INSN = 8;
    private static final String PROGRAM = "filter";

    private SeccompStructs() {
    }

    /**
     * struct sock_fprog: {@code {len=1, filter=0x7ffd...}}; under -v the instructions, captured at path
     * {@code filter}: {@code {len=1, filter=[BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)]}}.
     */
    static final Pointee FPROG = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return StructLayouts.builtIn().get("sock_fprog", s.arch()).size();
        }

        @Override
        public void capture(CaptureSite site, int arg, long address) {
            Capture head = site.bytes(arg, "", address, size(site, arg));
            if (head.data().length < size(site, arg)) {
                return;
            }
            StructView v = StructLayouts.builtIn().get("sock_fprog", site.arch()).view(head.data());
            long n = Math.min(v.get("len"), MAX_INSNS);
            if (v.get("filter") != 0 && n > 0) {
                site.bytes(arg, PROGRAM, v.get("filter"), n * INSN, n * INSN);
            }
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            StructView v = c.struct("sock_fprog", data);
            long len = v.get("len");
            long filter = v.get("filter");
            out.append("{len=").append(len).append(", filter=");
            Capture program = c.entryCapture(arg, PROGRAM);
            if (!c.options().verbose() || filter == 0) {
                out.append(CallView.pointer(filter));
            } else if (len == 0) {
                out.append("[]");
            } else if (program == null || !program.readable() || program.data().length < len * INSN) {
                out.append(CallView.pointer(filter));
            } else {
                instructions(c, program, len, out);
            }
            out.append('}');
        }
    };

    private static void instructions(CallView c, Capture program, long len, StringBuilder out) {
        var layout = StructLayouts.builtIn().get("sock_filter", c.arch());
        ArrayText.append(c, len, out, k -> {
            StructView insn = layout.view(java.util.Arrays.copyOfRange(program.data(), k * INSN, (k + 1) * INSN));
            out.append(BpfInstructions.text(c, (int) insn.get("code"), (int) insn.get("jt"), (int) insn.get("jf"),
                    insn.get("k")));
        });
    }

    /** SECCOMP_GET_ACTION_AVAIL's action: {@code [SECCOMP_RET_LOG]}. */
    static final Pointee ACTION = Pointees.fixed(4, 4,
            (c, r, out) -> out.append('[').append(c.constant("seccomp_ret", r.u32(0))).append(']'));

    /** {@code {seccomp_notif=80, seccomp_notif_resp=24, seccomp_data=64}}. */
    static final Pointee NOTIF_SIZES = Pointees.struct("seccomp_notif_sizes", (c, v, out) -> out
            .append("{seccomp_notif=").append(v.get("seccomp_notif")).append(", seccomp_notif_resp=")
            .append(v.get("seccomp_notif_resp")).append(", seccomp_data=").append(v.get("seccomp_data"))
            .append('}'));
}
