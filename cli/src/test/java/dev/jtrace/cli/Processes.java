package dev.jtrace.cli;

import dev.jtrace.testdata.TestPrograms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Programs and recorders run as processes of their own, and what /proc says about them. */
final class Processes {
    private Processes() {
    }

    /**
     * A test program started by a shell that reports its exit status: the program is the shell's child,
     * so no JVM thread waits for it and a recorder may attach to it.
     */
    static final class Target implements AutoCloseable {
        final Process shell;
        final BufferedReader out;
        final int pid;

        Target(String program, String... args) throws IOException {
            StringBuilder command = new StringBuilder("'" + TestPrograms.path(program) + "'");
            for (String a : args) {
                command.append(" '").append(a).append("'");
            }
            shell = new ProcessBuilder("/bin/sh", "-c", command + " & echo $!; wait $!; echo status=$?")
                    .redirectErrorStream(true).start();
            out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
            pid = Integer.parseInt(out.readLine().trim());
            while (!catches(pid, 15, program)) {
                Thread.onSpinWait(); // until the program runs and has installed its SIGTERM handler
            }
        }

        /** The next line the program (or, at its end, the shell) prints. */
        String line() throws IOException {
            return out.readLine();
        }

        @Override
        public void close() {
            kill(pid, "KILL");
            shell.destroyForcibly();
        }
    }

    /** {@code jtrace ARGS} in a JVM of its own (the test's class path), so that it can be sent signals. */
    static Process jtrace(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Djnr.ffi.x86asm.enabled=false", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static String file(int pid, String name) {
        try {
            return Files.readString(Path.of("/proc", Integer.toString(pid), name));
        } catch (IOException e) {
            return null;
        }
    }

    /** A line's value from /proc/PID/status, e.g. "SigCgt"; null when the process is gone. */
    static String status(int pid, String key) {
        String status = file(pid, "status");
        if (status == null) {
            return null;
        }
        return status.lines().filter(l -> l.startsWith(key + ":")).findFirst()
                .map(l -> l.substring(key.length() + 1).trim()).orElse(null);
    }

    static int tracer(int pid) {
        String t = status(pid, "TracerPid");
        return t == null ? -1 : Integer.parseInt(t);
    }

    /** The state letter of /proc/PID/stat (R, S, T for stopped, t for traced...). */
    static char state(int pid) {
        String stat = file(pid, "stat");
        return stat == null ? '?' : stat.charAt(stat.lastIndexOf(')') + 2);
    }

    private static boolean catches(int pid, int signal, String program) {
        String comm = file(pid, "comm");
        String caught = status(pid, "SigCgt");
        if (comm == null || caught == null || !comm.trim().equals(program.substring(0, Math.min(15, program.length())))) {
            return false;
        }
        return (Long.parseLong(caught, 16) & (1L << (signal - 1))) != 0;
    }

    /**
     * Waits until {@code pid} is traced by a thread of process {@code recorder} (TracerPid names the tracer
     * thread); fails if the recorder exits first.
     */
    static void awaitTracedBy(int pid, Process recorder) {
        while (true) {
            int t = tracer(pid);
            if (t > 0 && Files.exists(Path.of("/proc", Long.toString(recorder.pid()), "task", Integer.toString(t)))) {
                return;
            }
            if (!recorder.isAlive()) {
                throw new AssertionError("the recorder exited with status " + recorder.exitValue()
                        + " before attaching to " + pid);
            }
            Thread.onSpinWait();
        }
    }

    /** kill -SIGNAL PID, by the kill program. */
    static void kill(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-s", signal, Long.toString(pid)).start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a test program to its end and returns its exit status. */
    static int run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(TestPrograms.path(program).toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
