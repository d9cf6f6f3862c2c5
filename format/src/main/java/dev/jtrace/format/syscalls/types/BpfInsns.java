package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/**
 * BPF_PROG_LOAD's instructions: the address, or under -v the decoded array
 * ({@code [{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}, ...]}).
 */
final class BpfInsns {
    /** sizeof(struct bpf_insn): code, dst_reg:4 and src_reg:4, off (s16), imm (s32). */
    static final int SIZE = 8;
    private static final String[] CLASSES = {"BPF_LD", "BPF_LDX", "BPF_ST", "BPF_STX", "BPF_ALU", "BPF_JMP",
        "BPF_JMP32", "BPF_ALU64"};
    private static final String[] ALU_OPS = {"BPF_ADD", "BPF_SUB", "BPF_MUL", "BPF_DIV", "BPF_OR", "BPF_AND",
        "BPF_LSH", "BPF_RSH", "BPF_NEG", "BPF_MOD", "BPF_XOR", "BPF_MOV", "BPF_ARSH", "BPF_END"};
    private static final String[] JMP_OPS = {"BPF_JA", "BPF_JEQ", "BPF_JGT", "BPF_JGE", "BPF_JSET", "BPF_JNE",
        "BPF_JSGT", "BPF_JSGE", "BPF_CALL", "BPF_EXIT", "BPF_JLT", "BPF_JLE", "BPF_JSLT", "BPF_JSLE"};
    private static final String[] SIZES = {"BPF_W", "BPF_H", "BPF_B", "BPF_DW"};
    private static final String[] MODES = {"BPF_IMM", "BPF_ABS", "BPF_IND", "BPF_MEM", "BPF_LEN", "BPF_MSH",
        "BPF_ATOMIC"};

    private BpfInsns() {
    }

    static String print(CallView c, Capture insns, long address, long count) {
        if (!c.options().verbose() || address == 0) {
            return CallView.pointer(address);
        }
        if (insns == null || insns.data().length < Math.min(count, c.options().stringLimit()) * SIZE) {
            return CallView.pointer(address);
        }
        StructReader r = new StructReader(insns, c.arch());
        StringBuilder b = new StringBuilder();
        ArrayText.append(c, count, b, k -> {
            int at = k * SIZE;
            int regs = r.u8(at + 1);
            b.append("{code=").append(code(r.u8(at))).append(", dst_reg=BPF_REG_").append(regs & 0xf)
                    .append(", src_reg=BPF_REG_").append(regs >> 4).append(", off=").append((short) r.u16(at + 2))
                    .append(", imm=").append(Scalars.hex(r.u32(at + 4))).append('}');
        });
        return b.toString();
    }

    private static String code(int code) {
        int cls = code & 7;
        StringBuilder b = new StringBuilder(CLASSES[cls]);
        if (cls >= 4) { // ALU, JMP, JMP32, ALU64: source, then operation
            b.append((code & 8) != 0 ? "|BPF_X" : "|BPF_K");
            String[] ops = cls == 4 || cls == 7 ? ALU_OPS : JMP_OPS;
            int op = code >> 4;
            b.append('|').append(op < ops.length ? ops[op] : Scalars.hex(op << 4));
        } else { // loads and stores: size, then mode
            b.append('|').append(SIZES[code >> 3 & 3]);
            int mode = code >> 5;
            b.append('|').append(mode < MODES.length ? MODES[mode] : Scalars.hex(mode << 5));
        }
        return b.toString();
    }
}
