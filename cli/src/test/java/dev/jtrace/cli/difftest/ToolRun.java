package dev.jtrace.cli.difftest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One finished run of an external tool: its exit status and what it wrote on stderr. The tool's stdin is
 * /dev/null, its stdout is discarded and its stderr is a pipe, as for the traced command under strace-diff;
 * {@code PWD} is set to the working directory, or shells would see the test JVM's and call getcwd.
 */
public record ToolRun(List<String> command, int exitStatus, String stderr) {
    public ToolRun {
        command = List.copyOf(command);
    }

    /** Runs {@code command} in {@code cwd}; a run exceeding {@code timeout} is killed with its descendants. */
    public static ToolRun run(List<String> command, Path cwd, Duration timeout) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(cwd.toFile())
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE);
            pb.environment().put("PWD", cwd.toAbsolutePath().toString());
            Process p = pb.start();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> drain(p));
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + "s: " + String.join(" ", command));
            }
            return new ToolRun(command, p.exitValue(), stderr.join().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String drain(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    /** The first 300 characters of stderr, for failure messages. */
    public String stderrExcerpt() {
        return stderr.length() > 300 ? stderr.substring(0, 300) + "..." : stderr;
    }
}
