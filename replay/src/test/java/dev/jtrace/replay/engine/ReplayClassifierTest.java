package dev.jtrace.replay.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShape;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.export.PlannedCall;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayClassifierTest {
    private static final int TID = 77;
    private final SyscallShapes shapes = SyscallShapes.builtIn();
    private final ReplayClassifier classifier = new ReplayClassifier();

    private ReplayClass classify(String name, long[] args, long result, List<Capture> in, boolean exportable) {
        int nr = shapes.number(Arch.X86_64, name);
        Call c = new Call(0, name, new SyscallEntry(TID, 0, Arch.X86_64, nr, args, 0, 0, in, -1),
                new SyscallExit(TID, 1, Arch.X86_64, nr, result, false, List.of(), -1));
        SyscallShape s = shapes.shape(Arch.X86_64, nr).orElseThrow();
        PlannedCall p = new PlannedCall(c, s, List.of(), exportable ? null : "test", List.of(), "");
        return classifier.classify(c, s, p);
    }

    private static Capture path(int arg, String p) {
        byte[] b = p.getBytes(StandardCharsets.UTF_8);
        return new Capture(arg, "", 0x1000, b, b.length, 0);
    }

    @Test
    void signalsToOtherProcessesNeverRunButToItselfAreEmulated() {
        assertEquals(ReplayClass.NEVER, classify("kill", new long[] {1, 15, 0, 0, 0, 0}, 0, List.of(), false));
        assertEquals(ReplayClass.EMULATE, classify("kill", new long[] {TID, 15, 0, 0, 0, 0}, 0, List.of(), false));
        assertEquals(ReplayClass.NEVER, classify("reboot", new long[6], 0, List.of(), false));
    }

    @Test
    void fileCallsAreReExecutedExceptOnTheKernelsOwnFileSystems() {
        long[] open = {-100, 0x1000, 0, 0, 0, 0};
        assertEquals(ReplayClass.RE_EXECUTE, classify("openat", open, 3, List.of(path(1, "/etc/passwd")), true));
        assertEquals(ReplayClass.EMULATE, classify("openat", open, 3, List.of(path(1, "/proc/self/maps")), true));
        assertEquals(ReplayClass.EMULATE, classify("openat", open, 3, List.of(), false), "arguments not rebuildable");
    }

    @Test
    void hostDescribingCallsAreEmulatedAndOnlyAnonymousMappingsReExecuted() {
        assertEquals(ReplayClass.EMULATE, classify("uname", new long[6], 0, List.of(), true));
        assertEquals(ReplayClass.EMULATE, classify("getrandom", new long[6], 8, List.of(), true));
        assertEquals(ReplayClass.RE_EXECUTE, classify("mmap", new long[] {0, 4096, 3, 0x22, -1, 0}, 0x7f0000, List.of(), false));
        assertEquals(ReplayClass.EMULATE, classify("mmap", new long[] {0, 4096, 1, 0x2, 3, 0}, 0x7f0000, List.of(), false));
        assertEquals(ReplayClass.EMULATE, classify("mmap", new long[] {0x7f0000, 4096, 3, 0x32, -1, 0}, 0x7f0000, List.of(), false));
    }
}
