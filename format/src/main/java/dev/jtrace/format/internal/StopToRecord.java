package dev.jtrace.format.internal;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.GroupStop;
import dev.jtrace.format.OpenFd;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TaskSeen;
import java.util.List;

/**
 * Encodes stops as {@code StopRecord}s (format/src/main/avro/stop.avsc) in Avro's binary encoding, straight from
 * the stop objects: no Avro record objects, boxing or schema walking per stop, and no Avro schema to parse
 * before the first stop (which cost a recording about 80 ms of start-up). The field order below is the
 * schema's; {@code TraceRoundTripTest} reads every kind of stop back through Avro's decoder.
 */
public final class StopToRecord {
    /** Stored when the CPU time was not recorded ({@code cpuNs == -1}). */
    private static final long CPU_NOT_RECORDED = -1;

    // Branch indexes of the StopRecord.stop union, in schema order.
    private static final int ENTRY = 0, EXIT = 1, SIGNAL = 2, GROUP = 3, EVENT = 4, END = 5, SEEN = 6;

    private final long startMonotonicNs;

    /** @param startMonotonicNs the recording's start; record times are stored relative to it */
    public StopToRecord(long startMonotonicNs) {
        this.startMonotonicNs = startMonotonicNs;
    }

    /** Appends the record of {@code stop} to {@code out}. */
    public void encode(Stop stop, AvroBinaryBuffer out) {
        out.writeInt(stop.tid());
        out.writeLong(stop.time() - startMonotonicNs);
        if (stop instanceof SyscallEntry e) {
            out.writeInt(ENTRY);
            out.writeInt(abi(e.arch()));
            out.writeInt(e.nr());
            out.writeLong(6); // args: one block of six longs, then the end of the array
            for (int i = 0; i < 6; i++) {
                out.writeLong(e.arg(i));
            }
            out.writeLong(0);
            out.writeLong(e.ip());
            out.writeLong(e.sp());
            captures(e.captures(), out);
            cpu(e.cpuNs(), out);
        } else if (stop instanceof SyscallExit x) {
            out.writeInt(EXIT);
            out.writeInt(abi(x.arch()));
            out.writeInt(x.nr());
            out.writeLong(x.rval());
            out.writeBoolean(x.error());
            captures(x.captures(), out);
            cpu(x.cpuNs(), out);
            openFds(x.fds(), out);
        } else if (stop instanceof SignalStop s) {
            out.writeInt(SIGNAL);
            out.writeInt(s.signo());
            out.writeBytes(s.siginfo());
        } else if (stop instanceof GroupStop g) {
            out.writeInt(GROUP);
            out.writeInt(g.signo());
        } else if (stop instanceof PtraceEvent p) {
            out.writeInt(EVENT);
            out.writeInt(eventKind(p.kind()));
            out.writeLong(p.message());
        } else if (stop instanceof TaskExit t) {
            out.writeInt(END);
            out.writeBoolean(t.killed());
            out.writeInt(t.status());
            out.writeBoolean(t.coreDumped());
        } else if (stop instanceof TaskSeen t) {
            out.writeInt(SEEN);
            out.writeInt(t.tgid());
            out.writeInt(t.ppid());
            ints(t.nsPids(), out);
            ints(t.nsTgids(), out);
            out.writeLong(t.pidNs());
            if (t.cwd().isPresent()) {
                out.writeInt(1);
                out.writeString(t.cwd().get());
            } else {
                out.writeInt(0);
            }
            openFds(t.fds(), out);
        } else {
            throw new IllegalArgumentException("unknown stop type " + stop.getClass().getName());
        }
    }

    /** An array of Capture records: one block holding all of them, then the end of the array. */
    private static void captures(List<Capture> captures, AvroBinaryBuffer out) {
        if (!captures.isEmpty()) {
            out.writeLong(captures.size());
            for (Capture c : captures) {
                out.writeInt(c.arg());
                out.writeString(c.path());
                out.writeLong(c.address());
                out.writeBytes(c.data());
                out.writeLong(c.length());
                out.writeInt(c.errno());
            }
        }
        out.writeLong(0);
    }

    /** An array of ints: one block holding all of them, then the end of the array. */
    private static void ints(List<Integer> values, AvroBinaryBuffer out) {
        if (!values.isEmpty()) {
            out.writeLong(values.size());
            for (int v : values) {
                out.writeInt(v);
            }
        }
        out.writeLong(0);
    }

    /** An array of OpenFd records. */
    private static void openFds(List<OpenFd> fds, AvroBinaryBuffer out) {
        if (!fds.isEmpty()) {
            out.writeLong(fds.size());
            for (OpenFd fd : fds) {
                out.writeInt(fd.fd());
                out.writeString(fd.target());
                out.writeString(fd.detail());
            }
        }
        out.writeLong(0);
    }

    /** The union ["null", "long"]: branch 0 when not recorded. */
    private static void cpu(long cpuNs, AvroBinaryBuffer out) {
        if (cpuNs == CPU_NOT_RECORDED) {
            out.writeInt(0);
        } else {
            out.writeInt(1);
            out.writeLong(cpuNs);
        }
    }

    /** The Abi enum's symbol index. */
    static int abi(Arch arch) {
        return switch (arch) {
            case X86_64 -> 0;
            case I386 -> 1;
        };
    }

    /** The EventKind enum's symbol index (FORK, VFORK, CLONE, EXEC, VFORK_DONE, EXIT, SECCOMP, STOP). */
    static int eventKind(PtraceEvent.Kind kind) {
        return switch (kind) {
            case FORK -> 0;
            case VFORK -> 1;
            case CLONE -> 2;
            case EXEC -> 3;
            case VFORK_DONE -> 4;
            case EXIT -> 5;
            case SECCOMP -> 6;
            case STOP -> 7;
        };
    }
}
