package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/** {@code in<T>}, {@code out<T>}, {@code inout<T>}: a pointer to a {@link Pointee} with a direction. */
public final class PointerType implements ArgType {
    /** Which way the pointed-to object flows. */
    public enum Direction {
        IN, OUT, INOUT,
        /** Read at entry but printed only when the call succeeded (setsockopt's value): {@code inok<T>}. */
        IN_SHOWN_ON_SUCCESS,
        /** Written only when the call is interrupted (nanosleep's remaining time): {@code outintr<T>}. */
        OUT_ON_INTERRUPT
    }

    private static final int EINTR = 4;

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
        return direction == Direction.OUT || direction == Direction.OUT_ON_INTERRUPT
                || direction == Direction.IN_SHOWN_ON_SUCCESS
                || direction == Direction.INOUT && pointee.inoutPrintsAtExit();
    }

    @Override
    public void captureAtEntry(CaptureSite site, int arg) {
        if ((direction == Direction.IN || direction == Direction.INOUT || direction == Direction.IN_SHOWN_ON_SUCCESS)
                && site.arg(arg) != 0) {
            pointee.capture(site, arg, site.arg(arg));
        }
    }

    @Override
    public void captureAtExit(CaptureSite site, int arg) {
        if (site.arg(arg) == 0) {
            return;
        }
        boolean wanted = direction == Direction.OUT_ON_INTERRUPT ? interrupted(site.failed(), site.rval())
                : direction != Direction.IN && direction != Direction.IN_SHOWN_ON_SUCCESS
                        && (!site.failed() || direction != Direction.IN_SHOWN_ON_SUCCESS && pointee.shownOnFailure());
        if (wanted) {
            pointee.capture(site, arg, site.arg(arg));
        }
    }

    /** EINTR, or one of the kernel's restart codes (512..516) that a signal turns into EINTR. */
    private static boolean interrupted(boolean failed, long rval) {
        return failed && (rval == -EINTR || rval <= -512 && rval >= -516);
    }

    @Override
    public void print(CallView call, int arg, StringBuilder out) {
        long address = call.arg(arg);
        if (address == 0) {
            out.append("NULL");
            return;
        }
        if (!call.options().dereference() && !pointee.empty(call, arg)) {
            // -e verbose= leaves this call out: an address, but an array of no elements still prints as []
            out.append(CallView.pointer(address));
            return;
        }
        Capture c;
        if (direction == Direction.IN_SHOWN_ON_SUCCESS) {
            c = call.succeeded() ? call.entryCapture(arg, "") : null;
        } else if (direction == Direction.OUT_ON_INTERRUPT) {
            c = call.exited() && interrupted(!call.succeeded(), call.rval()) ? call.exitCapture(arg, "") : null;
        } else {
            boolean shown = call.succeeded() || call.exited() && pointee.shownOnFailure();
            c = printsAtExit() ? (shown ? call.exitCapture(arg, "") : null) : call.entryCapture(arg, "");
            if (c == null && direction == Direction.INOUT && call.exited() && !call.succeeded()) {
                c = call.entryCapture(arg, ""); // a failed call left it as it was: strace prints the input ([16])
            }
        }
        if ((c == null || !c.readable()) && pointee.empty(call, arg) && (!printsAtExit() || call.succeeded())) {
            c = new Capture(arg, "", address, new byte[0], 0, 0);
        }
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
