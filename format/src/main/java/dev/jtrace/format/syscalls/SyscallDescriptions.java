package dev.jtrace.format.syscalls;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DescribedDecoder;
import dev.jtrace.format.decode.SyscallDecoder;
import dev.jtrace.format.syscalls.types.ArgType;
import dev.jtrace.format.syscalls.types.ArgTypes;
import dev.jtrace.format.syscalls.types.CustomCall;
import dev.jtrace.format.syscalls.types.CustomCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in syscall descriptions: the single source of truth the recorder captures by and the
 * analyzer decodes by. Numbers and names come from numbers-*.tsv, argument types from syscalls.def,
 * symbolic constants from constants.def (all documented in README.md next to them).
 */
public final class SyscallDescriptions {
    private static final String[] NUMBERS = {"numbers-x86_64.tsv", "numbers-i386.tsv"};
    private static final String SYSCALLS = "syscalls.def";
    private static final String CONSTANTS = "constants.def";
    private static final String STRUCTS = "structs.def";
    private static volatile SyscallDescriptions builtIn;

    private final Map<Arch, String[]> names = new EnumMap<>(Arch.class);
    private final Map<Arch, int[]> argCounts = new EnumMap<>(Arch.class);
    private final Map<Arch, boolean[]> straceKnows = new EnumMap<>(Arch.class);
    private final Map<Arch, Map<String, Integer>> numbers = new EnumMap<>(Arch.class);
    private final Map<Arch, DescribedSyscall[]> described = new EnumMap<>(Arch.class);
    private final Map<String, ConstantSet> constants;
    private final List<Description> descriptions;
    private final String hash;

    private SyscallDescriptions() {
        MessageDigest digest = sha256();
        loadNumbers(Arch.X86_64, NUMBERS[0], digest);
        loadNumbers(Arch.I386, NUMBERS[1], digest);
        constants = DescriptionParser.parseConstants(resource(CONSTANTS, digest));
        descriptions = DescriptionParser.parseSyscalls(resource(SYSCALLS, digest));
        resource(STRUCTS, digest); // laid out by StructLayouts; hashed here so a trace names the layouts it used
        for (Arch arch : Arch.values()) {
            DescribedSyscall[] table = new DescribedSyscall[names.get(arch).length];
            for (Description d : descriptions) {
                Integer nr = numbers.get(arch).get(d.name());
                if (nr != null && d.appliesTo(arch)) {
                    table[nr] = bind(d);
                }
            }
            described.put(arch, table);
        }
        hash = HexFormat.of().formatHex(digest.digest());
    }

    private static final Set<String> RETURNS = Set.of("int", "uint", "long", "ulong", "ssize", "off", "fd", "pid",
            "uid", "hex", "mode", "none", "time", "signo", "ioprio", "ldt", "sighandler", "mask", "oldmask");

    private DescribedSyscall bind(Description d) {
        String ret = d.returns();
        int lt = ret.indexOf('<');
        boolean knownEnum = lt > 0 && ret.endsWith(">") && Set.of("enum", "flags").contains(ret.substring(0, lt))
                && constants.containsKey(ret.substring(lt + 1, ret.length() - 1));
        if (!RETURNS.contains(ret) && !knownEnum) {
            throw new IllegalArgumentException(d.name() + ": unknown return type " + ret);
        }
        List<ArgType> types = new ArrayList<>();
        for (Param p : d.params()) {
            try {
                types.add(ArgTypes.resolve(p.type(), constants));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(d.name() + " argument " + p.name() + ": " + e.getMessage(), e);
            }
        }
        CustomCall custom = null;
        if (d.custom() != null) {
            custom = CustomCalls.ALL.get(d.custom());
            if (custom == null) {
                throw new IllegalArgumentException(d.name() + ": unknown @custom=" + d.custom());
            }
        }
        return new DescribedSyscall(d, types, custom);
    }

    /** The descriptions shipped with jtrace. */
    public static SyscallDescriptions builtIn() {
        SyscallDescriptions d = builtIn;
        if (d == null) {
            synchronized (SyscallDescriptions.class) {
                d = builtIn;
                if (d == null) {
                    builtIn = d = new SyscallDescriptions();
                }
            }
        }
        return d;
    }

    /** sha-256 (hex) of the description files: identifies the table a trace was captured with. */
    public String hash() {
        return hash;
    }

    /** A planner that captures what the descriptions name, each buffer cut at {@code snapLength} bytes. */
    public CapturePlanner capturePlanner(int snapLength) {
        return new DescribedPlanner(this::described, snapLength);
    }

    /** The decoder that prints calls as strace does. */
    public SyscallDecoder decoder() {
        return new DescribedDecoder(this);
    }

    /** The name of a number in an ABI, or null. */
    public String name(Arch arch, int nr) {
        String[] n = names.get(arch);
        return nr >= 0 && nr < n.length ? n[nr] : null;
    }

    /** The number of a name in an ABI, or -1. */
    public int number(Arch arch, String name) {
        return numbers.get(arch).getOrDefault(name, -1);
    }

    /** The description bound to a number, or null when the syscall is only known by name (printed raw). */
    public DescribedSyscall described(Arch arch, int nr) {
        DescribedSyscall[] t = described.get(arch);
        return nr >= 0 && nr < t.length ? t[nr] : null;
    }

    /** All descriptions in syscalls.def. */
    public List<Description> descriptions() {
        return descriptions;
    }

    /** The constant sets of constants.def by name. */
    public Map<String, ConstantSet> constants() {
        return constants;
    }

    /**
     * Whether strace 6.1 knows the number. It prints the numbers it does not know as
     * {@code syscall_0x1c4(0x1, ...)} with six raw arguments, and so does the decoder, to match it.
     */
    public boolean knownToStrace(Arch arch, int nr) {
        boolean[] k = straceKnows.get(arch);
        return nr >= 0 && nr < k.length && k[nr];
    }

    /** The kernel's argument count of a syscall (for raw printing), or null when the number is unknown. */
    public Integer argCount(Arch arch, int nr) {
        int[] c = argCounts.get(arch);
        return nr >= 0 && nr < c.length && c[nr] >= 0 ? c[nr] : null;
    }

    private static String resource(String name, MessageDigest digest) {
        try (InputStream in = SyscallDescriptions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadNumbers(Arch arch, String resource, MessageDigest digest) {
        Map<String, Integer> byName = new HashMap<>();
        Map<Integer, Integer> counts = new HashMap<>();
        java.util.Set<Integer> known = new java.util.HashSet<>();
        int max = 0;
        for (String line : resource(resource, digest).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            int nr = Integer.parseInt(f[0]);
            byName.put(f[1], nr);
            counts.put(nr, f.length > 2 ? Integer.parseInt(f[2]) : 6);
            if (f.length < 4 || f[3].equals("1")) {
                known.add(nr);
            }
            max = Math.max(max, nr);
        }
        String[] n = new String[max + 1];
        byName.forEach((name, nr) -> n[nr] = name);
        int[] c = new int[max + 1];
        java.util.Arrays.fill(c, -1);
        counts.forEach((nr, k) -> c[nr] = k);
        boolean[] s = new boolean[max + 1];
        known.forEach(nr -> s[nr] = true);
        straceKnows.put(arch, s);
        names.put(arch, n);
        argCounts.put(arch, c);
        numbers.put(arch, byName);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
