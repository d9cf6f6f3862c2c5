package dev.jtrace.format.syscalls;

import dev.jtrace.format.syscalls.types.ArgType;
import dev.jtrace.format.syscalls.types.CustomCall;
import java.util.List;

/** A description bound to its interpreters: one {@link ArgType} per argument, and its custom code if any. */
public record DescribedSyscall(Description description, List<ArgType> types, CustomCall custom) {
    public DescribedSyscall {
        types = List.copyOf(types);
    }
}
