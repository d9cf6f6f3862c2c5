package dev.jtrace.cli;

import dev.jtrace.analyze.SyscallFilter;
import dev.jtrace.format.decode.SyscallDecoder;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.diff.DiffResult;
import dev.jtrace.replay.diff.TraceDiff;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code jtrace diff A B}: compares two traces task by task, modulo what differs between any two runs.
 * Exit status as diff(1): 0 the same, 1 different, 2 trouble (usage, unreadable trace).
 */
final class DiffCommand implements Main.Command {
    private static final String NAME = "jtrace diff";
    private static final String USAGE = "jtrace diff [-e trace=SET] [-C LINES] [-n MAX] TRACE_A TRACE_B";
    private static final CommandSyntax SYNTAX = new CommandSyntax(NAME, USAGE);

    @Override
    public String summary() {
        return "compare two traces process by process (exit 0 same, 1 different, 2 trouble)";
    }

    @Override
    public int run(String[] args) {
        Options spec = new Options();
        spec.addOption(Option.builder("e").hasArg().argName("trace=SET")
                .desc("compare only these calls (names, !negation, %class), e.g. trace=!execve,%clock").build());
        spec.addOption(Option.builder("C").hasArg().argName("LINES").desc("equal calls shown before a difference (3)").build());
        spec.addOption(Option.builder("n").hasArg().argName("MAX").desc("differences shown per process (3)").build());
        spec.addOption("h", "help", false, "this help");
        CommandLine cmd;
        try {
            Optional<CommandLine> parsed = SYNTAX.parse(spec, args);
            if (parsed.isEmpty()) {
                return 0;
            }
            cmd = parsed.get();
        } catch (ParseException e) {
            return SYNTAX.usageError(e.getMessage());
        }
        List<String> files = cmd.getArgList();
        if (files.size() != 2) {
            return SYNTAX.usageError("expected two trace files, got " + files.size());
        }
        Predicate<Call> compared;
        int context;
        int max;
        try {
            compared = filter(cmd.getOptionValue("e"));
            context = cmd.hasOption("C") ? Integer.parseInt(cmd.getOptionValue("C")) : 3;
            max = cmd.hasOption("n") ? Integer.parseInt(cmd.getOptionValue("n")) : 3;
            if (context < 0 || max < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            return SYNTAX.usageError("-C wants a number of lines >= 0 and -n a number >= 1");
        } catch (IllegalArgumentException e) {
            return SYNTAX.usageError(e.getMessage());
        }
        Trace a;
        Trace b;
        try {
            a = load(files.get(0));
            b = load(files.get(1));
        } catch (IOException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return 2;
        }
        DiffResult result = new TraceDiff(SyscallShapes.builtIn(), compared, context, max).compare(a, b);
        result.print(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), files.get(0), files.get(1));
        return result.same() ? 0 : 1;
    }

    /** The calls a {@code trace=SET} expression selects (all without one). */
    static Predicate<Call> filter(String expression) {
        if (expression == null) {
            return c -> true;
        }
        if (!expression.startsWith("trace=") && !expression.startsWith("t=")) {
            throw new IllegalArgumentException("-e wants trace=SET, got '" + expression + "'");
        }
        SyscallDecoder decoder = SyscallShapes.builtIn().descriptions().decoder();
        SyscallFilter f = SyscallFilter.parse(expression.substring(expression.indexOf('=') + 1), decoder);
        return c -> f.traces(c.arch(), c.nr(), c.name(), decoder);
    }

    private static Trace load(String file) throws IOException {
        try {
            return Trace.load(Path.of(file));
        } catch (IOException e) {
            String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new IOException(m.contains(file) ? m : file + ": " + m, e);
        }
    }
}
