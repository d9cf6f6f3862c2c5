package dev.jtrace.analyze;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * strace's options that choose per call how it prints, which calls touching which paths print, and
 * which messages are left out.
 *
 * @param quiet            -q/-qq/-qqq, -e quiet=SET: messages left out
 * @param syscallNumbers   -n: {@code [  59] } before each line, the task's last syscall number
 * @param instructionPointer -i: {@code [00007f1234567890] } before each line, the ip at the call
 * @param paths            -P PATH...: only calls accessing one of these paths (empty: all calls)
 * @param raw              -e raw=SET: calls printed with raw (hex) arguments and result
 * @param abbrev           -e abbrev=SET: calls whose structures print abbreviated; null when not given
 *                         (then -v decides, as {@code DecodeOptions.verbose})
 * @param verbose          -e verbose=SET: calls whose structures and arrays print (the others print their
 *                         addresses; {@code DecodeOptions.dereference})
 */
public record DisplayOptions(Set<Quiet> quiet, boolean syscallNumbers, boolean instructionPointer, List<String> paths,
                             SyscallFilter raw, SyscallFilter abbrev, SyscallFilter verbose) {
    /** strace's defaults: every message, no -n/-i/-P, nothing raw, abbreviation by -v. */
    public static final DisplayOptions DEFAULT = new DisplayOptions(EnumSet.noneOf(Quiet.class), false, false,
            List.of(), SyscallFilter.NONE, null, SyscallFilter.ALL);

    public DisplayOptions {
        quiet = quiet.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(quiet));
        paths = List.copyOf(paths);
        Objects.requireNonNull(raw);
        Objects.requireNonNull(verbose);
    }

    public DisplayOptions withQuiet(Set<Quiet> v) {
        return new DisplayOptions(v, syscallNumbers, instructionPointer, paths, raw, abbrev, verbose);
    }

    public DisplayOptions withSyscallNumbers(boolean v) {
        return new DisplayOptions(quiet, v, instructionPointer, paths, raw, abbrev, verbose);
    }

    public DisplayOptions withInstructionPointer(boolean v) {
        return new DisplayOptions(quiet, syscallNumbers, v, paths, raw, abbrev, verbose);
    }

    public DisplayOptions withPaths(List<String> v) {
        return new DisplayOptions(quiet, syscallNumbers, instructionPointer, v, raw, abbrev, verbose);
    }

    public DisplayOptions withRaw(SyscallFilter v) {
        return new DisplayOptions(quiet, syscallNumbers, instructionPointer, paths, v, abbrev, verbose);
    }

    public DisplayOptions withAbbrev(SyscallFilter v) {
        return new DisplayOptions(quiet, syscallNumbers, instructionPointer, paths, raw, v, verbose);
    }

    public DisplayOptions withVerbose(SyscallFilter v) {
        return new DisplayOptions(quiet, syscallNumbers, instructionPointer, paths, raw, abbrev, v);
    }

    boolean quiet(Quiet what) {
        return quiet.contains(what);
    }
}
