package dev.jtrace.record;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import jnr.ffi.Pointer;

/**
 * posix_spawn of a command, on a short-lived thread of its own. glibc clones the child with
 * CLONE_VM|CLONE_VFORK: the calling thread stays suspended until the child execs or exits, and an
 * exec failure comes back as posix_spawn's result. Here that suspends only this thread, so the
 * tracer thread can seize the child meanwhile; the child is this thread's, listed in
 * /proc/PID/task/{@link #tid()}/children.
 *
 * <p>The child gets the process's {@code environ} as it is and {@code argv} untouched, opens the
 * {@link SpawnGate} for reading (where it waits) and closes every descriptor above 2 before it execs.
 */
final class SpawnThread {
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final int O_RDONLY = 0;
    private static final int GATE_FD = 3;

    private final CompletableFuture<Integer> tid = new CompletableFuture<>();
    private final CompletableFuture<Integer> error = new CompletableFuture<>();

    private SpawnThread() {
    }

    /** Starts spawning {@code file} with {@code argv}; the child waits at {@code gate} before it execs. */
    static SpawnThread start(String file, List<String> argv, String gate) {
        SpawnThread spawn = new SpawnThread();
        Thread t = new Thread(() -> spawn.run(file, argv, gate), "jtrace-spawn");
        t.setDaemon(true);
        t.start();
        return spawn;
    }

    /** The spawning thread's tid. */
    int tid() {
        return tid.join();
    }

    /** True once posix_spawn has returned (the child has exec'd or is gone). */
    boolean returned() {
        return error.isDone();
    }

    /** Waits for posix_spawn to return: 0, or the error of the child's exec (or of the spawn itself). */
    int error() {
        return error.join();
    }

    private void run(String file, List<String> argv, String gate) {
        LibC c = Native.LIBC;
        tid.complete(c.gettid());
        int result;
        try {
            result = spawn(c, file, new NativeArgv(argv), gate);
        } catch (RuntimeException | Error e) {
            error.completeExceptionally(e);
            throw e;
        }
        error.complete(result);
    }

    private static int spawn(LibC c, String file, NativeArgv argv, String gate) {
        Pointer attr = Native.allocate(512);
        Pointer actions = Native.allocate(256);
        Pointer emptySet = Native.allocate(128);
        Pointer fullSet = Native.allocate(128);
        Pointer pid = Native.allocate(8);
        InheritedSignals inherited = InheritedSignals.fromLauncher();
        c.sigemptyset(emptySet);
        emptySet.putLong(0, inherited.blocked()); // sigset_t: bit N-1 of the first word is signal N
        c.sigfillset(fullSet);
        // Signals 1-64 (glibc's sigfillset leaves out its internal 32 and 33, which the JVM has set up).
        fullSet.putLong(0, ~inherited.ignored());
        c.posix_spawnattr_init(attr);
        c.posix_spawn_file_actions_init(actions);
        try {
            // JVM threads block and handle signals: the command starts with the mask and the ignored
            // signals jtrace was started with, as strace's children do, and everything else default.
            int r = c.posix_spawnattr_setflags(attr, (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK));
            r = r != 0 ? r : c.posix_spawnattr_setsigmask(attr, emptySet);
            r = r != 0 ? r : c.posix_spawnattr_setsigdefault(attr, fullSet);
            r = r != 0 ? r : c.posix_spawn_file_actions_addopen(actions, GATE_FD, gate, O_RDONLY, 0);
            // The gate and the JVM's own descriptors (jars, sockets) must not leak into the command.
            r = r != 0 ? r : c.posix_spawn_file_actions_addclosefrom_np(actions, GATE_FD);
            return r != 0 ? r : c.posix_spawn(pid, file, actions, attr, argv.pointer(), c.environ().get());
        } finally {
            c.posix_spawn_file_actions_destroy(actions);
            c.posix_spawnattr_destroy(attr);
        }
    }
}
