package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;

/** What the analyzer remembers about one traced task between its stops. */
final class Task {
    private int tid;
    private Call pending;
    private String lastCallName;
    private Arch arch = Arch.X86_64;

    /**
     * A call that entered and has not returned yet.
     *
     * @param entry     the entry stop
     * @param name      the syscall's name
     * @param shown     whether the call is traced (printed and counted)
     * @param entryText the argument text as printed at entry (null when not printed)
     */
    record Call(SyscallEntry entry, String name, boolean shown, String entryText) {
    }

    Task(int tid) {
        this.tid = tid;
    }

    int tid() {
        return tid;
    }

    /** exec moved this task to the thread-group leader's tid. */
    void renumber(int newTid) {
        tid = newTid;
    }

    Call pending() {
        return pending;
    }

    void enter(Call call) {
        pending = call;
    }

    /** The call returned, or will never return. */
    void leave() {
        if (pending != null && !pending.name().equals("restart_syscall")) {
            lastCallName = pending.name();
        }
        pending = null;
    }

    /** A call whose entry was not seen returned (interrupted when the recording attached). */
    void interrupted(String name) {
        if (!name.equals("restart_syscall")) {
            lastCallName = name;
        }
    }

    /** Makes {@code arch} the task's current syscall ABI; true when that changed it (x86_64 at first). */
    boolean switchArch(Arch arch) {
        if (arch == this.arch) {
            return false;
        }
        this.arch = arch;
        return true;
    }

    /** The last call this task made, which restart_syscall resumes. */
    String lastCallName() {
        return lastCallName;
    }
}
