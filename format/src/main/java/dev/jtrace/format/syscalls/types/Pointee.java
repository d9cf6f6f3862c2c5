package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/** What an {@code in<T>}, {@code out<T>} or {@code inout<T>} pointer points to. */
public interface Pointee {
    /** Captures the object at {@code address} (by default {@link #size} bytes at path ""). */
    default void capture(CaptureSite site, int arg, long address) {
        site.bytes(arg, "", address, size(site, arg));
    }

    /** The object's size in bytes at this stop. */
    long size(CaptureSite site, int arg);

    /** True when the object has no bytes at this call (an array of 0 elements): it prints without memory. */
    default boolean empty(CallView call, int arg) {
        return false;
    }

    /**
     * For out and inout pointers: true when strace prints the object even when the call failed (readv's iovec array,
     * whose addresses and lengths the caller wrote; name_to_handle_at's handle_bytes, which the kernel updates on
     * EOVERFLOW); it is then captured at exit as well.
     */
    default boolean shownOnFailure() {
        return false;
    }

    /** For inout pointers: true when strace prints the value at exit ({@code [28 => 16]}). */
    default boolean inoutPrintsAtExit() {
        return false;
    }

    /**
     * Prints the object from {@code data}, the capture at the stop where it prints. Throws
     * {@link StructReader.Short} when the capture is too short (the pointer is printed instead).
     */
    void print(CallView call, int arg, Capture data, StringBuilder out);
}
