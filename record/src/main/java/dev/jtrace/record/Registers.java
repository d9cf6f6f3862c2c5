package dev.jtrace.record;

import dev.jtrace.format.Arch;
import jnr.ffi.Pointer;

/**
 * struct user_regs_struct (x86_64), for the one thing PTRACE_GET_SYSCALL_INFO does not say at a
 * syscall-exit stop: which call is returning, when its entry was not seen (after attaching).
 */
final class Registers {
    private static final int SIZE = 27 * 8;
    private static final int RBP = 32, RBX = 40, R10 = 56, R9 = 64, R8 = 72, RCX = 88, RDX = 96, RSI = 104,
            RDI = 112, ORIG_RAX = 120, RAX = 80;
    private static final int[] X86_64_ARGS = {RDI, RSI, RDX, R10, R8, R9};
    private static final int[] I386_ARGS = {RBX, RCX, RDX, RSI, RDI, RBP};

    private final Pointer buf = Native.allocate(SIZE);

    /** Reads the registers of {@code tid}; 0 or errno. */
    int fetch(int tid) {
        return Ptrace.registers(tid, buf);
    }

    /** The kernel's ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND and ERESTART_RESTARTBLOCK (512..516). */
    static boolean isRestartCode(long rval) {
        return rval <= -512 && rval >= -516 && rval != -515;
    }

    /** rax: at a stop after a syscall, its return value. */
    long returnValue() {
        return buf.getLong(RAX);
    }

    int syscallNumber() {
        return (int) buf.getLong(ORIG_RAX);
    }

    /** The argument registers of the current call in the given ABI (32-bit values zero-extended). */
    void args(Arch arch, long[] args) {
        int[] regs = arch == Arch.I386 ? I386_ARGS : X86_64_ARGS;
        for (int i = 0; i < 6; i++) {
            long v = buf.getLong(regs[i]);
            args[i] = arch == Arch.I386 ? v & 0xffffffffL : v;
        }
    }
}
