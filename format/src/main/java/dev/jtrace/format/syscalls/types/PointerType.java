package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/** {@code in<T>}, {@code out<T>}, {@code inout<T>}: a pointer to a {@link Pointee} with a direction. */
public final class PointerType implements ArgType {
    /** Which way the pointed-to object flows. */
    public enum Direction { IN, OUT, INOUT }

    private final Direction direction;
    private final Pointee pointee;

    public PointerType(Direction direction, Pointee pointee) {
        this.direction = direction;
        this.pointee = pointee;
    }

    public Pointee pointee() {
        return pointee;
    }

    @Override
    public boolean printsAtExit() {
        return direction == Direction.OUT || direction == Direction.INOUT && pointee.inoutPrintsAtExit();
    }

    @Override
    public void captureAtEntry(CaptureSite site, int arg) {
        if (direction != Direction.OUT && site.arg(arg) != 0) {
            pointee.capture(site, arg, site.arg(arg));
        }
    }

    @Override
    public void captureAtExit(CaptureSite site, int arg) {
        if (direction != Direction.IN && site.arg(arg) != 0 && !site.failed()) {
            pointee.capture(site, arg, site.arg(arg));
        }
    }

    @Override
    public void print(CallView call, int arg, StringBuilder out) {
        long address = call.arg(arg);
        if (address == 0) {
            out.append("NULL");
            return;
        }
        Capture c = printsAtExit() ? (call.succeeded() ? call.exitCapture(arg, "") : null)
                : call.entryCapture(arg, "");
        if (c == null || !c.readable()) {
            out.append(CallView.pointer(address));
            return;
        }
        int mark = out.length();
        try {
            pointee.print(call, arg, c, out);
        } catch (StructReader.Short e) {
            out.setLength(mark);
            out.append(CallView.pointer(address));
        }
    }
}
