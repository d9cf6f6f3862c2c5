package dev.jtrace.format.syscalls.types;

/**
 * {@code uintunless<N>}: a C unsigned int, printed only when it is not N (readdir's count, which strace leaves out
 * when it is the 1 every caller passes).
 */
final class UintUnless {
    private UintUnless() {
    }

    static ArgType of(long omitted) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int arg) {
                return (c.arg(arg) & 0xffffffffL) != omitted;
            }

            @Override
            public void print(CallView c, int arg, StringBuilder out) {
                out.append(c.arg(arg) & 0xffffffffL);
            }
        };
    }
}
