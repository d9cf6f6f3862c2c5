package dev.jtrace.record;

import java.util.ArrayList;
import java.util.List;
import jnr.ffi.Pointer;

/**
 * Starts a command so that it can be seized before it runs: posix_spawn of
 * {@code /bin/sh -c 'kill -STOP $$; exec "$0" "$@"' NAME ARGS...}, which stops itself, and once
 * seized and continued executes the command with the caller's argv[0]. Must run on the tracer
 * thread (the spawned shell is that thread's child, collected with __WNOTHREAD).
 */
final class CommandLauncher {
    private static final String SHELL = "/bin/sh";
    private static final String TRAMPOLINE = "kill -STOP $$; exec \"$0\" \"$@\"";
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final int SIGCONT = 18;

    private CommandLauncher() {
    }

    /**
     * Spawns the shell, waits for it to stop itself, seizes it with {@code options} and continues it.
     *
     * @return the pid of the (seized) shell, which will become the command
     */
    static int spawnSeized(List<String> command, int options) throws RecordException {
        LibC c = Native.LIBC;
        List<String> argv = new ArrayList<>(List.of(SHELL, "-c", TRAMPOLINE));
        argv.addAll(command);
        NativeArgv nativeArgv = new NativeArgv(argv);
        Pointer attr = Native.allocate(512);
        Pointer actions = Native.allocate(256);
        Pointer emptySet = Native.allocate(128);
        Pointer fullSet = Native.allocate(128);
        Pointer pid = Native.allocate(8);
        c.sigemptyset(emptySet);
        c.sigfillset(fullSet);
        c.posix_spawnattr_init(attr);
        c.posix_spawn_file_actions_init(actions);
        try {
            check(c.posix_spawnattr_setflags(attr, (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)));
            check(c.posix_spawnattr_setsigmask(attr, emptySet));
            check(c.posix_spawnattr_setsigdefault(attr, fullSet));
            // The JVM's own descriptors (jars, sockets) must not leak into the command.
            check(c.posix_spawn_file_actions_addclosefrom_np(actions, 3));
            check(c.posix_spawn(pid, SHELL, actions, attr, nativeArgv.pointer(), c.environ().get()));
        } finally {
            c.posix_spawn_file_actions_destroy(actions);
            c.posix_spawnattr_destroy(attr);
        }
        int child = pid.getInt(0);
        awaitSelfStop(child);
        int err = Ptrace.seize(child, options);
        if (err != 0) {
            c.kill(child, 9);
            throw new RecordException("ptrace(PTRACE_SEIZE, " + child + "): " + Errno.message(err));
        }
        c.kill(child, SIGCONT);
        return child;
    }

    private static void awaitSelfStop(int child) throws RecordException {
        Pointer status = Native.allocate(4);
        while (true) {
            int r = Native.LIBC.waitpid(child, status, WaitStatus.WUNTRACED | WaitStatus.WNOTHREAD);
            if (r == child) {
                break;
            }
            int errno = Native.errno();
            if (r < 0 && errno != Errno.EINTR) {
                throw new RecordException("waitpid(" + child + "): " + Errno.message(errno));
            }
        }
        if (!WaitStatus.stopped(status.getInt(0))) {
            throw new RecordException(SHELL + " exited before it could be traced (wait status 0x"
                    + Integer.toHexString(status.getInt(0)) + ")");
        }
    }

    private static void check(int error) throws RecordException {
        if (error != 0) {
            throw new RecordException("posix_spawn " + SHELL + ": " + Errno.message(error));
        }
    }
}
