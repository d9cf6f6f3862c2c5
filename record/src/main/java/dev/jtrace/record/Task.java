package dev.jtrace.record;

import dev.jtrace.format.Arch;

/** What the tracer knows about one traced thread between its stops. */
final class Task {
    int tid;
    /** False while a launched command is still in its spawn's set-up (before its execve): not recorded. */
    boolean recording;
    /** Seized by attaching to a running process, and its first (attach) stop not seen yet. */
    boolean attaching;
    /** Between a syscall-entry stop and its exit stop. */
    boolean inSyscall;
    Arch arch;
    int nr;
    final long[] args = new long[6];

    Task(int tid, boolean recording) {
        this.tid = tid;
        this.recording = recording;
    }

    void enter(Arch arch, int nr) {
        this.inSyscall = true;
        this.arch = arch;
        this.nr = nr;
    }
}
