package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/**
 * rt_sigreturn({mask=[...]}): the mask is uc_sigmask of the signal frame the stack pointer points
 * into (x86_64: the ucontext is at sp, uc_sigmask at +296; i386: the ucontext at sp+140, mask at +108);
 * the mask's address when -e verbose= leaves the call out.
 * These offsets stay numbers rather than structs.def layouts: the frame that places the ucontext (struct
 * rt_sigframe, arch/x86/include/asm/sigframe.h) is not in the uapi headers, and the uapi struct ucontext compiles
 * only after asm/sigcontext.h and declares a one-word sigset_t where the kernel stores 64 bits.
 */
final class RtSigreturn implements CustomCall {
    static final String PATH = "uc_sigmask";

    @Override
    public List<Printed> arguments(CallView c) {
        var cap = c.entryCapture(0, PATH);
        if (cap != null && !c.options().dereference()) {
            return List.of(entry("{mask=" + CallView.pointer(cap.address()) + "}"));
        }
        if (cap == null || !cap.readable() || cap.data().length < 8) {
            return List.of();
        }
        long bits = new StructReader(cap, c.arch()).s64(0);
        return List.of(entry("{mask=" + SignalStructs.sigset(bits, 64, c.options().constants()) + "}"));
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        if (s.sp() != 0) {
            long at = s.arch() == dev.jtrace.format.Arch.I386 ? s.sp() + 140 + 108 : s.sp() + 296;
            s.bytes(0, PATH, at, 8);
        }
    }
}
