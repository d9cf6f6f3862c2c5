package dev.jtrace.format.decode;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;

/**
 * Renders syscalls as strace prints them, driven by the declarative syscall descriptions.
 * A call line is {@code name(} + {@link #entryText} + {@link #exitText} + {@code ) = } + {@link #resultText}.
 * strace prints the arguments known at entry when it sees the entry stop and the rest when the call
 * returns; an interleaved call is therefore split exactly between the two texts
 * ({@code read(3, <unfinished ...>} ... {@code <... read resumed>"abc", 4096) = 3}).
 */
public interface SyscallDecoder {
    /** The name strace prints for this number ({@code syscall_0x1c3} style when the number is unknown). */
    String name(Arch arch, int nr);

    /**
     * The name strace prints for this call: the number's, or the call it carries (i386 socketcall prints the socket
     * call it makes, {@code socket(...)}; ipc the System V call, {@code semget(...)}).
     */
    default String name(SyscallEntry entry) {
        return name(entry.arch(), entry.nr());
    }

    /** The number of a syscall name in an ABI, or -1 when the ABI has no such syscall. */
    int number(Arch arch, String name);

    /** The trace classes of a syscall as strace's -e trace=%CLASS knows them ("file", "desc", "process"...). */
    java.util.Set<String> classes(Arch arch, int nr);

    /**
     * How many arguments strace prints for this call when it prints it raw ({@code -e raw=}, unknown numbers):
     * the kernel's argument count, 6 when unknown.
     */
    default int argCount(Arch arch, int nr) {
        return 6;
    }

    /** The argument text strace prints at entry, including the trailing {@code ", "} when more arguments follow. */
    String entryText(SyscallEntry entry, DecodeContext ctx);

    /** The argument text strace prints once the call returned (may be empty). */
    String exitText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx);

    /** What follows {@code "= "}: {@code 3}, {@code -1 ENOENT (No such file or directory)}, {@code 0x7f12...}. */
    String resultText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx);
}
