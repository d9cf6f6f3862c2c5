package dev.jtrace.format.syscalls;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CaptureSite;
import dev.jtrace.format.syscalls.types.DescribedArguments;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Captures at each stop exactly the memory the syscall's description names (see README.md). */
final class DescribedPlanner implements CapturePlanner {
    private static final int EINPROGRESS = 115;
    private final BiFunction<Arch, Integer, DescribedSyscall> table;
    private final int snap;

    DescribedPlanner(BiFunction<Arch, Integer, DescribedSyscall> table, int snap) {
        if (snap < 0) {
            throw new IllegalArgumentException("snap length must not be negative: " + snap);
        }
        this.table = table;
        this.snap = snap;
    }

    @Override
    public List<Capture> atEntry(Arch arch, int nr, long[] args, RemoteMemory memory) {
        return atEntry(arch, nr, args, 0, memory);
    }

    @Override
    public List<Capture> atEntry(Arch arch, int nr, long[] args, long sp, RemoteMemory memory) {
        DescribedSyscall s = table.apply(arch, nr);
        if (s == null) {
            return List.of();
        }
        List<Capture> out = new ArrayList<>();
        DescribedArguments.captureAtEntry(s, new CaptureSite(arch, args, sp, s.description(), memory, snap, 0, false, out));
        return out;
    }

    @Override
    public List<Capture> atExit(Arch arch, int nr, long[] args, long rval, boolean error, RemoteMemory memory) {
        DescribedSyscall s = table.apply(arch, nr);
        if (s == null) {
            return List.of();
        }
        List<Capture> out = new ArrayList<>();
        DescribedArguments.captureAtExit(s, new CaptureSite(arch, args, 0, s.description(), memory, snap, rval, error, out));
        return out;
    }

    @Override
    public int[] createdFds(Arch arch, int nr, long rval, boolean error, List<Capture> exitCaptures) {
        DescribedSyscall s = table.apply(arch, nr);
        if (s == null || error || rval < 0) {
            return new int[0];
        }
        Description d = s.description();
        if (d.returns().equals("fd")) {
            return new int[] {(int) rval};
        }
        for (int i = 0; i < d.params().size(); i++) {
            TypeExpr type = d.params().get(i).type();
            if (type.base().equals("out") && "fdpair".equals(type.param())) {
                for (Capture c : exitCaptures) {
                    if (c.arg() == i && c.path().isEmpty() && c.readable() && c.data().length >= 8) {
                        ByteBuffer b = ByteBuffer.wrap(c.data()).order(ByteOrder.LITTLE_ENDIAN);
                        return new int[] {b.getInt(0), b.getInt(4)};
                    }
                }
            }
        }
        return new int[0];
    }

    @Override
    public int changedSocket(Arch arch, int nr, long[] args, long rval, boolean error) {
        DescribedSyscall s = table.apply(arch, nr);
        if (s == null) {
            return -1;
        }
        boolean changed = switch (s.description().name()) {
            case "bind", "listen" -> !error;
            case "connect" -> !error || rval == -EINPROGRESS; // a refused connect leaves the socket unbound
            case "sendmsg", "sendmmsg" -> true;
            case "sendto" -> args[4] != 0;
            default -> false;
        };
        return changed ? (int) args[0] : -1;
    }

    @Override
    public boolean onlyBinds(Arch arch, int nr) {
        DescribedSyscall s = table.apply(arch, nr);
        return s != null && switch (s.description().name()) {
            case "listen", "sendto", "sendmsg", "sendmmsg" -> true;
            default -> false;
        };
    }
}
