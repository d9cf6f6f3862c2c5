package dev.jtrace.cli;

import dev.jtrace.analyze.AnalyzeOptions;
import dev.jtrace.analyze.AnalyzeOptions.StatusFilter;
import dev.jtrace.analyze.AnalyzeOptions.SummaryMode;
import dev.jtrace.analyze.AnalyzeOptions.TimestampStyle;
import dev.jtrace.analyze.Analyzer;
import dev.jtrace.analyze.DisplayOptions;
import dev.jtrace.analyze.Host;
import dev.jtrace.analyze.Quiet;
import dev.jtrace.analyze.SignalFilter;
import dev.jtrace.analyze.SortKey;
import dev.jtrace.analyze.SyscallFilter;
import dev.jtrace.format.Stop;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.RecordingReader;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.SyscallDecoder;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code jtrace analyze}: prints a recorded trace as {@code strace -f -o FILE} would have, and/or its
 * -c summary. Exit status: 0 when the trace was printed (a damaged trace is printed up to the damage,
 * with one line on stderr), 1 when the trace could not be read at all, 2 for a usage error.
 */
final class AnalyzeCommand implements Main.Command {
    private static final String NAME = "jtrace analyze";
    private static final String USAGE = "jtrace analyze [-o OUT] [-f] [-c | -C] [-S SORTBY] [-w] [-s N] [-x|-xx] [-v]"
            + " [-X raw|abbrev|verbose] [-y|-yy] [-e EXPR]... [-P PATH]... [-n] [-i] [-q|-qq|-qqq] [-T] [-t|-tt|-ttt] [-r]"
            + " [-a COLUMN] [-z|-Z] [--pidns-translation] FILE [PART...]";
    private static final CommandSyntax SYNTAX = new CommandSyntax(NAME, USAGE);

    @Override
    public String summary() {
        return "print a recorded trace as strace does (-c: its summary table)";
    }

    @Override
    public int run(String[] args) {
        Options spec = options();
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
        if (files.isEmpty()) {
            return SYNTAX.usageError("missing trace FILE");
        }
        SyscallDecoder decoder = SyscallDescriptions.builtIn().decoder();
        AnalyzeOptions options;
        try {
            options = analyzeOptions(cmd, decoder);
        } catch (IllegalArgumentException e) {
            return SYNTAX.usageError(e.getMessage());
        }
        return analyze(files.stream().map(Path::of).toList(), cmd.getOptionValue("o"), decoder, options);
    }

