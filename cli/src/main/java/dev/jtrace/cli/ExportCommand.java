package dev.jtrace.cli;

import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.TracedTask;
import dev.jtrace.replay.export.CProgramWriter;
import dev.jtrace.replay.export.ExportPlanner;
import dev.jtrace.replay.export.InputStreams;
import dev.jtrace.replay.export.SeedCorpus;
import dev.jtrace.replay.export.SyzProgramWriter;
import java.io.IOException;
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
 * {@code jtrace export}: a trace as a fuzzer seed corpus ({@code seeds}), a C reproducer ({@code c}) or
 * syzkaller programs ({@code syz}). Exit status 0 when written, 1 when the trace or output failed, 2 usage.
 */
final class ExportCommand implements Main.Command {
    private static final String NAME = "jtrace export";
    private static final String USAGE = "jtrace export --format seeds|c|syz [--dir DIR] [-o FILE] [--task LINEAGE] TRACE";
    private static final CommandSyntax SYNTAX = new CommandSyntax(NAME, USAGE);

    @Override
    public String summary() {
        return "write a trace as fuzzer seeds, a C reproducer or syzkaller programs";
    }

    @Override
    public int run(String[] args) {
        Options spec = new Options();
        spec.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("seeds: the bytes each process read from each file, pipe or socket, one file each; "
                        + "c: a C program re-issuing one task's syscalls; syz: one syzkaller program per task").build());
        spec.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR").desc("output directory (seeds, syz)").build());
        spec.addOption(Option.builder("o").hasArg().argName("FILE").desc("output file for c (default stdout)").build());
        spec.addOption(Option.builder().longOpt("task").hasArg().argName("LINEAGE")
                .desc("the task for c: root (default), root.0 (its first child), ...").build());
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
        String format = cmd.getOptionValue("format");
        if (format == null) {
            return SYNTAX.usageError("missing --format seeds|c|syz");
        }
        boolean needsDir = format.equals("seeds") || format.equals("syz");
        if (!needsDir && !format.equals("c")) {
            return SYNTAX.usageError("unknown format '" + format + "' (seeds, c, syz)");
        }
        if (needsDir && !cmd.hasOption("dir")) {
            return SYNTAX.usageError("--format " + format + " needs --dir DIR");
        }
        Trace trace;
        try {
            trace = Trace.load(Path.of(files.get(0)));
        } catch (IOException e) {
            String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            System.err.println(NAME + ": " + (m.contains(files.get(0)) ? m : files.get(0) + ": " + m));
            return 1;
        }
        try {
            SyscallShapes shapes = SyscallShapes.builtIn();
            switch (format) {
                case "seeds" -> {
                    List<Path> written = new SeedCorpus(new InputStreams(shapes)).write(trace, Path.of(cmd.getOptionValue("dir")));
                    System.err.println(NAME + ": " + written.size() + " seed files in " + cmd.getOptionValue("dir"));
                }
                case "syz" -> {
                    Path dir = Files.createDirectories(Path.of(cmd.getOptionValue("dir")));
                    ExportPlanner planner = new ExportPlanner(shapes);
                    for (TracedTask task : trace.tasks()) {
                        String program = SyzProgramWriter.write(planner.plan(trace, task.lineageName()));
                        Files.writeString(dir.resolve(task.lineageName() + ".syz"), program, StandardCharsets.UTF_8);
                    }
                    System.err.println(NAME + ": " + trace.tasks().size() + " syzkaller programs in " + dir);
                }
                default -> {
                    String task = cmd.getOptionValue("task", "root");
                    String source = CProgramWriter.write(new ExportPlanner(shapes).plan(trace, task), files.get(0));
                    if (cmd.hasOption("o")) {
                        Files.writeString(Path.of(cmd.getOptionValue("o")), source, StandardCharsets.UTF_8);
                    } else {
                        System.out.print(source);
                        System.out.flush();
                    }
                }
            }
            return 0;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println(NAME + ": cannot write " + e.getFile() + ": no such directory");
            return 1;
        } catch (java.nio.file.AccessDeniedException e) {
            System.err.println(NAME + ": cannot write " + e.getFile() + ": permission denied");
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println(NAME + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            return 1;
        }
    }
}
