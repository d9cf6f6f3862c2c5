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
import dev.jtrace.format.avro.EventKind;
import dev.jtrace.format.avro.Exit;
import dev.jtrace.format.avro.Group;
import dev.jtrace.format.avro.OpenFd;
import dev.jtrace.format.avro.Seen;
import dev.jtrace.format.avro.Signal;
import dev.jtrace.format.avro.StopRecord;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns stops into Avro records for writing. One instance per writer: it fills and returns the same record
 * objects on every call, so a record is only valid until the next call.
 */
public final class StopToRecord {
    /** Stored when the CPU time was not recorded ({@code cpuNs == -1}). */
    private static final long CPU_NOT_RECORDED = -1;

    private final long startMonotonicNs;
    private final StopRecord record = new StopRecord();
    private final Entry entry = new Entry();
    private final Exit exit = new Exit();
    private final Signal signal = new Signal();
    private final Group group = new Group();
    private final Event event = new Event();
    private final End end = new End();
    private final Seen seen = new Seen();
    private final List<Long> args = new ArrayList<>(6);
    private final List<dev.jtrace.format.avro.Capture> entryCaptures = new ArrayList<>();
    private final List<dev.jtrace.format.avro.Capture> exitCaptures = new ArrayList<>();

    /** @param startMonotonicNs the recording's start; record times are stored relative to it */
    public StopToRecord(long startMonotonicNs) {
        this.startMonotonicNs = startMonotonicNs;
        entry.setArgs(args);
        entry.setCaptures(entryCaptures);
        exit.setCaptures(exitCaptures);
    }

    public StopRecord toRecord(Stop stop) {
        record.setTid(stop.tid());
        record.setTime(stop.time() - startMonotonicNs);
        record.setStop(details(stop));
        return record;
    }

    private Object details(Stop stop) {
        if (stop instanceof SyscallEntry e) {
            entry.setAbi(abi(e.arch()));
            entry.setNr(e.nr());
            args.clear();
            for (int i = 0; i < 6; i++) {
                args.add(e.arg(i));
            }
            entry.setIp(e.ip());
            entry.setSp(e.sp());
            fill(entryCaptures, e.captures());
            entry.setCpuNs(cpu(e.cpuNs()));
            return entry;
        } else if (stop instanceof SyscallExit x) {
            exit.setAbi(abi(x.arch()));
            exit.setNr(x.nr());
            exit.setRval(x.rval());
            exit.setError(x.error());
            fill(exitCaptures, x.captures());
            exit.setCpuNs(cpu(x.cpuNs()));
            exit.setFds(openFds(x.fds()));
            return exit;
        } else if (stop instanceof SignalStop s) {
            signal.setSigno(s.signo());
            signal.setSiginfo(ByteBuffer.wrap(s.siginfo()));
            return signal;
        } else if (stop instanceof GroupStop g) {
            group.setSigno(g.signo());
            return group;
        } else if (stop instanceof PtraceEvent p) {
            event.setKind(EventKind.valueOf(p.kind().name()));
            event.setMsg(p.message());
            return event;
        } else if (stop instanceof TaskExit t) {
            end.setKilled(t.killed());
            end.setStatus(t.status());
            end.setCore(t.coreDumped());
            return end;
        } else if (stop instanceof TaskSeen t) {
            return seen(t);
        }
        throw new IllegalArgumentException("unknown stop type " + stop.getClass().getName());
    }

    private Seen seen(TaskSeen t) {
        seen.setTgid(t.tgid());
        seen.setPpid(t.ppid());
        seen.setNsPids(t.nsPids());
        seen.setNsTgids(t.nsTgids());
        seen.setPidNs(t.pidNs());
        seen.setCwd(t.cwd().orElse(null));
        seen.setFds(openFds(t.fds()));
        return seen;
    }

    private static List<OpenFd> openFds(List<dev.jtrace.format.OpenFd> fds) {
        if (fds.isEmpty()) {
            return List.of();
        }
        List<OpenFd> records = new ArrayList<>(fds.size());
        for (dev.jtrace.format.OpenFd fd : fds) {
            records.add(new OpenFd(fd.fd(), fd.target()));
        }
        return records;
    }

    private static void fill(List<dev.jtrace.format.avro.Capture> records, List<Capture> captures) {
        records.clear();
        for (Capture c : captures) {
            records.add(new dev.jtrace.format.avro.Capture(c.arg(), c.path(), c.address(), ByteBuffer.wrap(c.data()),
                    c.length(), c.errno()));
        }
    }

    private static Long cpu(long cpuNs) {
        return cpuNs == CPU_NOT_RECORDED ? null : cpuNs;
    }

    static Abi abi(Arch arch) {
        return switch (arch) {
            case X86_64 -> Abi.X86_64;
            case I386 -> Abi.I386;
        };
    }
}
