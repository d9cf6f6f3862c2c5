package dev.jtrace.format.syscalls.types;

/**
 * {@code creatin<T>[flagsarg]}: an {@code in<T>} pointer that the call reads, and strace prints, only when
 * flagsarg has O_CREAT (mq_open's attributes).
 */
final class CreatOnly implements ArgType {
    private static final long O_CREAT = 0100;

    private final String flagsArg;
    private final ArgType pointer;

    CreatOnly(String flagsArg, ArgType pointer) {
        this.flagsArg = flagsArg;
        this.pointer = pointer;
    }

    @Override
    public boolean present(CallView c, int arg) {
        return (c.arg(flagsArg) & O_CREAT) != 0;
    }

    @Override
    public void captureAtEntry(CaptureSite s, int arg) {
        if ((s.arg(flagsArg) & O_CREAT) != 0) {
            pointer.captureAtEntry(s, arg);
        }
    }

    @Override
    public void print(CallView c, int arg, StringBuilder out) {
        pointer.print(c, arg, out);
    }
}
