package dev.jtrace.cli.difftest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces a workload with strace and with jtrace, as {@code strace-diff} does, with address-space randomisation
 * off so that both runs see the same addresses:
 * <pre>
 *   setarch x86_64 -R strace -f -o S.txt OPTS -- CMD
 *   setarch x86_64 -R JTRACE record -f -o T.avro -- CMD
 *   JTRACE analyze -f OPTS -o J.txt T.avro
 * </pre>
 *
 * @param jtrace  the jtrace command line (launcher and any leading arguments)
 * @param cwd     where the traced commands run (the same for both tracers)
 * @param timeout the longest one tool run may take
 */
public record Tracers(List<String> jtrace, Path cwd, Duration timeout) {
    private static final List<String> NO_ASLR = List.of("setarch", "x86_64", "-R");

    public Tracers {
        jtrace = List.copyOf(jtrace);
    }

    /** Runs strace on the workload; returns its output file {@code dir/strace.txt}. */
    public Path strace(Workload w, Path dir) {
        Path out = dir.resolve("strace.txt");
        List<String> cmd = new ArrayList<>(NO_ASLR);
        cmd.addAll(List.of("strace", "-f", "-o", out.toString()));
        cmd.addAll(w.options());
        cmd.add("--");
        cmd.addAll(w.command());
        ToolRun r = ToolRun.run(cmd, cwd, timeout);
        requireOutput(out, "strace could not run", r);
        return out;
    }

    /** Records the workload with jtrace and decodes the trace; returns the text file {@code dir/jtrace.txt}. */
    public Path jtrace(Workload w, Path dir) {
        Path trace = dir.resolve("trace.avro");
        List<String> record = new ArrayList<>(NO_ASLR);
        record.addAll(jtrace);
        record.addAll(List.of("record", "-f", "-o", trace.toString(), "--"));
        record.addAll(w.command());
        requireOutput(trace, "jtrace record wrote no trace", ToolRun.run(record, cwd, timeout));

        Path out = dir.resolve("jtrace.txt");
        List<String> analyze = new ArrayList<>(jtrace);
        analyze.addAll(List.of("analyze", "-f"));
        analyze.addAll(w.options());
        analyze.addAll(List.of("-o", out.toString(), trace.toString()));
        ToolRun r = ToolRun.run(analyze, cwd, timeout);
        requireOutput(out, "jtrace analyze wrote no text", r);
        if (r.exitStatus() != 0) {
            throw new IllegalStateException("jtrace analyze exited " + r.exitStatus() + ": " + r.stderrExcerpt());
        }
        return out;
    }

    private static void requireOutput(Path file, String what, ToolRun r) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(what + " (exit " + r.exitStatus() + "): " + r.stderrExcerpt()
                    + "\n  command: " + String.join(" ", r.command()));
        }
    }
}
