package dev.jtrace.format;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random stops covering every kind and the extremes of every field. */
final class StopArbitraries {
    private StopArbitraries() {
    }

    static Arbitrary<List<Stop>> stopLists() {
        return stops().list().ofMaxSize(60);
    }

    static Arbitrary<Stop> stops() {
        return Arbitraries.oneOf(entries(), exits(), signals(), groupStops(), events(), taskExits(), tasksSeen());
    }

    static TraceMetadata metadata(long startMonotonicNs) {
        return new TraceMetadata(TraceMetadata.CURRENT_FORMAT_VERSION, "0.1.0", "host", "6.1.0-test", "x86_64",
                List.of("/bin/true", "a b", "\"quoted\"", ""), List.of(), 1_700_000_000_123_456_789L,
                startMonotonicNs, 4242, 4026531836L, 256, true, "ab".repeat(32));
    }

    private static Arbitrary<Integer> tids() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 4_194_304), Arbitraries.integers());
    }

    private static Arbitrary<Long> times() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1L << 50), Arbitraries.longs());
    }

    private static Arbitrary<Long> cpuNs() {
        return Arbitraries.oneOf(Arbitraries.just(-1L), Arbitraries.longs().greaterOrEqual(0));
    }

    private static Arbitrary<Capture> captures() {
        Arbitrary<String> paths = Arbitraries.oneOf(Arbitraries.of("", "[0]", "[12]", "[3].iov_base"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<byte[]> data = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Combinators.combine(Arbitraries.integers().between(0, 5), paths, Arbitraries.longs(), data,
                        Arbitraries.longs().greaterOrEqual(-1), Arbitraries.of(0, 14, 1, -3))
                .as(Capture::new);
    }

    private static Arbitrary<Stop> entries() {
        return Combinators.combine(tids(), times(), Arbitraries.of(Arch.class), Arbitraries.integers(),
                        Arbitraries.longs().array(long[].class).ofSize(6), Arbitraries.longs(), Arbitraries.longs(),
                        captures().list().ofMaxSize(4))
                .flatAs((tid, time, arch, nr, args, ip, sp, captures) -> cpuNs()
                        .map(cpu -> new SyscallEntry(tid, time, arch, nr, args, ip, sp, captures, cpu)));
    }

    private static Arbitrary<Stop> exits() {
        return Combinators.combine(tids(), times(), Arbitraries.of(Arch.class), Arbitraries.integers(),
                        Arbitraries.longs(), Arbitraries.of(true, false), captures().list().ofMaxSize(3), cpuNs())
                .flatAs((tid, time, arch, nr, rval, error, captures, cpu) -> openFds().list().ofMaxSize(2)
                        .map(fds -> new SyscallExit(tid, time, arch, nr, rval, error, captures, cpu, fds)));
    }

    private static Arbitrary<OpenFd> openFds() {
        return Combinators.combine(Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.oneOf(Arbitraries.of("/dev/pts/0", "pipe:[1234]", "socket:[5678]", "/tmp/a b (deleted)"),
                        Arbitraries.strings().ofMaxLength(30)),
                Arbitraries.oneOf(Arbitraries.of("", "char 1:3", "TCP", "UNIX-STREAM:[1->2,\"/a\"]"),
                        Arbitraries.strings().ofMaxLength(30))).as(OpenFd::new);
    }

    private static Arbitrary<Stop> signals() {
        return Combinators.combine(tids(), times(), Arbitraries.integers().between(1, 64),
                        Arbitraries.bytes().array(byte[].class).ofSize(SignalStop.SIGINFO_SIZE))
                .as(SignalStop::new);
    }

    private static Arbitrary<Stop> groupStops() {
        return Combinators.combine(tids(), times(), Arbitraries.of(19, 20, 21, 22)).as(GroupStop::new);
    }

    private static Arbitrary<Stop> events() {
        return Combinators.combine(tids(), times(), Arbitraries.of(PtraceEvent.Kind.class), Arbitraries.longs())
                .as(PtraceEvent::new);
    }

    private static Arbitrary<Stop> taskExits() {
        return Combinators.combine(tids(), times(), Arbitraries.of(true, false), Arbitraries.integers(),
                        Arbitraries.of(true, false))
                .as(TaskExit::new);
    }

    private static Arbitrary<Stop> tasksSeen() {
        Arbitrary<List<Integer>> nsIds = tids().list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Optional<String>> cwds = Arbitraries.oneOf(Arbitraries.just(Optional.empty()),
                Arbitraries.strings().ofMaxLength(40).map(Optional::of));
        Arbitrary<OpenFd> fds = openFds();
        return Combinators.combine(tids(), times(), tids(), Arbitraries.integers().greaterOrEqual(0), nsIds, nsIds,
                        Arbitraries.longs().greaterOrEqual(0), cwds)
                .flatAs((tid, time, tgid, ppid, nsPids, nsTgids, pidNs, cwd) -> fds.list().ofMaxSize(6)
                        .map(list -> new TaskSeen(tid, time, tgid, ppid, nsPids, nsTgids, pidNs, cwd, list)));
    }
}
