package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/**
 * {@code ksigset[len]}: a signal set that the kernel accepts only at its own size (8 bytes on both ABIs; io_uring_enter's
 * sig): printed as {@code [USR1]} at that size, as the address at any other.
 */
final class KernelSigsets {
    private static final int KERNEL_SIGSET_SIZE = 8;

    private KernelSigsets() {
    }

    static Pointee exact(String len) {
        Pointee sigset = SignalStructs.sigset(len);
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return s.length(len) == KERNEL_SIGSET_SIZE ? KERNEL_SIGSET_SIZE : 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                if (c.length(len) != KERNEL_SIGSET_SIZE) {
                    throw new StructReader.Short();
                }
                sigset.print(c, arg, data, out);
            }
        };
    }
}
