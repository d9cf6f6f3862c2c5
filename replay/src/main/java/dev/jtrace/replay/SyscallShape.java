package dev.jtrace.replay;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A syscall as the diff, export and replay code see it: the kind of each argument and of the result.
 *
 * @param name    the syscall name
 * @param args    the kind of each described argument (fewer than six for most calls)
 * @param result  the kind of the return value
 * @param classes the trace classes (file, desc, process, clock, ...) without '%'
 * @param replay  the description's {@code @replay=} class ("reexecute", "emulate", "never"), if it has one
 */
public record SyscallShape(String name, List<ArgKind> args, ArgKind result, Set<String> classes,
                           Optional<String> replay) {
    public SyscallShape {
        args = List.copyOf(args);
        classes = Set.copyOf(classes);
    }

    /** The kind of argument {@code i}, {@link ArgKind#VALUE} past the described ones. */
    public ArgKind arg(int i) {
        return i < args.size() ? args.get(i) : ArgKind.VALUE;
    }

    /** The index of the first argument of a kind, or -1. */
    public int indexOf(ArgKind kind) {
        return args.indexOf(kind);
    }

    /** True when the call is in trace class {@code name} (without '%'). */
    public boolean in(String className) {
        return classes.contains(className);
    }
}