    /** One trace file, or the parts of one recording split by record --max-size (in any order). */
    private static int analyze(List<Path> files, String outFile, SyscallDecoder decoder, AnalyzeOptions options) {
        Path file = files.get(0);
        try (RecordingReader reader = RecordingReader.open(files)) {
            Writer out;
            try {
                out = outFile == null
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(Path.of(outFile), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println(NAME + ": cannot write " + outFile + ": " + e.getMessage());
                return 1;
            }
            Analyzer analyzer = new Analyzer(reader.metadata(), decoder, options, out, host(reader.metadata()));
            if (reader.firstPartIndex() > 0) {
                analyzer.startsMidRecording();
            }
            if (outFile == null) {
                analyzer.noticesTo(System.err); // as strace, whose trace and notices then both go to stderr
            }
            try {
                for (Stop stop : reader) {
                    analyzer.accept(stop);
                }
                analyzer.finish(reader.damage().isEmpty());
            } finally {
                if (outFile == null) {
                    out.flush();
                } else {
                    out.close();
                }
            }
            Optional<String> damage = reader.damage();
            if (damage.isPresent()) {
                System.err.println(NAME + ": " + (files.size() == 1 ? file + ": " : "") + damage.get());
                return analyzer.stopsSeen() == 0 ? 1 : 0;
            }
            return 0;
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            // the reader's messages name the file already
            System.err.println(NAME + ": " + (files.size() > 1 || message.startsWith(file.toString()) ? "" : file + ": ") + message);
            return 1;
        }
    }

    /** Real paths for -y only when the trace was recorded on this machine (its files are the trace's). */
    private static Host host(TraceMetadata metadata) {
        try {
            String here = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            return here.equals(metadata.hostname()) ? Host.local() : Host.detached();
        } catch (IOException e) {
            return Host.detached();
        }
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").hasArg().argName("OUT").desc("write the trace to OUT (default stdout)").build());
        o.addOption("f", false, "prefix every line with its pid, as strace -f does");
        o.addOption("c", false, "print the summary table only");
        o.addOption("C", false, "print the trace, then the summary table");
        o.addOption(Option.builder("S").hasArg().argName("SORTBY")
                .desc("sort the table by time|calls|errors|name|nothing (default time)").build());
        o.addOption("w", false, "sum wall-clock time in the table, not system time");
        o.addOption(Option.builder("s").hasArg().argName("N").desc("print at most N bytes of strings (32)").build());
        o.addOption("x", false, "print non-ASCII strings in hex; -xx: all strings");
        o.addOption("v", false, "print structures, argv and envp in full");
        o.addOption(Option.builder("X").hasArg().argName("FORMAT").desc("constants as raw|abbrev|verbose").build());
        o.addOption("y", false, "print paths of file descriptors; -yy: socket details too");
        o.addOption(Option.builder("e").hasArg().argName("EXPR")
                .desc("trace=SET: only these calls (names, !negation, /regex, %class); signal=SET;"
                        + " status=SET (successful,failed,unfinished,unavailable,detached);"
                        + " raw=SET, abbrev=SET, verbose=SET: per-call printing;"
                        + " quiet=SET (attach,exit,path-resolution,personality,superseded)")
                .build());
        o.addOption(Option.builder("P").hasArg().argName("PATH").desc("only calls accessing PATH (repeatable)").build());
        o.addOption("n", false, "print each line's syscall number");
        o.addOption("i", false, "print the instruction pointer at each call");
        o.addOption("q", false, "-q: no attach messages; -qq: no exit status lines; -qqq: no superseded lines");
        o.addOption("T", false, "show the time spent in each call");
        o.addOption("t", false, "prefix lines with the time of day; -tt: with microseconds; -ttt: epoch seconds");
        o.addOption("r", false, "prefix lines with the time since the previous line");
        o.addOption(Option.builder("a").hasArg().argName("COLUMN").desc("align return values at COLUMN (40)").build());
        o.addOption("z", false, "print only calls that succeeded");
        o.addOption("Z", false, "print only calls that failed");
        o.addOption(Option.builder().longOpt("pidns-translation")
                .desc("also print pids seen inside a pid namespace as the recorder's namespace numbers them").build());
        o.addOption(Option.builder("h").longOpt("help").desc("this help").build());
        return o;
    }

    private static AnalyzeOptions analyzeOptions(CommandLine cmd, SyscallDecoder decoder) {
        AnalyzeOptions.Builder b = AnalyzeOptions.builder()
                .followForks(cmd.hasOption("f"))
                .summary(cmd.hasOption("C") ? SummaryMode.ALSO : cmd.hasOption("c") ? SummaryMode.ONLY : SummaryMode.NONE)
                .wallClockSummary(cmd.hasOption("w"))
                .showDuration(cmd.hasOption("T"))
                .timestamps(TimestampStyle.ofCount(count(cmd, "t")))
                .relative(cmd.hasOption("r"))
                .pidnsTranslation(cmd.hasOption("pidns-translation"));
        if (cmd.hasOption("S")) {
            b.sortBy(SortKey.parse(cmd.getOptionValue("S")));
        }
        if (cmd.hasOption("a")) {
            b.alignColumn(nonNegative(cmd.getOptionValue("a"), "-a"));
        }
        int stringLimit = cmd.hasOption("s") ? nonNegative(cmd.getOptionValue("s"), "-s") : 32;
        DecodeOptions.Constants constants = DecodeOptions.Constants.ABBREV;
        if (cmd.hasOption("X")) {
            constants = switch (cmd.getOptionValue("X")) {
                case "raw" -> DecodeOptions.Constants.RAW;
                case "abbrev" -> DecodeOptions.Constants.ABBREV;
                case "verbose" -> DecodeOptions.Constants.VERBOSE;
                default -> throw new IllegalArgumentException("invalid -X argument: '" + cmd.getOptionValue("X") + "'");
            };
        }
        b.decode(new DecodeOptions(stringLimit, Math.min(2, count(cmd, "x")), cmd.hasOption("v"), constants,
                Math.min(2, count(cmd, "y"))));
        StatusFilter status = cmd.hasOption("z") && cmd.hasOption("Z")
                ? failWith("-z and -Z are mutually exclusive")
                : cmd.hasOption("z") ? StatusFilter.SUCCESSFUL : cmd.hasOption("Z") ? StatusFilter.FAILED
                : StatusFilter.ALL;
        DisplayOptions display = DisplayOptions.DEFAULT
                .withQuiet(Quiet.ofCount(count(cmd, "q")))
                .withSyscallNumbers(cmd.hasOption("n"))
                .withInstructionPointer(cmd.hasOption("i"))
                .withPaths(cmd.hasOption("P") ? List.of(cmd.getOptionValues("P")) : List.of());
        String[] exprs = cmd.getOptionValues("e");
        for (String expr : exprs == null ? new String[0] : exprs) {
            int eq = expr.indexOf('=');
            String qualifier = eq < 0 ? "trace" : expr.substring(0, eq);
            String value = eq < 0 ? expr : expr.substring(eq + 1);
            switch (qualifier) {
                case "trace", "t" -> b.filter(SyscallFilter.parse(value, decoder));
                case "signal", "signals", "s" -> b.signals(SignalFilter.parse(value));
                case "status" -> status = status(value);
                case "raw", "x" -> display = display.withRaw(SyscallFilter.parse(value, decoder));
                case "abbrev", "a" -> display = display.withAbbrev(SyscallFilter.parse(value, decoder));
                case "verbose", "v" -> display = display.withVerbose(SyscallFilter.parse(value, decoder));
                case "quiet", "silent", "silence", "q" -> display = display.withQuiet(Quiet.parse(value));
                default -> throw new IllegalArgumentException("unsupported -e qualifier '" + qualifier + "'");
            }
        }
        return b.status(status).display(display).build();
    }

    /** -e status=SET; strace's -z is status=successful, -Z status=failed. */
    private static StatusFilter status(String value) {
        return StatusFilter.parse(value);
    }

    private static StatusFilter failWith(String message) {
        throw new IllegalArgumentException(message);
    }

    private static int count(CommandLine cmd, String opt) {
        return (int) Arrays.stream(cmd.getOptions()).filter(o -> opt.equals(o.getOpt())).count();
    }

    private static int nonNegative(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid " + option + " argument: '" + value + "'");
    }
}
