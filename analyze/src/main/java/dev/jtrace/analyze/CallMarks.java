package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * strace's -n and -i marks after the pid and time: {@code [  59] } (the task's last syscall number) and
 * {@code [00007f1234567890] } (the instruction pointer of its last call; {@code ?}s once the task is gone).
 */
final class CallMarks {
    private final boolean numbers;
    private final boolean instructionPointer;
    private final Map<Task, SyscallEntry> last = new IdentityHashMap<>();
    private final Map<Task, Boolean> gone = new IdentityHashMap<>();

    CallMarks(boolean numbers, boolean instructionPointer) {
        this.numbers = numbers;
        this.instructionPointer = instructionPointer;
    }

    boolean any() {
        return numbers || instructionPointer;
    }

    void entered(Task t, SyscallEntry e) {
        if (any()) {
            last.put(t, e);
        }
    }

    /** The task exited: its lines from now on have no instruction pointer. */
    void gone(Task t) {
        if (any()) {
            gone.put(t, true);
        }
    }

    /** The marks for the next line of {@code t} ("" without -n and -i). */
    String of(Task t) {
        if (!any()) {
            return "";
        }
        SyscallEntry e = last.get(t);
        StringBuilder b = new StringBuilder();
        if (numbers) {
            b.append(String.format("[%4d] ", e == null ? 0 : e.nr()));
        }
        if (instructionPointer) {
            int digits = e != null && e.arch() == Arch.I386 ? 8 : 16;
            if (e == null || gone.containsKey(t)) {
                b.append('[').append("?".repeat(digits)).append("] ");
            } else {
                long ip = digits == 8 ? e.ip() & 0xffffffffL : e.ip();
                b.append('[').append(String.format("%0" + digits + "x", ip)).append("] ");
            }
        }
        return b.toString();
    }
}
