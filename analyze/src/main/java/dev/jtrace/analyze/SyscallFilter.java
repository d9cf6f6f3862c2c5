package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.SyscallDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * strace's {@code -e trace=SET}: which calls print (and count for -c). SET is a comma list of names,
 * {@code /regex}, {@code %class}, {@code all}, {@code none}, {@code ?name} (ignored when unknown);
 * a leading {@code !} negates the whole set. Names apply to every ABI that has them. {@code %net} is
 * {@code %network}, as in strace.
 */
public final class SyscallFilter {
    /** Everything traced (strace's default). */
    public static final SyscallFilter ALL = new SyscallFilter(List.of(), true);
    /** Nothing (e.g. strace's default {@code raw=none}); numbers unknown to strace still pass, see {@link #traces}. */
    public static final SyscallFilter NONE = new SyscallFilter(List.of(), false);

    /** The class names strace accepts without the leading %. */
    private static final Set<String> BARE_CLASSES = Set.of("file", "ipc", "network", "process", "signal", "desc",
            "memory");

    /** The classes strace 6.1 knows after {@code %} ({@code %%stat} is "%stat"). */
    private static final Set<String> CLASSES = Set.of("file", "ipc", "network", "process", "signal", "desc", "memory",
            "creds", "clock", "pure", "stat", "lstat", "fstat", "%stat", "statfs", "fstatfs", "%statfs");
    /** How the decoder names a number strace does not know. */
    static final String UNKNOWN_PREFIX = "syscall_0x";

    private final List<Predicate<Call>> terms;
    private final boolean negated;

    private SyscallFilter(List<Predicate<Call>> terms, boolean negated) {
        this.terms = terms;
        this.negated = negated;
    }

    /** A call as the filter sees it. */
    private record Call(Arch arch, int nr, String name, SyscallDecoder decoder) {
    }

    /**
     * Parses a SET (the text after {@code trace=}).
     *
     * @throws IllegalArgumentException with strace's message for an unknown name, class or bad regex
     */
    public static SyscallFilter parse(String set, SyscallDecoder decoder) {
        String s = set.trim();
        boolean negated = s.startsWith("!");
        if (negated) {
            s = s.substring(1);
        }
        List<Predicate<Call>> terms = new ArrayList<>();
        for (String token : s.split(",", -1)) {
            String t = token.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("invalid system call '" + set + "'");
            }
            terms.add(term(t, decoder));
        }
        return new SyscallFilter(List.copyOf(terms), negated);
    }

    /**
     * The classes of the call printed: those of the call a carrier carries (i386 socketcall's socket is %network,
     * socketcall itself in no class), else the number's.
     */
    private static java.util.Set<String> classes(Call c) {
        int carried = c.name.equals(c.decoder.name(c.arch, c.nr)) ? -1 : c.decoder.number(c.arch, c.name);
        return c.decoder.classes(c.arch, carried >= 0 ? carried : c.nr);
    }

    private static Predicate<Call> term(String t, SyscallDecoder decoder) {
        if (t.equals("all")) {
            return c -> true;
        }
        if (t.equals("none")) {
            return c -> false;
        }
        if (t.startsWith("/")) {
            try {
                Pattern p = Pattern.compile(t.substring(1));
                return c -> p.matcher(c.name).find();
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid system call '" + t + "': " + e.getDescription());
            }
        }
        if (t.startsWith("%") || BARE_CLASSES.contains(t)) {
            String cls = (t.startsWith("%") ? t.substring(1) : t).toLowerCase(Locale.ROOT);
            if (cls.equals("net")) {
                cls = "network";
            }
            if (!CLASSES.contains(cls)) {
                throw new IllegalArgumentException("invalid system call '" + t + "'");
            }
            String c0 = cls;
            return c -> classes(c).contains(c0);
        }
        boolean optional = t.startsWith("?");
        String name = optional ? t.substring(1) : t;
        boolean known = false;
        for (Arch a : Arch.values()) {
            int nr = decoder.number(a, name);
            // a number strace does not know is not a name it accepts (cachestat, mseal in strace 6.1)
            known |= nr >= 0 && decoder.name(a, nr).equals(name);
        }
        if (!known && !optional) {
            throw new IllegalArgumentException("invalid system call '" + name + "'");
        }
        return c -> c.name.equals(name);
    }

    /**
     * True when the call with this number and (decoder) name is traced. A number strace does not know
     * ({@code syscall_0x...}) passes every filter, as strace 6.1 traces it whatever the set says.
     */
    public boolean traces(Arch arch, int nr, String name, SyscallDecoder decoder) {
        return name.startsWith(UNKNOWN_PREFIX) || contains(arch, nr, name, decoder);
    }

    /** True when the SET names the call (without the pass for unknown numbers: -e raw=, -e abbrev=). */
    public boolean contains(Arch arch, int nr, String name, SyscallDecoder decoder) {
        if (terms.isEmpty()) {
            return negated;
        }
        Call c = new Call(arch, nr, name, decoder);
        boolean any = false;
        for (Predicate<Call> p : terms) {
            if (p.test(c)) {
                any = true;
                break;
            }
        }
        return any != negated;
    }
}
