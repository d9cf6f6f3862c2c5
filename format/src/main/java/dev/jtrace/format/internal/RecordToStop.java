package dev.jtrace.format.internal;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.GroupStop;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TaskSeen;
import dev.jtrace.format.avro.Abi;
import dev.jtrace.format.avro.End;
import dev.jtrace.format.avro.Entry;
import dev.jtrace.format.avro.Event;
import dev.jtrace.format.avro.Exit;
import dev.jtrace.format.avro.Group;
import dev.jtrace.format.avro.OpenFd;
import dev.jtrace.format.avro.Seen;
import dev.jtrace.format.avro.Signal;
import dev.jtrace.format.avro.StopRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns Avro records read from a trace back into stops (copying everything out of the reused records). */
public final class RecordToStop {
    private final long startMonotonicNs;

    /** @param startMonotonicNs the recording's start, added back to the stored relative times */
    public RecordToStop(long startMonotonicNs) {
        this.startMonotonicNs = startMonotonicNs;
    }

    /** @throws IOException when the record holds values no recorder writes (an args array not of 6) */
    public Stop toStop(StopRecord record) throws IOException {
        int tid = record.getTid();
        long time = record.getTime() + startMonotonicNs;
        Object details = record.getStop();
        if (details instanceof Entry e) {
            List<Long> args = e.getArgs();
            if (args.size() != 6) {
                throw new IOException("a syscall entry with " + args.size() + " arguments instead of 6");
            }
            long[] values = new long[6];
            for (int i = 0; i < 6; i++) {
                values[i] = args.get(i);
            }
            return new SyscallEntry(tid, time, arch(e.getAbi()), e.getNr(), values, e.getIp(), e.getSp(),
                    captures(e.getCaptures()), cpu(e.getCpuNs()));
        } else if (details instanceof Exit x) {
            return new SyscallExit(tid, time, arch(x.getAbi()), x.getNr(), x.getRval(), x.getError(),
                    captures(x.getCaptures()), cpu(x.getCpuNs()), openFds(x.getFds()));
        } else if (details instanceof Signal s) {
            return new SignalStop(tid, time, s.getSigno(), bytes(s.getSiginfo()));
        } else if (details instanceof Group g) {
            return new GroupStop(tid, time, g.getSigno());
        } else if (details instanceof Event v) {
            return new PtraceEvent(tid, time, PtraceEvent.Kind.valueOf(v.getKind().name()), v.getMsg());
        } else if (details instanceof End d) {
            return new TaskExit(tid, time, d.getKilled(), d.getStatus(), d.getCore());
        } else if (details instanceof Seen n) {
            return seen(tid, time, n);
        }
        throw new IOException("a stop of unknown kind " + (details == null ? "null" : details.getClass().getName()));
    }

    private static TaskSeen seen(int tid, long time, Seen n) {
        return new TaskSeen(tid, time, n.getTgid(), n.getPpid(), n.getNsPids(), n.getNsTgids(), n.getPidNs(),
                Optional.ofNullable(n.getCwd()), openFds(n.getFds()));
    }

    private static List<dev.jtrace.format.OpenFd> openFds(List<OpenFd> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<dev.jtrace.format.OpenFd> fds = new ArrayList<>(records.size());
        for (OpenFd fd : records) {
            fds.add(new dev.jtrace.format.OpenFd(fd.getFd(), fd.getTarget(), fd.getDetail()));
        }
        return fds;
    }

    private static List<Capture> captures(List<dev.jtrace.format.avro.Capture> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Capture> captures = new ArrayList<>(records.size());
        for (dev.jtrace.format.avro.Capture c : records) {
            captures.add(new Capture(c.getArg(), c.getPath(), c.getAddr(), bytes(c.getData()), c.getLen(),
                    c.getErrno()));
        }
        return captures;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static long cpu(Long cpuNs) {
        return cpuNs == null ? -1 : cpuNs;
    }

    private static Arch arch(Abi abi) {
        return switch (abi) {
            case X86_64 -> Arch.X86_64;
            case I386 -> Arch.I386;
        };
    }
}
