package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.GroupStop;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.record.Recordings.Recording;
import dev.jtrace.testdata.TestPrograms;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RecorderLaunchTest {
    private static final SyscallDescriptions SYSCALLS = SyscallDescriptions.builtIn();
    private static final int EXECVE = SYSCALLS.number(Arch.X86_64, "execve");

    @Test
    void propagatesTheExitStatus() throws Exception {
        Recording r = Recordings.launch(false, Recordings.nothing(), "exit_status", "3");
        assertEquals(3, r.result().exitStatus());
        assertEquals(0, r.result().killedBy());
        assertEquals(3, r.result().shellStatus());
        assertEquals(r.stops().size(), r.result().stops());
        TaskExit last = assertInstanceOf(TaskExit.class, r.stops().get(r.stops().size() - 1));
        assertEquals(new TaskExit(last.tid(), last.time(), false, 3, false), last);
    }

    @Test
    void reportsTheSignalThatKilledTheCommand() throws Exception {
        Recording r = Recordings.launch(false, Recordings.nothing(), "exit_status", "signal", "15");
        assertEquals(15, r.result().killedBy());
        assertEquals(143, r.result().shellStatus());
        TaskExit last = assertInstanceOf(TaskExit.class, r.stops().get(r.stops().size() - 1));
        assertTrue(last.killed());
        assertEquals(15, last.status());
        SignalStop delivered = r.of(SignalStop.class).get(0);
        assertEquals(15, delivered.signo());
    }

    @Test
    void aMissingCommandIsAOneLineError() {
        RecordException e = assertThrows(RecordException.class, () -> Recordings.launch(
                RecordOptions.launch(List.of("jtrace-no-such-command"), false, 4096), Recordings.nothing()));
        assertEquals("Can't stat 'jtrace-no-such-command': No such file or directory", e.getMessage());
    }

    @Test
    void recordingStartsAtTheCommandsExecve() throws Exception {
        String program = TestPrograms.path("exit_status").toString();
        Recording r = Recordings.launch(false, new TestPlanner(), "exit_status", "0");
        SyscallEntry first = assertInstanceOf(SyscallEntry.class, r.stops().get(0));
        assertEquals(program, text(first.captures().get(0)));
        assertEquals(Arch.X86_64, first.arch());
        assertEquals(EXECVE, first.nr());
        List<Stop> syscalls = r.ofTid(first.tid()).stream().filter(s -> !(s instanceof PtraceEvent)).toList();
        SyscallExit exit = assertInstanceOf(SyscallExit.class, syscalls.get(1));
        assertEquals(EXECVE, exit.nr());
        assertEquals(0, exit.rval());
        assertFalse(exit.error());
        PtraceEvent exec = r.of(PtraceEvent.class).get(0);
        assertEquals(PtraceEvent.Kind.EXEC, exec.kind());
        assertEquals(first.tid(), exec.message());
    }

    @Test
    void aCommandFoundThroughPathKeepsItsArgv0() throws Exception {
        String file = CommandPath.resolve("true", System.getenv("PATH"));
        Recording r = Recordings.launch(RecordOptions.launch(List.of("true"), false, 4096), new TestPlanner());
        assertEquals(0, r.result().exitStatus());
        SyscallEntry first = assertInstanceOf(SyscallEntry.class, r.stops().get(0));
        assertEquals(EXECVE, first.nr());
        assertEquals(file, text(first.captures().get(0)), "the file the shell's PATH search found, as strace shows it");
        assertEquals("true", text(first.captures().get(1)), "argv[0] as the user wrote it");
        SyscallExit exit = r.of(SyscallExit.class).get(0);
        assertEquals(0, exit.rval(), "the failed PATH attempts of the start-up shell are not recorded");
    }

    @Test
    void entriesAndExitsAlternatePerTask() throws Exception {
        Recording r = Recordings.launch(true, Recordings.nothing(), "rec_thread");
        Map<Integer, SyscallEntry> open = new HashMap<>();
        for (Stop s : r.stops()) {
            if (s instanceof SyscallEntry e) {
                assertFalse(open.containsKey(e.tid()), () -> "two entries in a row: " + e);
                open.put(e.tid(), e);
            } else if (s instanceof SyscallExit x) {
                SyscallEntry e = open.remove(x.tid());
                assertTrue(e != null, () -> "exit without entry: " + x);
                assertEquals(e.nr(), x.nr());
                assertTrue(e.time() <= x.time());
            }
        }
        // Only the exit_group/exit calls of each thread stay without an exit stop.
        Set<String> unfinished = open.values().stream().map(e -> SYSCALLS.name(e.arch(), e.nr()))
                .collect(Collectors.toSet());
        assertTrue(Set.of("exit", "exit_group").containsAll(unfinished), unfinished::toString);
    }

    @Test
    void capturesWhatThePlannerAsksFor() throws Exception {
        Recording r = Recordings.launch(false, new TestPlanner(), "rec_paths", "/etc/jtrace-test-path");
        List<Capture> paths = r.of(SyscallEntry.class).stream().filter(e -> e.nr() == TestPlanner.OPENAT)
                .flatMap(e -> e.captures().stream()).toList();
        // The dynamic loader's own openat calls come first; the program's three are the last.
        List<Capture> ours = paths.subList(paths.size() - 3, paths.size());
        assertEquals("/etc/jtrace-test-path", text(ours.get(0)));
        assertEquals(21, ours.get(0).length());
        assertEquals("abc", text(ours.get(1)), "read up to the unmapped page");
        assertEquals(-1, ours.get(1).length());
        assertEquals(Errno.EFAULT, ours.get(2).errno());
        assertEquals(0, ours.get(2).data().length);
        SyscallExit exit = r.of(SyscallExit.class).stream().filter(x -> x.nr() == TestPlanner.OPENAT)
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(exit.error());
        assertEquals(Errno.EFAULT, exit.errno());
    }

    @Test
    void followsAForkedChildAndItsExec() throws Exception {
        String child = TestPrograms.path("exit_status").toString();
        Recording r = Recordings.launch(true, Recordings.nothing(), "rec_fork_exec", child, "5");
        assertEquals(0, r.result().exitStatus());
        PtraceEvent fork = r.of(PtraceEvent.class).stream()
                .filter(e -> e.kind() == PtraceEvent.Kind.CLONE || e.kind() == PtraceEvent.Kind.FORK)
                .findFirst().orElseThrow();
        int childTid = (int) fork.message();
        List<TaskExit> exits = r.of(TaskExit.class);
        assertEquals(2, exits.size());
        assertTrue(exits.contains(new TaskExit(childTid, exitTime(exits, childTid), false, 5, false)));
        assertTrue(r.ofTid(childTid).stream().anyMatch(s -> s instanceof SyscallEntry e && e.nr() == EXECVE));
    }

    @Test
    void withoutFollowTheChildIsNotTraced() throws Exception {
        String child = TestPrograms.path("exit_status").toString();
        Recording r = Recordings.launch(false, Recordings.nothing(), "rec_fork_exec", child, "5");
        int main = r.stops().get(0).tid();
        assertEquals(Set.of(main), r.stops().stream().map(Stop::tid).collect(Collectors.toSet()));
        assertTrue(r.of(PtraceEvent.class).stream().noneMatch(e -> e.kind() == PtraceEvent.Kind.FORK
                || e.kind() == PtraceEvent.Kind.CLONE));
        assertEquals(1, r.of(TaskExit.class).size());
    }

    @Test
    void followsAThread() throws Exception {
        Recording r = Recordings.launch(true, Recordings.nothing(), "rec_thread");
        int main = r.stops().get(0).tid();
        PtraceEvent clone = r.of(PtraceEvent.class).stream().filter(e -> e.kind() == PtraceEvent.Kind.CLONE)
                .findFirst().orElseThrow();
        int thread = (int) clone.message();
        assertEquals(Set.of(main, thread), r.of(TaskExit.class).stream().map(TaskExit::tid).collect(Collectors.toSet()));
        int getppid = SYSCALLS.number(Arch.X86_64, "getppid");
        assertTrue(r.ofTid(thread).stream().anyMatch(s -> s instanceof SyscallExit x && x.nr() == getppid
                && x.rval() == ProcessHandle.current().pid()), "the thread's getppid returned the recorder's pid");
    }

    @Test
    void anExecByANonLeaderThreadContinuesUnderTheLeadersTid() throws Exception {
        String program = TestPrograms.path("exit_status").toString();
        Recording r = Recordings.launch(true, new TestPlanner(), "rec_thread_exec", program, "4");
        int main = r.stops().get(0).tid();
        assertEquals(4, r.result().exitStatus());
        PtraceEvent exec = r.of(PtraceEvent.class).stream().filter(e -> e.kind() == PtraceEvent.Kind.EXEC)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(main, exec.tid());
        int thread = (int) exec.message();
        assertTrue(thread != main, "the exec came from the other thread");
        SyscallEntry entry = r.ofTid(thread).stream().filter(s -> s instanceof SyscallEntry e && e.nr() == EXECVE)
                .map(SyscallEntry.class::cast).findFirst().orElseThrow();
        assertEquals(program, text(entry.captures().get(0)));
        List<Stop> after = r.stops().subList(r.stops().indexOf(exec) + 1, r.stops().size());
        SyscallExit exit = assertInstanceOf(SyscallExit.class, after.stream().filter(s -> s.tid() == main)
                .findFirst().orElseThrow());
        assertEquals(EXECVE, exit.nr(), "the pending execve moved to the leader's tid");
        assertEquals(0, exit.rval());
        assertTrue(after.stream().noneMatch(s -> s.tid() == thread), "nothing under the former tid after the exec");
    }

    @Test
    void recordsASignalDeliveryWithItsSiginfo() throws Exception {
        Recording r = Recordings.launch(false, Recordings.nothing(), "rec_sigusr1");
        assertEquals(0, r.result().exitStatus(), "the handler ran: the signal was passed on");
        SignalStop s = r.of(SignalStop.class).get(0);
        assertEquals(10, s.signo());
        assertEquals(10, s.siginfoBuffer().getInt(0), "si_signo");
        assertEquals(-6, s.siginfoBuffer().getInt(8), "si_code SI_TKILL (raise)");
        assertEquals(s.tid(), s.siginfoBuffer().getInt(16), "si_pid");
    }

    @Test
    void recordsAGroupStop() throws Exception {
        // SIGCONT is sent only once the group-stop is recorded: a SIGCONT generated while SIGSTOP
        // is still pending would discard it, and there would be no group-stop at all.
        ListSink sink = new ListSink() {
            @Override
            public synchronized void accept(Stop stop) {
                super.accept(stop);
                if (stop instanceof GroupStop) {
                    Native.LIBC.kill(stop.tid(), 18);
                }
            }
        };
        RecordResult result = new Recorder(RecordOptions.launch(
                List.of(TestPrograms.path("rec_selfstop").toString()), false, 4096), Recordings.nothing(), sink).run();
        Recording r = new Recording(result, sink.stops(), sink.all());
        assertEquals(0, r.result().exitStatus());
        GroupStop stop = r.of(GroupStop.class).get(0);
        assertEquals(19, stop.signo());
        int main = r.stops().get(0).tid();
        assertEquals(main, stop.tid());
        assertTrue(r.of(SignalStop.class).stream().anyMatch(s -> s.signo() == 19));
        assertTrue(r.of(SignalStop.class).stream().anyMatch(s -> s.signo() == 18), "SIGCONT");
    }

    @Test
    void stopTimesAreMonotonicClockNanoseconds() throws Exception {
        long before = System.nanoTime();
        Recording r = Recordings.launch(false, Recordings.nothing(), "exit_status", "0");
        long after = System.nanoTime();
        for (int i = 0; i < r.stops().size(); i++) {
            long t = r.stops().get(i).time();
            assertTrue(before <= t && t <= after, "stop time outside the recording");
            assertTrue(i == 0 || r.stops().get(i - 1).time() <= t, "times go backwards");
        }
    }

    private static String text(Capture c) {
        return new String(c.data(), StandardCharsets.UTF_8);
    }

    private static long exitTime(List<TaskExit> exits, int tid) {
        return exits.stream().filter(e -> e.tid() == tid).findFirst().orElseThrow().time();
    }
}
