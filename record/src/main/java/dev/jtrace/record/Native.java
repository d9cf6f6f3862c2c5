package dev.jtrace.record;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/** The loaded C library and the helpers that go with it (native memory, errno). */
final class Native {
    static {
        // jnr-ffi's x86-64 asm stubs corrupt the 6th argument of native calls (jnr/jnr-ffi#181);
        // this must be set before the first library load, whoever the caller is.
        System.setProperty("jnr.ffi.x86asm.enabled", "false");
    }

    static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");
    static final Runtime RUNTIME = Runtime.getRuntime(LIBC);

    private Native() {
    }

    /** Another interface to the C library, loaded with the same settings as {@link #LIBC}. */
    static <T> T library(Class<T> functions) {
        return LibraryLoader.create(functions).load("c");
    }

    /** Zeroed native memory that stays put until the returned pointer is unreachable. */
    static Pointer allocate(int size) {
        return Memory.allocateDirect(RUNTIME, size, true);
    }

    /** errno of the last native call made by this thread. */
    static int errno() {
        return RUNTIME.getLastError();
    }
}
