package dev.jtrace.format.decode;

/**
 * strace's display options that change how arguments print.
 *
 * @param stringLimit -s: the maximum string size to print (default 32)
 * @param hexStrings  0 by default, 1 for -x (non-ASCII as hex), 2 for -xx (all as hex)
 * @param verbose     -v: unabbreviated structs, argv, envp
 * @param constants   -X: how flags and constants print
 * @param fdPaths     0 by default, 1 for -y (paths of fds), 2 for -yy (plus socket details)
 * @param dereference strace's -e verbose= for this call: true (the default) prints what pointers to structures
 *                    and arrays point to, false prints them as addresses (strings still print)
 */
public record DecodeOptions(int stringLimit, int hexStrings, boolean verbose, Constants constants, int fdPaths,
                            boolean dereference) {
    /** Options that dereference pointers (strace's default -e verbose=all). */
    public DecodeOptions(int stringLimit, int hexStrings, boolean verbose, Constants constants, int fdPaths) {
        this(stringLimit, hexStrings, verbose, constants, fdPaths, true);
    }

    /** -X raw | abbrev | verbose. */
    public enum Constants { ABBREV, RAW, VERBOSE }

    public static final DecodeOptions DEFAULT = new DecodeOptions(32, 0, false, Constants.ABBREV, 0);
}
