package dev.jtrace.cli.difftest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One line of a differential suite: strace display options and the command to trace.
 *
 * @param source  the suite line as written, for reports
 * @param options display options given to both {@code strace} and {@code jtrace analyze}
 * @param command the traced command, with {@code @name} words replaced by the test program's path
 */
public record Workload(String source, List<String> options, List<String> command) {
    private static final Pattern PROGRAM = Pattern.compile("@[A-Za-z_][A-Za-z0-9_]*");

    public Workload {
        options = List.copyOf(options);
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("workload has no command: " + source);
        }
    }

    /**
     * Parses {@code OPTS ;; CMD}. A command word {@code @name} (a C identifier) names a C test program and is replaced by
     * {@code programs.apply(name)}.
     */
    public static Workload parse(String line, Function<String, Path> programs) {
        int sep = line.indexOf(";;");
        if (sep < 0) {
            throw new IllegalArgumentException("workload line lacks ';;' between options and command: " + line);
        }
        List<String> command = new ArrayList<>();
        for (String word : ShellWords.split(line.substring(sep + 2))) {
            command.add(PROGRAM.matcher(word).matches() ? programs.apply(word.substring(1)).toString() : word);
        }
        return new Workload(line.strip(), ShellWords.split(line.substring(0, sep)), command);
    }

    /** True when the options ask for the {@code -c} summary table instead of the call-by-call text. */
    public boolean isSummary() {
        return options.contains("-c") || options.contains("--summary-only");
    }
}
