package dev.jtrace.cli;

import dev.jtrace.record.inject.HostException;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.engine.ReplayOptions;
import dev.jtrace.replay.engine.ReplayReport;
import dev.jtrace.replay.engine.Replayer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code jtrace replay TRACE}: re-executes the recorded syscalls in sandboxed host processes inside a root
 * directory and reports where today's kernel and files behave differently. Exit status 0 no divergence,
 * 1 divergence, 2 error.
 */
final class ReplayCommand implements Main.Command {
    private static final String NAME = "jtrace replay";
    private static final String USAGE = "jtrace replay [--root DIR] [--pid P] [--speed 0|1|N] [--report FILE] [--json] TRACE";
    private static final CommandSyntax SYNTAX = new CommandSyntax(NAME, USAGE);

    @Override
    public String summary() {
        return "re-execute a trace's syscalls in a sandbox and report divergences (exit 0 none, 1 some, 2 error)";
    }

    @Override
    public int run(String[] args) {
        Options spec = new Options();
        spec.addOption(Option.builder().longOpt("root").hasArg().argName("DIR")
                .desc("resolve every path inside DIR (default: a fresh temporary directory)").build());
        spec.addOption(Option.builder().longOpt("pid").hasArg().argName("P").desc("replay only the recorded task P").build());
        spec.addOption(Option.builder().longOpt("speed").hasArg().argName("N")
                .desc("0: as fast as possible (default); 1: the recorded pace; N: N times faster").build());
        spec.addOption(Option.builder().longOpt("report").hasArg().argName("FILE").desc("write the report to FILE").build());
        spec.addOption(Option.builder().longOpt("json").desc("the report as JSON").build());
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
        if (files.size() != 1) {
            return SYNTAX.usageError(files.isEmpty() ? "missing TRACE" : "expected one TRACE, got " + files.size());
        }
        int pid;
        double speed;
        try {
            pid = cmd.hasOption("pid") ? Integer.parseInt(cmd.getOptionValue("pid")) : 0;
            speed = cmd.hasOption("speed") ? Double.parseDouble(cmd.getOptionValue("speed")) : 0;
            if (pid < 0 || speed < 0 || Double.isNaN(speed)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            return SYNTAX.usageError("--pid wants a process id and --speed a number >= 0");
        }
        try {
            Trace trace = loadTrace(files.get(0));
            if (pid != 0 && trace.tasks().stream().noneMatch(t -> t.tid() == pid)) {
                System.err.println(NAME + ": the trace has no task " + pid);
                return 2;
            }
            Path root = cmd.hasOption("root") ? Path.of(cmd.getOptionValue("root"))
                    : Files.createTempDirectory("jtrace-replay-");
            if (!cmd.hasOption("root")) {
                System.err.println(NAME + ": replaying in " + root);
            }
            ReplayOptions options = new ReplayOptions(root, pid, speed, ReplayOptions.runningAsRoot());
            ReplayReport report = new Replayer(SyscallShapes.builtIn()).replay(trace, options);
            String text;
            if (cmd.hasOption("json")) {
                text = report.toJson() + "\n";
            } else {
                StringWriter w = new StringWriter();
                report.printText(new PrintWriter(w));
                text = w.toString();
            }
            if (cmd.hasOption("report")) {
                Files.writeString(Path.of(cmd.getOptionValue("report")), text, StandardCharsets.UTF_8);
            } else {
                PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                out.print(text);
                out.flush();
            }
            return report.divergences().isEmpty() ? 0 : 1;
        } catch (IOException | HostException | IllegalArgumentException e) {
            System.err.println(NAME + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            return 2;
        }
    }

    private static Trace loadTrace(String file) throws IOException {
        try {
            return Trace.load(Path.of(file));
        } catch (IOException e) {
            String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new IOException(m.contains(file) ? m : file + ": " + m, e);
        }
    }
}
