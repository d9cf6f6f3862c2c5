package dev.jtrace.format.syscalls.types;

import java.util.List;

/**
 * Code for a syscall the DSL cannot express alone ({@code @custom=NAME} in syscalls.def): which
 * arguments print depends on another argument's value (fcntl, ioctl, futex, prctl), or strace
 * prints them in another order or with names (clone), or adds to the return value (poll, fcntl).
 */
public interface CustomCall {
    /**
     * One printed argument: its text, whether it belongs to the exit half, and whether it is attached
     * to the previous one without the {@code ", "} separator (clone3's {@code " => {parent_tid=[N]}, 88"}).
     */
    record Printed(String text, boolean atExit, boolean attached) {
        public Printed(String text, boolean atExit) {
            this(text, atExit, false);
        }
    }

    /** The printed arguments; null when they are the description's own (see {@link #genericArguments}). */
    List<Printed> arguments(CallView call);

    /**
     * The name strace prints when it is not the number's: the call a carrier carries (socketcall's {@code socket},
     * ipc's {@code semget}); null for the number's own.
     */
    default String name(CallView call) {
        return null;
    }

    /** True when the description's argument types print and capture as usual and only the result is custom. */
    default boolean genericArguments() {
        return false;
    }

    /** Text after the return value, e.g. {@code " (flags O_RDWR)"}; "" for none. */
    default String resultSuffix(CallView call) {
        return "";
    }

    /** Overrides the return value's form ({@code 0x8002} for F_GETFL); null for the description's. */
    default String result(CallView call) {
        return null;
    }

    default void captureAtEntry(CaptureSite site) {
    }

    default void captureAtExit(CaptureSite site) {
    }
}
