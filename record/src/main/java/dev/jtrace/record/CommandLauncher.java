package dev.jtrace.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import jnr.ffi.Pointer;

/**
 * Starts a command so that it is traced from its execve on, with exactly the recorder's
 * environment and the argv the user typed: a {@link SpawnThread} posix_spawns it and the child
 * waits at a {@link SpawnGate} before it execs; meanwhile this (tracer) thread finds the child,
 * seizes it, stops it with PTRACE_INTERRUPT, resumes it to its next syscall stop and opens the gate.
 * Must run on the tracer thread: ptrace requests are accepted only from the thread that seized.
 */
final class CommandLauncher {
    private static final int SIGKILL = 9;
    private static final long POLL_NANOS = 100_000;

    private CommandLauncher() {
    }

    /**
     * Spawns {@code file} with argv {@code command}, seized with {@code options} and resumed with
     * PTRACE_SYSCALL; its stops up to its execve are the spawn's set-up.
     *
     * @throws RecordException the spawn failed before the child could be seized, or seizing failed;
     *                         nothing is left running
     */
    static LaunchStart start(List<String> command, String file, int options) throws RecordException {
        SpawnGate gate = SpawnGate.create();
        SpawnThread spawn = SpawnThread.start(file, command, gate.path());
        int pid = awaitChild(spawn);
        if (pid < 0) {
            gate.close();
            throw new RecordException("posix_spawn " + file + ": " + Errno.message(spawn.error()));
        }
        int err = Ptrace.seize(pid, options);
        err = err != 0 ? err : Ptrace.interrupt(pid);
        if (err != 0) {
            abandon(pid, spawn, gate);
            throw new RecordException("ptrace(PTRACE_SEIZE, " + pid + "): " + Errno.message(err));
        }
        // The gate stays shut until the child has stopped: until then no syscall of it is traced.
        int st = awaitFirstStop(pid);
        if (!WaitStatus.stopped(st)) {
            spawn.error();
            gate.close();
            throw new RecordException("the command was killed before it started (wait status 0x"
                    + Integer.toHexString(st) + ")");
        }
        // Its next syscall stops are the spawn's set-up (e.g. the restarted open of the gate).
        boolean signalDelivery = WaitStatus.event(st) == 0 && WaitStatus.stopSignal(st) != WaitStatus.SYSCALL_TRAP;
        Ptrace.resume(pid, signalDelivery ? WaitStatus.stopSignal(st) : 0); // ESRCH: killed; the trace sees its end
        try {
            gate.open();
        } catch (RecordException e) {
            abandon(pid, spawn, gate);
            throw e;
        }
        return new LaunchStart(pid, gate, spawn);
    }

    /** The pid of the spawning thread's child, or -1 when posix_spawn returned without one. */
    private static int awaitChild(SpawnThread spawn) throws RecordException {
        Path children = Path.of("/proc", Integer.toString(Native.LIBC.getpid()), "task",
                Integer.toString(spawn.tid()), "children");
        while (true) {
            boolean returned = spawn.returned(); // read before the list: a child listed is not missed
            String listed = read(children, spawn).trim();
            if (!listed.isEmpty()) {
                return Integer.parseInt(listed.split(" ")[0]);
            }
            if (returned) {
                return -1;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static String read(Path children, SpawnThread spawn) throws RecordException {
        try {
            return Files.readString(children);
        } catch (NoSuchFileException e) {
            if (spawn.returned()) {
                return ""; // the spawning thread has ended
            }
            throw new RecordException("cannot find the spawned command: no " + children
                    + " (a kernel without CONFIG_PROC_CHILDREN)", e);
        } catch (IOException e) {
            throw new RecordException("cannot read " + children + ": " + e.getMessage(), e);
        }
    }

    /** The wait status of the seized child's first stop (normally the PTRACE_INTERRUPT stop). */
    private static int awaitFirstStop(int pid) {
        Pointer status = Native.allocate(4);
        while (Native.LIBC.waitpid(pid, status, WaitStatus.WALL | WaitStatus.WNOTHREAD) != pid) {
            int errno = Native.errno();
            if (errno != Errno.EINTR) {
                throw new IllegalStateException("waitpid(" + pid + "): " + Errno.message(errno));
            }
        }
        return status.getInt(0);
    }

    /** Kills the child and collects it, whoever it belongs to now (the spawning thread may have ended). */
    private static void abandon(int pid, SpawnThread spawn, SpawnGate gate) {
        Native.LIBC.kill(pid, SIGKILL);
        spawn.error(); // the spawning thread returns once the child is gone
        Pointer status = Native.allocate(4);
        while (Native.LIBC.waitpid(pid, status, WaitStatus.WALL) < 0 && Native.errno() == Errno.EINTR) {
            // retry
        }
        gate.close();
    }
}
