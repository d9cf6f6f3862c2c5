package dev.jtrace.cli;

import dev.jtrace.format.AsyncStopSink;
import dev.jtrace.format.Compression;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.TraceWriter;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.record.RecordException;
import dev.jtrace.record.RecordOptions;
import dev.jtrace.record.RecordResult;
import dev.jtrace.record.Recorder;
import dev.jtrace.record.RecordingMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code jtrace record}: runs a command (or attaches to processes) under ptrace and writes every stop
 * to an Avro trace file. Exits with the command's status (128+N when signal N killed it; 0 with -p).
 * SIGINT, SIGTERM and SIGHUP detach from attached processes and close a complete trace; while a
 * launched command runs they are ignored, as strace -o FILE CMD does (a terminal's Ctrl-C reaches the
 * command itself, whose death ends the recording).
 */
final class RecordCommand implements Main.Command {
    private static final String USAGE = "jtrace record [-o FILE] [-f] [-p PID]... [-s SNAPLEN] "
            + "[--codec zstd|deflate|snappy|null] [--cpu-time|--no-cpu-time] [--] CMD [ARGS...]";
    private static final String DEFAULT_OUTPUT = "jtrace.avro";
    private static final String DEFAULT_CODEC = "zstd";
    private static final int QUEUE_CAPACITY = 1 << 14;
    private static final String[] DETACH_SIGNALS = {"INT", "TERM", "HUP"};

    static {
        // Avro logs through SLF4J, which without a binding warns on stderr; stderr is for errors only.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
    }

    @Override
    public String summary() {
        return "record a command's (or running processes') system calls into a trace file";
    }

    @Override
    public int run(String[] args) throws Exception {
        Options options = options();
        CommandLine line;
        RecordOptions recordOptions;
        Compression compression;
        try {
            line = new DefaultParser().parse(options, args, true);
            if (line.hasOption("h")) {
                new HelpFormatter().printHelp(USAGE, options);
                return 0;
            }
            rejectUnknownOption(args, line.getArgList());
            recordOptions = recordOptions(line);
            compression = Compression.parse(line.getOptionValue("codec", DEFAULT_CODEC));
        } catch (ParseException | IllegalArgumentException e) {
            System.err.println("jtrace record: " + e.getMessage() + " (usage: " + USAGE + ")");
            return 2;
        }
        Path output = Path.of(line.getOptionValue("o", DEFAULT_OUTPUT));
        return record(recordOptions, output, compression);
    }

    private static int record(RecordOptions options, Path output, Compression compression)
            throws IOException, RecordException {
        SyscallDescriptions descriptions = SyscallDescriptions.builtIn();
        TraceMetadata metadata = RecordingMetadata.capture(options, descriptions.hash());
        TraceWriter writer;
        try {
            writer = TraceWriter.create(output, metadata, compression);
        } catch (IOException e) {
            throw new RecordException("cannot create " + output + ": " + reason(e));
        }
        AsyncStopSink sink = new AsyncStopSink(writer, QUEUE_CAPACITY);
        Recorder recorder = new Recorder(options, descriptions.capturePlanner(options.snapLength()), sink);
        SignalHandler onSignal = options.launches() ? SignalHandler.SIG_IGN : signal -> recorder.stop();
        List<SignalHandler> previous = new ArrayList<>();
        for (String name : DETACH_SIGNALS) {
            previous.add(Signal.handle(new Signal(name), onSignal));
        }
        RecordResult result;
        try {
            result = recorder.run();
        } catch (RecordException | RuntimeException e) {
            closeQuietly(sink);
            Files.deleteIfExists(output); // nothing useful was recorded
            throw e;
        } finally {
            for (int i = 0; i < DETACH_SIGNALS.length; i++) {
                Signal.handle(new Signal(DETACH_SIGNALS[i]), previous.get(i));
            }
        }
        sink.close();
        System.err.printf("jtrace: recorded %d stops to %s (%s)%n", writer.stopsWritten(), output,
                humanSize(writer.bytesWritten()));
        return result.shellStatus();
    }

    /**
     * With stopAtNonOption, an unknown option ends the options and becomes the "command"; only
     * after "--" may the command start with '-'.
     */
    private static void rejectUnknownOption(String[] args, List<String> command) throws ParseException {
        int start = args.length - command.size();
        if (!command.isEmpty() && command.get(0).startsWith("-") && !(start > 0 && args[start - 1].equals("--"))) {
            throw new ParseException("unrecognized option: '" + command.get(0) + "'");
        }
    }

    private static RecordOptions recordOptions(CommandLine line) throws ParseException {
        Set<Integer> pids = new LinkedHashSet<>();
        for (String value : line.hasOption("p") ? line.getOptionValues("p") : new String[0]) {
            for (String pid : value.split(",")) {
                pids.add(positive(pid.trim(), "-p"));
            }
        }
        List<String> command = line.getArgList();
        if (command.isEmpty() && pids.isEmpty()) {
            throw new ParseException("must have a command to run or -p PID to attach to");
        }
        if (!command.isEmpty() && !pids.isEmpty()) {
            throw new ParseException("give either a command or -p PID, not both");
        }
        int snap = line.hasOption("s") ? nonNegative(line.getOptionValue("s"), "-s")
                : RecordOptions.DEFAULT_SNAP_LENGTH;
        if (line.hasOption("cpu-time") && line.hasOption("no-cpu-time")) {
            throw new ParseException("--cpu-time and --no-cpu-time are mutually exclusive");
        }
        boolean cpuTime = line.hasOption("cpu-time") || (RecordOptions.DEFAULT_CPU_TIME && !line.hasOption("no-cpu-time"));
        return new RecordOptions(command, List.copyOf(pids), line.hasOption("f"), snap, cpuTime);
    }

    private static int positive(String value, String option) throws ParseException {
        int n = nonNegative(value, option);
        if (n == 0) {
            throw new ParseException("invalid " + option + " argument: '" + value + "'");
        }
        return n;
    }

    private static int nonNegative(String value, String option) throws ParseException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParseException("invalid " + option + " argument: '" + value + "'");
    }

    private static Options options() {
        return new Options()
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                        .desc("write the trace to FILE (default " + DEFAULT_OUTPUT + ")").build())
                .addOption(Option.builder("f").longOpt("follow-forks")
                        .desc("also trace child processes and threads").build())
                .addOption(Option.builder("p").longOpt("pid").hasArg().argName("PID")
                        .desc("attach to process PID (repeatable, or comma-separated)").build())
                .addOption(Option.builder("s").longOpt("snaplen").hasArg().argName("SNAPLEN")
                        .desc("capture at most SNAPLEN bytes per string or buffer (default "
                                + RecordOptions.DEFAULT_SNAP_LENGTH + ")").build())
                .addOption(Option.builder().longOpt("codec").hasArg().argName("CODEC")
                        .desc("trace compression: zstd (default), deflate, snappy or null").build())
                .addOption(Option.builder().longOpt("cpu-time")
                        .desc("record each thread's CPU time at syscall stops, for analyze -c"
                                + (RecordOptions.DEFAULT_CPU_TIME ? " (default)" : "")).build())
                .addOption(Option.builder().longOpt("no-cpu-time")
                        .desc("do not record CPU time (analyze -c then sums wall-clock time)"
                                + (RecordOptions.DEFAULT_CPU_TIME ? "" : " (default)")).build())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").build());
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        return e.getMessage();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already failing; the first error is the one to report
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
