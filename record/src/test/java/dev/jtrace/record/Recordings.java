package dev.jtrace.record;

import dev.jtrace.format.Stop;
import dev.jtrace.format.syscalls.CapturePlanner;
import dev.jtrace.testdata.TestPrograms;
import java.util.ArrayList;
import java.util.List;

/** Runs the recorder on the test programs. */
final class Recordings {
    static {
        System.setProperty("jnr.ffi.x86asm.enabled", "false");
    }

    /** What one recording produced: {@code stops} are the ptrace stops, {@code all} has the TaskSeen records too. */
    record Recording(RecordResult result, List<Stop> stops, List<Stop> all) {
        <T extends Stop> List<T> of(Class<T> type) {
            return stops.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<Stop> ofTid(int tid) {
            return stops.stream().filter(s -> s.tid() == tid).toList();
        }
    }

    private Recordings() {
    }

    static Recording launch(boolean follow, CapturePlanner planner, String program, String... args)
            throws RecordException {
        List<String> command = new ArrayList<>();
        command.add(TestPrograms.path(program).toString());
        command.addAll(List.of(args));
        return launch(RecordOptions.launch(command, follow, 4096), planner);
    }

    static Recording launch(RecordOptions options, CapturePlanner planner) throws RecordException {
        ListSink sink = new ListSink();
        RecordResult result = new Recorder(options, planner, sink).run();
        return new Recording(result, sink.stops(), sink.all());
    }

    static CapturePlanner nothing() {
        return dev.jtrace.format.syscalls.SyscallDescriptions.builtIn().capturePlanner(0);
    }
}
