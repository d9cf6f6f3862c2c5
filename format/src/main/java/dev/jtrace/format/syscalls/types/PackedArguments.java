package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/**
 * i386 old select and old mmap: one pointer to a struct of the call's arguments, which strace prints decoded as
 * the call's own ({@code select(5, NULL, [4], NULL, {...})}, {@code mmap(NULL, 4096, ...)}); a pointer it cannot
 * read prints as the only argument ({@code select(NULL)}).
 */
final class PackedArguments implements CustomCall {
    private final Subcall call;

    PackedArguments(Subcall call) {
        this.call = call;
    }

    @Override
    public List<Printed> arguments(CallView c) {
        long[] w = ArgumentBlock.captured(c, 0, call.count());
        return w == null ? List.of(entry(CallView.pointer(c.arg(0)))) : call.printed(c, Subcall.registers(w));
    }

    @Override
    public String result(CallView c) {
        long[] w = ArgumentBlock.captured(c, 0, call.count());
        return w == null ? null : call.result(c, Subcall.registers(w));
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        long[] w = ArgumentBlock.capture(s, 0, call.count());
        if (w != null) {
            call.captureAtEntry(s, Subcall.registers(w));
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        long[] w = ArgumentBlock.reread(s, 0, call.count());
        if (w != null) {
            call.captureAtExit(s, Subcall.registers(w));
        }
    }
}
