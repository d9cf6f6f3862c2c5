package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.TraceMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingMetadataTest {
    static {
        System.setProperty("jnr.ffi.x86asm.enabled", "false");
    }

    @Test
    void describesThisMachineThisRecorderAndTheOptions() throws Exception {
        long realBefore = System.currentTimeMillis() * 1_000_000;
        long monoBefore = System.nanoTime();
        TraceMetadata m = RecordingMetadata.capture(RecordOptions.launch(List.of("ls", "-l"), true, 128), "abc");
        long monoAfter = System.nanoTime();
        long realAfter = (System.currentTimeMillis() + 1) * 1_000_000;

        assertEquals(TraceMetadata.CURRENT_FORMAT_VERSION, m.formatVersion());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim(), m.kernelRelease());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim(), m.hostname());
        assertEquals(System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch"),
                m.machine());
        assertEquals(List.of("ls", "-l"), m.command());
        assertEquals(List.of(), m.attachedPids());
        assertEquals(ProcessHandle.current().pid(), m.recorderPid());
        String ns = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        assertEquals("pid:[" + m.recorderPidNs() + "]", ns);
        assertEquals(128, m.snapLength());
        assertTrue(m.followForks());
        assertEquals("abc", m.descriptionsHash());
        assertTrue(monoBefore <= m.startMonotonicNs() && m.startMonotonicNs() <= monoAfter,
                "CLOCK_MONOTONIC, the clock of System.nanoTime and of the stop times");
        assertTrue(realBefore <= m.startRealtimeNs() && m.startRealtimeNs() <= realAfter);
        assertTrue(!m.jtraceVersion().isEmpty() && !m.jtraceVersion().contains("$"), m.jtraceVersion());
    }
}
