package dev.jtrace.format.syscalls;

import java.util.List;
import java.util.Set;

/**
 * One syscall as syscalls.def describes it.
 *
 * @param name    the syscall's name (as in numbers-*.tsv)
 * @param params  the arguments in order
 * @param returns the return type: int, fd, pid, uid, ssize, off, hex, mode, uint, long, none
 * @param classes the trace classes without '%' ("file", "desc", "%stat" for %%stat)
 * @param custom  the name of the code that decodes what the DSL cannot (see README.md), or null
 * @param abis    the ABIs ("x86_64", "i386") the line is limited to; empty for every ABI with the name
 * @param replay  what {@code jtrace replay} does with the call ({@code @replay=}: "reexecute", "emulate",
 *                "never"), or null when the line does not say (replay then decides from classes and types)
 */
public record Description(String name, List<Param> params, String returns, Set<String> classes, String custom,
                          Set<String> abis, String replay) {
    /** The values {@code @replay=} takes. */
    public static final Set<String> REPLAY_CLASSES = Set.of("reexecute", "emulate", "never");

    public Description {
        params = List.copyOf(params);
        classes = Set.copyOf(classes);
        abis = Set.copyOf(abis);
        if (replay != null && !REPLAY_CLASSES.contains(replay)) {
            throw new IllegalArgumentException("@replay= takes reexecute, emulate or never, not " + replay);
        }
    }

    /** A description without a replay class. */
    public Description(String name, List<Param> params, String returns, Set<String> classes, String custom,
                       Set<String> abis) {
        this(name, params, returns, classes, custom, abis, null);
    }

    /** Whether this line applies to the ABI. */
    public boolean appliesTo(dev.jtrace.format.Arch arch) {
        return abis.isEmpty() || abis.contains(arch == dev.jtrace.format.Arch.I386 ? "i386" : "x86_64");
    }

    /** The index of the argument called {@code argName}, or -1. */
    public int indexOf(String argName) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(argName)) {
                return i;
            }
        }
        return -1;
    }
}
