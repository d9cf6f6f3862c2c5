package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.OpenFd;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskSeen;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.record.Recordings.Recording;
import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TaskIdentityTest {
    private static final long OWN_PID_NS = TaskIdentity.namespaceInode(Path.of("/proc/self/ns/pid"));

    @Test
    void everyTaskIsIntroducedBeforeItsFirstStop() throws Exception {
        Recording r = Recordings.launch(true, Recordings.nothing(), "rec_thread");
        Set<Integer> introduced = new HashSet<>();
        for (Stop s : r.all()) {
            if (s instanceof TaskSeen seen) {
                assertTrue(introduced.add(seen.tid()), "introduced twice: " + seen);
            } else {
                assertTrue(introduced.contains(s.tid()), "a stop of a task not introduced: " + s);
            }
        }
        List<TaskSeen> seen = r.all().stream().filter(TaskSeen.class::isInstance).map(TaskSeen.class::cast).toList();
        assertEquals(2, seen.size());
        TaskSeen leader = seen.get(0);
        TaskSeen thread = seen.get(1);
        assertEquals(leader.tid(), leader.tgid());
        assertEquals(leader.tid(), thread.tgid());
        assertEquals(List.of(thread.tid()), thread.nsPids());
        assertEquals(List.of(leader.tid()), thread.nsTgids());
        assertEquals(OWN_PID_NS, leader.pidNs());
        assertEquals(OWN_PID_NS, thread.pidNs());
        assertEquals(Optional.empty(), thread.cwd(), "threads share their leader's snapshot");
        assertEquals(List.of(), thread.fds());
        int created = -1;
        for (int i = 0; i < r.all().size(); i++) {
            if (r.all().get(i) instanceof SyscallExit x && x.tid() == leader.tid() && x.rval() == thread.tid()) {
                created = i;
            }
        }
        assertTrue(created > r.all().indexOf(thread), "the thread is introduced before clone returns its tid");
    }

    /** The launched command inherits the recorder's fds 0-2 and cwd: the snapshot must show them. */
    @Test
    void theLaunchedCommandComesWithItsCwdAndInheritedFds() throws Exception {
        Recording r = Recordings.launch(false, Recordings.nothing(), "exit_status", "0");
        TaskSeen first = assertInstanceOf(TaskSeen.class, r.all().get(0));
        assertEquals(Optional.of(Path.of("").toAbsolutePath().toString()), first.cwd());
        Map<Integer, String> fds = new HashMap<>();
        first.fds().forEach(fd -> fds.put(fd.fd(), fd.target()));
        for (int fd = 0; fd <= 2; fd++) {
            assertEquals(Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString(), fds.get(fd), "fd " + fd);
        }
        assertFalse(fds.keySet().stream().anyMatch(fd -> fd > 2), "the JVM's own fds do not leak: " + fds);
    }

    @Test
    void aCommandInANewPidNamespaceShowsItsInnerPids() throws Exception {
        String program = TestPrograms.path("ns_cpu").toString();
        Recording r = Recordings.launch(RecordOptions.launch(
                List.of("unshare", "--pid", "--fork", "--mount-proc", program), true, 256), Recordings.nothing());
        assertEquals(0, r.result().exitStatus());
        TaskSeen inner = r.all().stream().filter(TaskSeen.class::isInstance).map(TaskSeen.class::cast)
                .filter(s -> s.nsPids().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of(inner.tid(), 1), inner.nsPids());
        assertEquals(1, inner.innerTid());
        assertEquals(1, inner.depth());
        assertNotEquals(OWN_PID_NS, inner.pidNs());
        assertTrue(inner.pidNs() > 0);
    }

    @Test
    void syscallStopsCarryTheThreadsCpuTime() throws Exception {
        String program = TestPrograms.path("ns_cpu").toString();
        Recording r = Recordings.launch(RecordOptions.launch(List.of(program), false, 256).withCpuTime(true),
                Recordings.nothing());
        Map<Integer, Long> last = new HashMap<>();
        long kernelNs = 0;
        SyscallEntry entry = null;
        for (Stop s : r.stops()) {
            long cpu = s instanceof SyscallEntry e ? e.cpuNs() : s instanceof SyscallExit x ? x.cpuNs() : -2;
            if (cpu == -2) {
                continue;
            }
            assertTrue(cpu > 0, "no CPU time at " + s);
            assertTrue(cpu >= last.getOrDefault(s.tid(), 0L), "CPU time went back at " + s);
            last.put(s.tid(), cpu);
            if (s instanceof SyscallEntry e) {
                entry = e;
            } else if (entry != null) {
                kernelNs += cpu - entry.cpuNs();
            }
        }
        // 16 MiB of getrandom keep the kernel busy for milliseconds on any machine.
        assertTrue(kernelNs > 1_000_000, "system time " + kernelNs + " ns");
    }

    @Test
    void cpuTimeCanBeTurnedOff() throws Exception {
        String program = TestPrograms.path("exit_status").toString();
        Recording r = Recordings.launch(RecordOptions.launch(List.of(program, "0"), false, 256).withCpuTime(false),
                Recordings.nothing());
        assertTrue(r.of(SyscallEntry.class).stream().allMatch(e -> e.cpuNs() == -1));
        assertTrue(r.of(SyscallExit.class).stream().allMatch(x -> x.cpuNs() == -1));
        assertFalse(r.of(SyscallEntry.class).isEmpty());
    }

    @Test
    void descriptorsACallCreatedAreNamedAsProcShowsThem() throws Exception {
        String program = TestPrograms.path("fds").toString();
        Recording r = Recordings.launch(RecordOptions.launch(List.of(program), false, 4096),
                SyscallDescriptions.builtIn().capturePlanner(4096));
        List<OpenFd> named = r.of(SyscallExit.class).stream().flatMap(x -> x.fds().stream()).toList();
        assertTrue(named.stream().filter(fd -> fd.target().matches("pipe:\\[\\d+]")).count() >= 2, named.toString());
        assertTrue(named.stream().anyMatch(fd -> fd.target().equals("anon_inode:[eventfd]")), named.toString());
        assertTrue(r.of(SyscallExit.class).stream().filter(SyscallExit::error).allMatch(x -> x.fds().isEmpty()));
    }

    @Test
    void schedstatsFirstFieldIsParsed() {
        byte[] line = "1234567 89 10\n".getBytes();
        assertEquals(1234567, TaskClock.firstField(line, line.length));
        assertEquals(-1, TaskClock.firstField(new byte[0], 0));
        assertEquals(4026531836L, TaskIdentity.bracketedNumber("pid:[4026531836]"));
    }

    @Test
    void theClockReadsARunningThread() {
        try (TaskClock clock = new TaskClock()) {
            int tid = Native.LIBC.gettid();
            long before = clock.cpuNs(tid);
            long x = 0;
            for (int i = 0; i < 5_000_000; i++) {
                x += i ^ (x >>> 3);
            }
            long after = clock.cpuNs(tid);
            assertTrue(before > 0 && after > before, before + " -> " + after + " (" + x + ")");
            clock.forget(tid);
            assertTrue(clock.cpuNs(tid) >= after, "reopened after forget");
        }
    }
}
