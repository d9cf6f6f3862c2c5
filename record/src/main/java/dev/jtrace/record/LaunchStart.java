package dev.jtrace.record;

import dev.jtrace.format.Arch;

/**
 * A command {@link CommandLauncher} spawned and seized, from its spawn's set-up to its execve. The
 * set-up's syscall stops are not part of the recording, which begins at the child's first execve
 * entry: the spawn child execs the command's file directly, once. An exec failure comes back from
 * posix_spawn, see {@link #checkExec()}.
 */
final class LaunchStart implements AutoCloseable {
    private static final int EXECVE = 59;
    private static final int SIGKILL = 9;

    private final int pid;
    private final SpawnGate gate;
    private final SpawnThread spawn;
    private boolean execReached;

    LaunchStart(int pid, SpawnGate gate, SpawnThread spawn) {
        this.pid = pid;
        this.gate = gate;
        this.spawn = spawn;
    }

    /** The command's pid (and tid). */
    int pid() {
        return pid;
    }

    /** True at the entry of the command's execve, where its recording begins. */
    boolean isCommandExec(Arch arch, int nr) {
        return !execReached && arch == Arch.X86_64 && nr == EXECVE;
    }

    /** The command is at its execve entry: past the gate, which can go. */
    void commandExecReached() {
        execReached = true;
        gate.close();
    }

    /** Kills the command if it has not reached its execve: detached there, it would wait at the gate for good. */
    void abandonBeforeExec() {
        if (!execReached) {
            Native.LIBC.kill(pid, SIGKILL);
        }
    }

    /** Removes the gate and waits for posix_spawn to return; call once the command has exec'd or is gone. */
    @Override
    public void close() {
        gate.close();
        spawn.error();
    }

    /** After {@link #close()}: throws "exec: REASON" when the command's file could not be executed. */
    void checkExec() throws RecordException {
        int error = spawn.error();
        if (error != 0) {
            throw new RecordException("exec: " + Errno.message(error));
        }
    }
}
