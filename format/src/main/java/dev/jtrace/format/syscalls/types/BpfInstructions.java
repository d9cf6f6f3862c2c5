package dev.jtrace.format.syscalls.types;

import java.util.Map;

/**
 * A classic BPF instruction of a seccomp filter as strace -v prints it: {@code BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x4)},
 * {@code BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0xc000003e, 0x1, 0)}, and a return's value as a seccomp action
 * ({@code BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x1)}). The opcode prints as its class followed by its fields
 * (size and mode for loads; source and operation for ALU and jumps); a field value without a name prints as
 * {@code 0xf8 /* BPF_??? *}{@code /}, and so do bits above the opcode's byte.
 */
final class BpfInstructions {
    private static final int LD = 0, LDX = 1, ALU = 4, JMP = 5, RET = 6, MISC = 7;
    private static final int JA = 0;
    private static final long SECCOMP_RET_ACTION_FULL = 0xffff0000L;
    private static final String[] CLASSES = {"BPF_LD", "BPF_LDX", "BPF_ST", "BPF_STX", "BPF_ALU", "BPF_JMP",
        "BPF_RET", "BPF_MISC"};
    private static final Map<Integer, String> SIZES = Map.of(0x00, "BPF_W", 0x08, "BPF_H", 0x10, "BPF_B");
    private static final Map<Integer, String> MODES = Map.of(0x00, "BPF_IMM", 0x20, "BPF_ABS", 0x40, "BPF_IND",
            0x60, "BPF_MEM", 0x80, "BPF_LEN", 0xa0, "BPF_MSH");
    private static final Map<Integer, String> SOURCES = Map.of(0x00, "BPF_K", 0x08, "BPF_X");
    private static final Map<Integer, String> ALU_OPS = Map.ofEntries(Map.entry(0x00, "BPF_ADD"),
            Map.entry(0x10, "BPF_SUB"), Map.entry(0x20, "BPF_MUL"), Map.entry(0x30, "BPF_DIV"),
            Map.entry(0x40, "BPF_OR"), Map.entry(0x50, "BPF_AND"), Map.entry(0x60, "BPF_LSH"),
            Map.entry(0x70, "BPF_RSH"), Map.entry(0x80, "BPF_NEG"), Map.entry(0x90, "BPF_MOD"),
            Map.entry(0xa0, "BPF_XOR"));
    private static final Map<Integer, String> JMP_OPS = Map.of(0x00, "BPF_JA", 0x10, "BPF_JEQ", 0x20, "BPF_JGT",
            0x30, "BPF_JGE", 0x40, "BPF_JSET");
    private static final Map<Integer, String> RET_VALUES = Map.of(0x00, "BPF_K", 0x08, "BPF_X", 0x10, "BPF_A");
    private static final Map<Integer, String> MISC_OPS = Map.of(0x00, "BPF_TAX", 0x80, "BPF_TXA");

    private BpfInstructions() {
    }

    static String text(CallView c, int code, int jt, int jf, long k) {
        int cls = code & 7;
        StringBuilder op = new StringBuilder(CLASSES[cls]);
        int known = switch (cls) {
            case LD, LDX -> field(op, code, 0x18, SIZES) | field(op, code, 0xe0, MODES);
            case ALU -> field(op, code, 0x08, SOURCES) | field(op, code, 0xf0, ALU_OPS);
            case JMP -> field(op, code, 0x08, SOURCES) | field(op, code, 0xf0, JMP_OPS);
            case RET -> field(op, code, 0x18, RET_VALUES);
            case MISC -> field(op, code, 0xf8, MISC_OPS);
            default -> 0;
        };
        int rest = code & ~7 & ~known;
        if (rest != 0) {
            op.append("|0x").append(Integer.toHexString(rest)).append(" /* BPF_??? */");
        }
        if (cls == JMP && (code & 0xf0) != JA) {
            return "BPF_JUMP(" + op + ", " + Scalars.hex(k) + ", " + Scalars.hex(jt) + ", " + Scalars.hex(jf) + ")";
        }
        return "BPF_STMT(" + op + ", " + (cls == RET ? action(c, k) : Scalars.hex(k)) + ")";
    }

    /** Appends {@code |NAME} of the field under {@code mask}; returns the mask when the value has a name. */
    private static int field(StringBuilder op, int code, int mask, Map<Integer, String> names) {
        String name = names.get(code & mask);
        if (name == null) {
            op.append("|0x").append(Integer.toHexString(code & mask)).append(" /* BPF_??? */");
        } else {
            op.append('|').append(name);
        }
        return mask;
    }

    /** A seccomp return value: the action's name and the data bits, {@code SECCOMP_RET_ERRNO|0x1}. */
    private static String action(CallView c, long k) {
        long action = k & SECCOMP_RET_ACTION_FULL;
        long data = k & ~SECCOMP_RET_ACTION_FULL & 0xffffffffL;
        String name = c.constant("seccomp_ret", action);
        return data == 0 ? name : name + "|" + Scalars.hex(data);
    }
}
