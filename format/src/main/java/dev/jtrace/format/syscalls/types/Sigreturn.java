package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/**
 * i386 sigreturn({mask=[...]}): after the handler's return popped the frame's return address and signal number,
 * the stack pointer points at the frame's struct sigcontext; the mask is its oldmask (offset 80) with the frame's
 * extramask word (after the 88-byte sigcontext and the 624-byte fpstate) as the high half. An i386 stack pointer
 * is 32 bits: a 64-bit program calling through int $0x80 has its stack above 4 GiB, where strace cannot read, and
 * it prints the address.
 */
final class Sigreturn implements CustomCall {
    private static final String LOW = "sc.oldmask", HIGH = "extramask", SP = "sp";
    private static final long OLDMASK = 80, EXTRAMASK = 88 + 624;

    @Override
    public List<Printed> arguments(CallView c) {
        long sp = stackPointer(c);
        Capture low = c.entryCapture(0, LOW);
        Capture high = c.entryCapture(0, HIGH);
        if (low == null || high == null || !low.readable() || !high.readable() || low.data().length < 4
                || high.data().length < 4) {
            return sp == 0 ? List.of() : List.of(entry(CallView.pointer(sp)));
        }
        long bits = new StructReader(low, c.arch()).u32(0) | new StructReader(high, c.arch()).u32(0) << 32;
        return List.of(entry("{mask=" + SignalStructs.sigset(bits, 64, c.options().constants()) + "}"));
    }

    /** The stack pointer, which the planner notes as the address of a one-byte capture when strace could not read there. */
    private static long stackPointer(CallView c) {
        Capture at = c.entryCapture(0, SP);
        return at == null ? 0 : at.address();
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        long sp = s.spRegister();
        if (sp == 0) {
            return;
        }
        if (sp > 0xffffffffL) {
            s.bytes(0, SP, sp, 1);
            return;
        }
        s.bytes(0, LOW, sp + OLDMASK, 4);
        s.bytes(0, HIGH, sp + EXTRAMASK, 4);
    }
}
