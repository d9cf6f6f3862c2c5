package dev.jtrace.replay.export;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.replay.Trace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small hand-made trace: opens, reads, a pipe, writes, a writev, an mmap and exit_group. */
final class SyntheticTrace {
    private static final int TID = 100;
    private final List<Stop> stops = new ArrayList<>();
    private long time;

    static Trace build() {
        SyntheticTrace t = new SyntheticTrace();
        t.call(257, new long[] {-100, 0x1000, 0, 0, 0, 0}, 3, List.of(text(1, "in.txt")), List.of());
        t.call(0, new long[] {3, 0x2000, 16, 0, 0, 0}, 5, List.of(), List.of(text(1, "hello")));
        t.call(293, new long[] {0x3000, 0, 0, 0, 0, 0}, 0, List.of(),
                List.of(new Capture(0, "", 0x3000, new byte[] {4, 0, 0, 0, 5, 0, 0, 0}, 8, 0)));
        t.call(1, new long[] {5, 0x4000, 4, 0, 0, 0}, 4, List.of(text(1, "it's")), List.of());
        t.call(3, new long[] {3, 0, 0, 0, 0, 0}, 0, List.of(), List.of());
        t.call(9, new long[] {0, 4096, 3, 0x22, -1, 0}, 0x7f1234560000L, List.of(), List.of());
        t.call(20, new long[] {1, 0x5000, 2, 0, 0, 0}, 6, List.of(
                new Capture(1, "[0].iov_base", 0x6000, "abc".getBytes(StandardCharsets.US_ASCII), 3, 0),
                new Capture(1, "[1].iov_base", 0x7000, new byte[] {1, 2, 3}, 3, 0)), List.of());
        t.call(0, new long[] {4, 0x2000, 16, 0, 0, 0}, -11, List.of(), List.of());
        t.stops.add(new SyscallEntry(TID, t.time++, Arch.X86_64, 231, new long[6], 0, 0, List.of(), -1));
        t.stops.add(new TaskExit(TID, t.time++, false, 0, false));
        return Trace.of(null, t.stops);
    }

    private void call(int nr, long[] args, long rval, List<Capture> in, List<Capture> out) {
        stops.add(new SyscallEntry(TID, time++, Arch.X86_64, nr, args, 0, 0, in, -1));
        stops.add(new SyscallExit(TID, time++, Arch.X86_64, nr, rval, rval < 0 && rval > -4096, out, -1));
    }

    private static Capture text(int arg, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return new Capture(arg, "", 0x1000, b, b.length, 0);
    }
}
