package dev.jtrace.cli.difftest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of {@code strace -f -o FILE}, split by process and made comparable across runs: each
 * {@code <unfinished ...>} line is joined with its {@code <... resumed>} line (strace splits a line by appending
 * exactly {@code " <unfinished ...>"} to what it has printed so far, so the join restores the unsplit line; this is
 * more exact than strace-diff's, which loses the space in {@code "clone3({...} => {...}"}), processes are named by their
 * ancestry ({@code P1}, its first child {@code P1.1}, ...) instead of by pid, pids inside lines are replaced by
 * those names, and each line is passed through {@link LineNormaliser}.
 *
 * @param processes process name to its lines, in order of each process's first line
 */
public record StraceText(Map<String, List<String>> processes) {
    private static final Pattern PID_LINE = Pattern.compile("^(\\d+)\\s+(.*)$");
    private static final Pattern UNFINISHED = Pattern.compile("^(.*) <unfinished \\.\\.\\.>$");
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. ([\\w$]+) resumed>(.*)$");
    private static final Pattern CHILD = Pattern.compile("^(clone3?|fork|vfork)\\(.*\\)\\s*= (\\d+)");
    private static final Pattern SYSCALL_NAME = Pattern.compile("^([a-z_][\\w]*)\\(");
    private static final Pattern GETPPID = Pattern.compile("^(getppid\\(\\)\\s*= )\\d+");
    /** Lines of output not written by one process (no pid column). */
    private static final String NO_PID = "0";

    public StraceText {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        processes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        processes = Collections.unmodifiableMap(copy);
    }

    public static StraceText read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace text " + file, e);
        }
    }

    public static StraceText parse(List<String> rawLines) {
        Map<String, List<String>> byPid = joinedLinesByPid(rawLines);
        Map<String, String> names = ancestryNames(byPid);
        Pattern pidWord = pidPattern(names.keySet());
        Map<String, List<String>> out = new LinkedHashMap<>();
        byPid.forEach((pid, lines) -> {
            List<String> fixed = new ArrayList<>(lines.size());
            for (String line : lines) {
                String s = pidWord == null ? line : pidWord.matcher(line).replaceAll(m -> names.get(m.group(1)));
                s = GETPPID.matcher(s).replaceFirst("$1PPID");
                fixed.add(LineNormaliser.normalise(s));
            }
            out.put(names.get(pid), fixed);
        });
        return new StraceText(out);
    }

    private static Map<String, List<String>> joinedLinesByPid(List<String> rawLines) {
        Map<String, List<String>> streams = new LinkedHashMap<>();
        Map<String, String> pending = new LinkedHashMap<>();
        for (String raw : rawLines) {
            Matcher m = PID_LINE.matcher(raw);
            String pid = m.matches() ? m.group(1) : NO_PID;
            String body = m.matches() ? m.group(2) : raw;
            Matcher u = UNFINISHED.matcher(body);
            if (u.matches()) {
                pending.put(pid, u.group(1));
                continue;
            }
            Matcher r = RESUMED.matcher(body);
            if (r.matches() && pending.containsKey(pid)) {
                body = pending.remove(pid) + r.group(2);
            }
            streams.computeIfAbsent(pid, k -> new ArrayList<>()).add(body);
        }
        pending.forEach((pid, head) -> streams.computeIfAbsent(pid, k -> new ArrayList<>()).add(head + " <unfinished ...>"));
        return streams;
    }

    /** The first process is P1; a child created by the k-th clone/fork of process X is X.k; unknown ones are Qn. */
    private static Map<String, String> ancestryNames(Map<String, List<String>> byPid) {
        Map<String, String> names = new LinkedHashMap<>();
        if (byPid.isEmpty()) {
            return names;
        }
        names.put(byPid.keySet().iterator().next(), "P1");
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<String>> e : byPid.entrySet()) {
                String parent = names.get(e.getKey());
                if (parent == null) {
                    continue;
                }
                int k = 0;
                for (String line : e.getValue()) {
                    Matcher c = CHILD.matcher(line);
                    if (c.find()) {
                        k++;
                        if (!names.containsKey(c.group(2))) {
                            names.put(c.group(2), parent + "." + k);
                            changed = true;
                        }
                    }
                }
            }
        }
        for (String pid : byPid.keySet()) {
            if (!names.containsKey(pid)) {
                names.put(pid, "Q" + names.size());
            }
        }
        return names;
    }

    private static Pattern pidPattern(Iterable<String> pids) {
        List<String> real = new ArrayList<>();
        pids.forEach(p -> {
            if (!p.equals(NO_PID)) {
                real.add(p);
            }
        });
        if (real.isEmpty()) {
            return null;
        }
        real.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile("\\b(" + String.join("|", real) + ")\\b");
    }

    /** This text with the first process's lines before its first {@code execve} dropped (the tracer's own set-up). */
    public StraceText fromFirstExecve() {
        List<String> first = processes.get("P1");
        if (first == null) {
            return this;
        }
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).startsWith("execve(")) {
                Map<String, List<String>> copy = new LinkedHashMap<>(processes);
                copy.put("P1", first.subList(i, first.size()));
                return new StraceText(copy);
            }
        }
        return this;
    }

    /** The names of the syscalls the text shows ({@code openat}, {@code syscall_0x1c4}), signal and exit lines aside. */
    public java.util.Set<String> syscallNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (List<String> lines : processes.values()) {
            for (String line : lines) {
                Matcher m = SYSCALL_NAME.matcher(line);
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    public int lineCount() {
        return processes.values().stream().mapToInt(List::size).sum();
    }

    /** The lines of one process, or none if there is no such process. */
    public List<String> lines(String process) {
        return processes.getOrDefault(process, List.of());
    }

    /** Process names and line counts only: the lines themselves would make assertion messages unreadable. */
    @Override
    public String toString() {
        return processes.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().size())
                .collect(Collectors.joining(", ", "StraceText[", "]"));
    }
}
