package dev.jtrace.record.inject;

import dev.jtrace.record.LibC;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/** The library and its runtime; jnr-ffi's asm stubs are turned off first (they corrupt a 6th argument). */
final class HostNative {
    static final LibC C;
    static final Runtime RUNTIME;

    static {
        System.setProperty("jnr.ffi.x86asm.enabled", "false");
        C = LibraryLoader.create(LibC.class).load("c");
        RUNTIME = Runtime.getRuntime(C);
    }

    private HostNative() {
    }

    static Pointer allocate(int size) {
        return jnr.ffi.Memory.allocateDirect(RUNTIME, size, true);
    }

    static int errno() {
        return RUNTIME.getLastError();
    }
}
