package dev.jtrace.analyze;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Hand-built stops for tests. Times are in microseconds after the recording's start. */
final class Stops {
    static final long MONO_START = 5_000_000_000L;
    /** 2026-01-02T03:04:05.000006Z. */
    static final long REAL_START = 1_767_323_045_000_006_000L;

    private Stops() {
    }

    /** A recording that attached to one pid (so nothing is hidden before an execve). */
    static TraceMetadata attached() {
        return new TraceMetadata(1, "test", "host", "6.1", "x86_64", List.of(), List.of(1), REAL_START, MONO_START,
                1, 1, 4096, false, "h");
    }

    /** A recording that started a command. */
    static TraceMetadata launched() {
        return new TraceMetadata(1, "test", "host", "6.1", "x86_64", List.of("/bin/true"), List.of(), REAL_START,
                MONO_START, 1, 1, 4096, true, "h");
    }

    static long t(long micros) {
        return MONO_START + micros * 1000;
    }

    static int nr(String name) {
        return SyscallDescriptions.builtIn().number(Arch.X86_64, name);
    }

    static SyscallEntry in(int tid, long micros, String name, long... args) {
        return in(tid, micros, name, List.of(), args);
    }

    static SyscallEntry in(int tid, long micros, String name, List<Capture> captures, long... args) {
        return new SyscallEntry(tid, t(micros), Arch.X86_64, nr(name), Arrays.copyOf(args, 6), 0, 0, captures, -1);
    }

    static SyscallExit out(int tid, long micros, String name, long rval) {
        return new SyscallExit(tid, t(micros), Arch.X86_64, nr(name), rval, false, List.of(), -1);
    }

    static SyscallExit out(int tid, long micros, String name, long rval, List<Capture> captures) {
        return new SyscallExit(tid, t(micros), Arch.X86_64, nr(name), rval, false, captures, -1);
    }

    static SyscallExit fail(int tid, long micros, String name, int errno) {
        return new SyscallExit(tid, t(micros), Arch.X86_64, nr(name), -errno, true, List.of(), -1);
    }

    static PtraceEvent event(int tid, long micros, PtraceEvent.Kind kind, long message) {
        return new PtraceEvent(tid, t(micros), kind, message);
    }

    static TaskExit exited(int tid, long micros, int status) {
        return new TaskExit(tid, t(micros), false, status, false);
    }

    static TaskExit killed(int tid, long micros, int signo, boolean core) {
        return new TaskExit(tid, t(micros), true, signo, core);
    }

    static Capture string(int arg, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new Capture(arg, "", 0x1000, b, b.length, 0);
    }
}
