package dev.jtrace.cli.difftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The call and error counts of a {@code strace -c} table. Times are ignored: they never repeat. Tables after a
 * {@code System call usage summary for 32 bit mode:} header are kept apart by prefixing their syscall names
 * with the header's mode ({@code "32 bit mode/write"}).
 *
 * @param counts syscall name to its counts
 */
public record SyscallSummary(Map<String, Counts> counts) {
    /** How often a syscall was made, and how often it failed. */
    public record Counts(long calls, long errors) {
        @Override
        public String toString() {
            return calls + " calls, " + errors + " errors";
        }
    }

    private static final String SECTION_PREFIX = "System call usage summary for ";

    public SyscallSummary {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    public static SyscallSummary read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read summary " + file, e);
        }
    }

    public static SyscallSummary parse(List<String> lines) {
        Map<String, Counts> counts = new TreeMap<>();
        String section = "";
        for (String line : lines) {
            String s = line.strip();
            if (s.startsWith(SECTION_PREFIX)) {
                section = s.substring(SECTION_PREFIX.length()).replaceAll(":$", "") + "/";
                continue;
            }
            if (s.isEmpty() || s.startsWith("%") || s.startsWith("-")) {
                continue;
            }
            String[] f = s.split("\\s+");
            String name = f[f.length - 1];
            if (name.equals("total")) {
                continue;
            }
            // % time, seconds, usecs/call, calls, [errors], name
            if (f.length < 5 || f.length > 6 || !f[3].chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a strace -c table row: " + line);
            }
            long errors = f.length == 6 ? Long.parseLong(f[4]) : 0;
            counts.put(section + name, new Counts(Long.parseLong(f[3]), errors));
        }
        return new SyscallSummary(counts);
    }

    /** One line per syscall whose counts differ, {@code name: strace X, jtrace Y}; empty when equal. */
    public List<String> differencesFrom(SyscallSummary jtrace) {
        List<String> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(counts.keySet());
        names.addAll(jtrace.counts.keySet());
        for (String name : names) {
            Counts mine = counts.get(name);
            Counts theirs = jtrace.counts.get(name);
            if (!Objects.equals(mine, theirs)) {
                out.add(name + ": strace " + (mine == null ? "absent" : mine) + ", jtrace " + (theirs == null ? "absent" : theirs));
            }
        }
        return out;
    }
}
