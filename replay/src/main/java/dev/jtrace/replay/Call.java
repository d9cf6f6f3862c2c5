package dev.jtrace.replay;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One system call of one task: its entry and, unless the task never returned from it (exit_group,
 * killed), its exit.
 *
 * @param index the call's position in its task (0, 1, ...)
 * @param name  the syscall's name, or {@code syscall_N} for a number the descriptions do not know
 * @param entry the entry stop, or null when the recording began inside the call (attach)
 * @param exit  the exit stop, or null when the call did not return
 */
public record Call(int index, String name, SyscallEntry entry, SyscallExit exit) {
    public Call {
        if (entry == null && exit == null) {
            throw new IllegalArgumentException("a call needs its entry or its exit");
        }
    }

    public int tid() {
        return entry != null ? entry.tid() : exit.tid();
    }

    public Arch arch() {
        return entry != null ? entry.arch() : exit.arch();
    }

    public int nr() {
        return entry != null ? entry.nr() : exit.nr();
    }

    /** Argument register {@code i}, or 0 when the entry was not recorded. */
    public long arg(int i) {
        return entry != null ? entry.arg(i) : 0;
    }

    /** True when the call returned. */
    public boolean returned() {
        return exit != null;
    }

    /** True when the call returned without an error. */
    public boolean succeeded() {
        return exit != null && !exit.error();
    }

    /** The return value (for a failed call {@code -errno}); 0 when it did not return. */
    public long result() {
        return exit != null ? exit.rval() : 0;
    }

    /** The errno of a failed call, else 0. */
    public int errno() {
        return exit != null ? exit.errno() : 0;
    }

    /** The memory argument {@code arg} points to, captured at entry (path {@code ""}). */
    public Optional<Capture> entryCapture(int arg) {
        return entry == null ? Optional.empty() : find(entry.captures(), arg, "");
    }

    /** The memory argument {@code arg} points to, captured at exit (path {@code ""}). */
    public Optional<Capture> exitCapture(int arg) {
        return exit == null ? Optional.empty() : find(exit.captures(), arg, "");
    }

    /** Every capture of the call: entry's, then exit's. */
    public List<Capture> captures() {
        List<Capture> in = entry == null ? List.of() : entry.captures();
        List<Capture> out = exit == null ? List.of() : exit.captures();
        if (out.isEmpty()) {
            return in;
        }
        return java.util.stream.Stream.concat(in.stream(), out.stream()).toList();
    }

    /** The string (path, name) argument {@code arg} points to, decoded as UTF-8, if it was captured. */
    public Optional<String> stringArg(int arg) {
        return entryCapture(arg).filter(Capture::readable).map(c -> new String(c.data(), StandardCharsets.UTF_8));
    }

    private static Optional<Capture> find(List<Capture> captures, int arg, String path) {
        for (Capture c : captures) {
            if (c.arg() == arg && c.path().equals(path)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name + (exit == null ? " = ?" : exit.error() ? " = -1 (errno " + exit.errno() + ")" : " = " + exit.rval());
    }
}
