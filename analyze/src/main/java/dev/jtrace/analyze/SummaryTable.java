package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * strace's -c table: calls, errors and time per syscall, one table per ABI (the i386 one headed
 * {@code System call usage summary for 32 bit mode:}), rows sorted by -S with ties in syscall-number order.
 */
public final class SummaryTable {
    private static final String HEADER = "% time     seconds  usecs/call     calls    errors syscall";
    private static final String RULE_PREFIX = "------ ----------- ----------- --------- --------- ";
    private static final int MIN_NAME_WIDTH = 16;

    private final Map<Arch, Map<Key, Row>> rows = new EnumMap<>(Arch.class);

    /** A row per number and printed name: i386 socketcall counts under the socket call it carried, as strace does. */
    private record Key(int nr, String name) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return nr != o.nr ? Integer.compare(nr, o.nr) : name.compareTo(o.name);
        }
    }

    /** Per-syscall totals. */
    private static final class Row {
        final int nr;
        final String name;
        long calls;
        long errors;
        long nanos;

        Row(int nr, String name) {
            this.nr = nr;
            this.name = name;
        }
    }

    /** Counts one returned call that took {@code nanos}. */
    public void add(Arch arch, int nr, String name, long nanos, boolean failed) {
        Row r = rows.computeIfAbsent(arch, a -> new TreeMap<>()).computeIfAbsent(new Key(nr, name),
                k -> new Row(nr, name));
        r.calls++;
        r.nanos += Math.max(0, nanos);
        if (failed) {
            r.errors++;
        }
    }

    /** True when no call was counted (strace then prints nothing at all). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Writes the tables; nothing when no call was counted. */
    public void write(Appendable out, SortKey sortBy) throws IOException {
        for (Arch arch : Arch.values()) {
            Map<Key, Row> table = rows.get(arch);
            if (table == null) {
                continue;
            }
            if (arch == Arch.I386) {
                out.append("System call usage summary for 32 bit mode:\n");
            }
            writeTable(out, new ArrayList<>(table.values()), sortBy);
        }
    }

    private static void writeTable(Appendable out, List<Row> list, SortKey sortBy) throws IOException {
        Comparator<Row> order = switch (sortBy) {
            case TIME -> Comparator.comparingLong((Row r) -> r.nanos).reversed();
            case CALLS -> Comparator.comparingLong((Row r) -> r.calls).reversed();
            case ERRORS -> Comparator.comparingLong((Row r) -> r.errors).reversed();
            case NAME -> Comparator.comparing((Row r) -> r.name);
            case NOTHING -> (a, b) -> 0;
        };
        list.sort(order); // stable: ties stay in syscall-number order
        int width = MIN_NAME_WIDTH;
        long calls = 0;
        long errors = 0;
        long nanos = 0;
        for (Row r : list) {
            width = Math.max(width, r.name.length() + 1);
            calls += r.calls;
            errors += r.errors;
            nanos += r.nanos;
        }
        String rule = RULE_PREFIX + "-".repeat(width) + "\n";
        out.append(HEADER).append('\n').append(rule);
        double total = seconds(nanos);
        for (Row r : list) {
            double t = seconds(r.nanos);
            String percent = CFormat.fixed(total > 0 ? 100.0 * t / total : 0.0, 2);
            out.append(line(percent, r.nanos, r.calls, r.errors, r.name));
        }
        out.append(rule);
        out.append(line("100.00", nanos, calls, errors, "total"));
    }

    private static String line(String percent, long nanos, long calls, long errors, String name) {
        long usecsPerCall = calls == 0 ? 0 : nanos / calls / 1000;
        return CFormat.right(percent, 6) + " " + CFormat.right(CFormat.fixed(seconds(nanos), 6), 11) + " "
                + CFormat.right(Long.toString(usecsPerCall), 11) + " " + CFormat.right(Long.toString(calls), 9) + " "
                + CFormat.right(errors == 0 ? "" : Long.toString(errors), 9) + " " + name + "\n";
    }

    /** As strace converts a timespec: whole seconds plus nanoseconds / 1e9. */
    private static double seconds(long nanos) {
        return nanos / 1_000_000_000L + (nanos % 1_000_000_000L) / 1e9;
    }
}
