package dev.jtrace.cli;

import dev.jtrace.format.AsyncStopSink;
import dev.jtrace.format.Compression;
import dev.jtrace.format.RotatingTraceWriter;
import dev.jtrace.format.StopSink;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.TraceWriter;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.record.IgnoredSignals;
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
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
 * to an Avro trace file. Returns the command's status (128+N when signal N killed it, after which
 * {@link Main#main} ends the process by signal N, as strace does; 0 with -p).
 * SIGINT, SIGTERM and SIGHUP detach from attached processes and close a complete trace; while a
 * launched command runs they are ignored, as strace -o FILE CMD does (a terminal's Ctrl-C reaches the
 * command itself, whose death ends the recording).
 */
final class RecordCommand implements Main.Command {
    private static final String USAGE = "jtrace record [-o FILE] [-f] [-p PID]... [-s SNAPLEN] "
            + "[--codec zstd|deflate|snappy|null] [--cpu-time|--no-cpu-time] [--max-size SIZE [--rotate N]]"
            + " [--duration SECONDS] [--] CMD [ARGS...]";
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
        Limits limits;
        try {
            line = new DefaultParser().parse(options, args, true);
            if (line.hasOption("h")) {
                new HelpFormatter().printHelp(USAGE, options);
                return 0;
            }
            rejectUnknownOption(args, line.getArgList());
            recordOptions = recordOptions(line);
            compression = Compression.parse(line.getOptionValue("codec", DEFAULT_CODEC));
            limits = limits(line);
        } catch (ParseException | IllegalArgumentException e) {
            System.err.println("jtrace record: " + e.getMessage() + " (usage: " + USAGE + ")");
            return 2;
        }
        Path output = Path.of(line.getOptionValue("o", DEFAULT_OUTPUT));
        return record(recordOptions, output, compression, limits);
    }

    /**
     * Limits of a long recording.
     *
     * @param maxBytes      split the trace into files of at most this size (0: one file)
     * @param keep          keep only the newest this many files
     * @param durationNanos detach after this long (0: no limit)
     */
    record Limits(long maxBytes, int keep, long durationNanos) {
    }

    /** Where the stops go: one trace file, or a series of them. */
    private record Output(StopSink sink, LongSupplier stops, LongSupplier bytes) {
        static Output open(Path file, TraceMetadata metadata, Compression compression, Limits limits)
                throws RecordException {
            try {
                if (limits.maxBytes() > 0) {
                    RotatingTraceWriter w = new RotatingTraceWriter(file, metadata, compression, limits.maxBytes(),
                            limits.keep());
                    return new Output(w, w::stopsWritten, w::bytesWritten);
                }
                TraceWriter w = TraceWriter.create(file, metadata, compression);
                return new Output(w, w::stopsWritten, w::bytesWritten);
            } catch (IOException e) {
                throw new RecordException("cannot create " + file + ": " + reason(e));
            }
        }
    }

    private static int record(RecordOptions options, Path output, Compression compression, Limits limits)
            throws IOException, RecordException {
        SyscallDescriptions descriptions = SyscallDescriptions.builtIn();
        TraceMetadata metadata = RecordingMetadata.capture(options, descriptions.hash());
        Output writer = Output.open(output, metadata, compression, limits);
        AsyncStopSink sink = new AsyncStopSink(writer.sink(), QUEUE_CAPACITY);
        Recorder recorder = new Recorder(options, descriptions.capturePlanner(options.snapLength()), sink,
                message -> System.err.println("jtrace record: " + message));
        Thread timer = limits.durationNanos() > 0 ? startTimer(recorder, limits.durationNanos()) : null;
        SignalHandler onSignal = options.launches() ? SignalHandler.SIG_IGN : signal -> recorder.stop();
        List<SignalHandler> previous = new ArrayList<>();
        for (String name : DETACH_SIGNALS) {
            Signal signal = new Signal(name);
            if (!options.launches()) {
                IgnoredSignals.unignore(signal.getNumber()); // also when started in the background by a shell
            }
            previous.add(Signal.handle(signal, onSignal));
        }
        RecordResult result;
        try {
            result = recorder.run();
        } catch (RecordException | RuntimeException e) {
            closeQuietly(sink);
            Files.deleteIfExists(output); // nothing useful was recorded
            throw e;
        } finally {
            if (timer != null) {
                timer.interrupt();
            }
            for (int i = 0; i < DETACH_SIGNALS.length; i++) {
                Signal.handle(new Signal(DETACH_SIGNALS[i]), previous.get(i));
            }
        }
        sink.close();
        System.err.printf("jtrace: recorded %d stops to %s (%s)%n", writer.stops().getAsLong(), output,
                humanSize(writer.bytes().getAsLong()));
        if (result.killedBy() != 0) {
            Termination.dieBy(result.killedBy());
        }
        return result.shellStatus();
    }

    /** Detaches once {@code nanos} have passed (--duration). */
    private static Thread startTimer(Recorder recorder, long nanos) {
        Thread t = new Thread(() -> {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                return; // the recording ended first
            }
            recorder.stop();
        }, "jtrace-duration");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Limits limits(CommandLine line) throws ParseException {
        long maxBytes = 0;
        int keep = Integer.MAX_VALUE;
        if (line.hasOption("max-size")) {
            maxBytes = size(line.getOptionValue("max-size"));
            if (maxBytes < RotatingTraceWriter.MIN_MAX_BYTES) {
                throw new ParseException("--max-size must be at least " + RotatingTraceWriter.MIN_MAX_BYTES / 1024
                        + "K: '" + line.getOptionValue("max-size") + "'");
            }
        }
        if (line.hasOption("rotate")) {
            if (maxBytes == 0) {
                throw new ParseException("--rotate needs --max-size");
            }
            keep = positive(line.getOptionValue("rotate"), "--rotate");
        }
        long duration = 0;
        if (line.hasOption("duration")) {
            String value = line.getOptionValue("duration");
            try {
                double seconds = Double.parseDouble(value);
                if (!(seconds > 0) || seconds > 1e9) {
                    throw new NumberFormatException();
                }
                duration = (long) (seconds * 1e9);
            } catch (NumberFormatException e) {
                throw new ParseException("invalid --duration argument: '" + value + "' (seconds, e.g. 30 or 0.5)");
            }
        }
        return new Limits(maxBytes, keep, duration);
    }

    /** A size: bytes, or with a K, M or G suffix (powers of 1024). */
    static long size(String value) throws ParseException {
        String v = value.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (!v.isEmpty()) {
            switch (v.charAt(v.length() - 1)) {
                case 'K' -> unit = 1L << 10;
                case 'M' -> unit = 1L << 20;
                case 'G' -> unit = 1L << 30;
                default -> {
                }
            }
        }
        String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n > 0 && n <= Long.MAX_VALUE / unit) {
                return n * unit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParseException("invalid --max-size argument: '" + value + "' (e.g. 512K, 10M, 1G)");
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
                .addOption(Option.builder().longOpt("max-size").hasArg().argName("SIZE")
                        .desc("split the trace into files FILE, FILE.1, FILE.2, ... of at most SIZE each"
                                + " (e.g. 512K, 10M)").build())
                .addOption(Option.builder().longOpt("rotate").hasArg().argName("N")
                        .desc("with --max-size: keep only the newest N files").build())
                .addOption(Option.builder().longOpt("duration").hasArg().argName("SECONDS")
                        .desc("stop recording and detach after SECONDS").build())
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
