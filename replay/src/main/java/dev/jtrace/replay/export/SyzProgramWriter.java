package dev.jtrace.replay.export;

import dev.jtrace.replay.FdOrigins;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Writes an {@link ExportPlan} in syzkaller's program text format: one call per line, fds a call returns
 * bound to {@code rN} and passed on as {@code rN}, pointers as {@code &(0x7f0000000000)=DATA} with
 * printable strings as {@code 'text\x00'}, other bytes hex-encoded as {@code "0a0b"}, output memory as
 * {@code ""/LEN}, and every call that cannot be expressed as a {@code #} comment line saying why.
 * Calls are named by their syscall, without syzkaller's {@code $variant} suffixes.
 */
public final class SyzProgramWriter {
    private static final long DATA_BASE = 0x7f0000000000L;

    private final Map<String, Integer> resources = new HashMap<>();
    private long nextAddress = DATA_BASE;
    private int nextResource;

    public static String write(ExportPlan plan) {
        return new SyzProgramWriter().render(plan);
    }

    private String render(ExportPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("# jtrace export --format syz: task ").append(plan.task().lineageName()).append(" (pid ")
                .append(plan.task().tid()).append("), ").append(plan.exported().size()).append(" of ")
                .append(plan.calls().size()).append(" calls\n");
        for (PlannedCall p : plan.calls()) {
            if (!p.exported()) {
                out.append("# skipped ").append(p.call().index()).append(' ').append(p.call().name()).append(": ")
                        .append(p.skipped()).append('\n');
                continue;
            }
            out.append(call(p)).append('\n');
        }
        return out.toString();
    }

    private String call(PlannedCall p) {
        StringBuilder args = new StringBuilder();
        for (ExportArg a : p.args()) {
            args.append(args.length() == 0 ? "" : ", ").append(argument(a, p));
        }
        String prefix = "";
        if (p.resultIsFd() && !p.created().isEmpty()) {
            prefix = "r" + bind(p.created().get(0)) + " = ";
        }
        return prefix + p.call().name() + "(" + args + ")";
    }

    private String argument(ExportArg a, PlannedCall p) {
        if (a instanceof ExportArg.Literal l) {
            return hex(l.value());
        }
        if (a instanceof ExportArg.Null) {
            return "0x0";
        }
        if (a instanceof ExportArg.Fd f) {
            Integer r = f.origin().map(o -> resources.get(key(o))).orElse(null);
            return r != null ? "r" + r : hex(f.recorded());
        }
        if (a instanceof ExportArg.Data d) {
            return pointer(d.size() + (d.string() ? 1 : 0)) + "=" + data(d);
        }
        if (a instanceof ExportArg.Scratch s) {
            return pointer(s.size()) + "=\"\"/" + s.size();
        }
        if (a instanceof ExportArg.FdPairOut) {
            StringBuilder pair = new StringBuilder("{");
            for (FdOrigins.Origin o : p.created()) {
                pair.append(pair.length() == 1 ? "" : ", ").append("<r").append(bind(o)).append("=>0xffffffffffffffff");
            }
            return pointer(8) + "=" + pair.append('}');
        }
        ExportArg.Vector v = (ExportArg.Vector) a;
        String array = pointer(16L * v.buffers().size());
        StringBuilder elems = new StringBuilder("[");
        for (ExportArg.Data d : v.buffers()) {
            elems.append(elems.length() == 1 ? "" : ", ").append('{').append(pointer(d.size())).append('=')
                    .append(data(d)).append(", ").append(hex(d.size())).append('}');
        }
        return array + "=" + elems.append(']');
    }

    private static String data(ExportArg.Data d) {
        byte[] bytes = new byte[d.size() + (d.string() ? 1 : 0)];
        System.arraycopy(d.bytes(), 0, bytes, 0, Math.min(d.bytes().length, d.size()));
        return printable(d.bytes(), d.size()) ? quoted(bytes) : "\"" + HexFormat.of().formatHex(bytes) + "\"";
    }

    /**
     * Text is written quoted, as syzkaller does; anything with a quote or backslash in it, or other
     * control bytes than newline and tab (written as \x escapes), is written hex-encoded.
     */
    private static boolean printable(byte[] b, int size) {
        if (b.length < size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            int c = b[i] & 0xff;
            if ((c < 0x20 || c >= 0x7f) && c != '\n' && c != '\t' || c == '\'' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static String quoted(byte[] bytes) {
        StringBuilder sb = new StringBuilder("'");
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.append('\'').toString();
    }

    private String pointer(long size) {
        String p = "&(" + hex(nextAddress) + ")";
        nextAddress += (Math.max(size, 1) + 63) & ~63L;
        return p;
    }

    private int bind(FdOrigins.Origin o) {
        int r = nextResource++;
        resources.put(key(o), r);
        return r;
    }

    private static String key(FdOrigins.Origin o) {
        return o.lineage() + "/" + o.label();
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
