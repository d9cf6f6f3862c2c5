package dev.jtrace.format.syscalls;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.Errnos;
import dev.jtrace.format.decode.SyscallDecoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in syscall descriptions: the single source of truth the recorder captures by and the
 * analyzer decodes by. This first version knows every number and name of both ABIs and decodes
 * arguments in strace's raw form; it captures no memory.
 */
public final class SyscallDescriptions {
    private static final String[] RESOURCES = {"numbers-x86_64.tsv", "numbers-i386.tsv"};
    private static volatile SyscallDescriptions builtIn;

    private final Map<Arch, String[]> names = new EnumMap<>(Arch.class);
    private final Map<Arch, Map<String, Integer>> numbers = new EnumMap<>(Arch.class);
    private final String hash;

    private SyscallDescriptions() {
        MessageDigest digest = sha256();
        load(Arch.X86_64, RESOURCES[0], digest);
        load(Arch.I386, RESOURCES[1], digest);
        hash = HexFormat.of().formatHex(digest.digest());
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
        return new CapturePlanner() {
            @Override
            public List<dev.jtrace.format.Capture> atEntry(Arch arch, int nr, long[] args, RemoteMemory memory) {
                return List.of();
            }

            @Override
            public List<dev.jtrace.format.Capture> atExit(Arch arch, int nr, long[] args, long rval, boolean error,
                                                         RemoteMemory memory) {
                return List.of();
            }
        };
    }

    /** The decoder that prints calls as strace does. */
    public SyscallDecoder decoder() {
        return new RawDecoder();
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

    private void load(Arch arch, String resource, MessageDigest digest) {
        Map<String, Integer> byName = new HashMap<>();
        int max = 0;
        try (InputStream in = SyscallDescriptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                    StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int nr = Integer.parseInt(f[0]);
                byName.put(f[1], nr);
                max = Math.max(max, nr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] n = new String[max + 1];
        byName.forEach((name, nr) -> n[nr] = name);
        names.put(arch, n);
        numbers.put(arch, byName);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** strace's raw form: every argument in hex, the return value in hex unless it is an error. */
    private final class RawDecoder implements SyscallDecoder {
        @Override
        public String name(Arch arch, int nr) {
            String n = SyscallDescriptions.this.name(arch, nr);
            return n != null ? n : "syscall_0x" + Integer.toHexString(nr);
        }

        @Override
        public int number(Arch arch, String name) {
            return SyscallDescriptions.this.number(arch, name);
        }

        @Override
        public Set<String> classes(Arch arch, int nr) {
            return Set.of();
        }

        @Override
        public String entryText(SyscallEntry entry, DecodeContext ctx) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append("0x").append(Long.toHexString(entry.arg(i)));
            }
            return b.toString();
        }

        @Override
        public String exitText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx) {
            return "";
        }

        @Override
        public String resultText(SyscallEntry entry, SyscallExit exit, DecodeContext ctx) {
            if (exit.error()) {
                int e = exit.errno();
                String name = Errnos.name(e);
                return name == null ? "-1 (errno " + e + ")" : "-1 " + name + " (" + Errnos.message(e) + ")";
            }
            return "0x" + Long.toHexString(exit.rval());
        }
    }
}
