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
 */
public record Description(String name, List<Param> params, String returns, Set<String> classes, String custom,
                          Set<String> abis) {
    public Description {
        params = List.copyOf(params);
        classes = Set.copyOf(classes);
        abis = Set.copyOf(abis);
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
