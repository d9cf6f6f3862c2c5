package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.List;
import java.util.Map;

/**
 * i386 ipc(call, first, second, third, ptr, fifth): strace prints the System V IPC call it carries, by that call's
 * name and description, with its arguments taken from the registers the kernel takes them from
 * ({@code semget(IPC_PRIVATE, 1, IPC_CREAT|0600)}); calls it does not carry print as {@code ipc(99, 0, 0x1, ...)}.
 * The version in the call's high 16 bits is ignored, as the kernel does for these calls.
 */
final class Ipc implements CustomCall {
    private static final int FIRST = 1, SECOND = 2, THIRD = 3, PTR = 4;

    /** A carried call and, for each of its arguments, the ipc register holding it. */
    private record Carried(Subcall call, int... registers) {
    }

    private static final Map<Integer, Carried> CALLS = Map.ofEntries(
            Map.entry(1, new Carried(sub("semop", 3), FIRST, PTR, SECOND)),
            Map.entry(2, new Carried(sub("semget", 3), FIRST, SECOND, THIRD)),
            // the kernel reads semctl's fourth argument (a union semun) from the word ptr points to
            Map.entry(3, new Carried(new Subcall("semctl", Arch.I386, "semctl", 4,
                    Map.of(3, new PointerType(Direction.IN, Pointees.HEX_WORD))), FIRST, SECOND, THIRD, PTR)),
            Map.entry(11, new Carried(sub("msgsnd", 4), FIRST, PTR, SECOND, THIRD)),
            // msgrcv's ptr points to {msgp, msgtyp}: strace prints that pointer and the flags, not msgtyp
            Map.entry(12, new Carried(new Subcall("msgrcv", Arch.I386, "msgrcv", 4,
                    Map.of(3, Scalars.constant("msgflg", false))), FIRST, PTR, SECOND, THIRD)),
            Map.entry(13, new Carried(sub("msgget", 2), FIRST, SECOND)),
            Map.entry(14, new Carried(sub("msgctl", 3), FIRST, SECOND, PTR)),
            Map.entry(21, new Carried(sub("shmat", 3), FIRST, PTR, SECOND)),
            Map.entry(22, new Carried(sub("shmdt", 1), PTR)),
            Map.entry(23, new Carried(sub("shmget", 3), FIRST, SECOND, THIRD)),
            Map.entry(24, new Carried(sub("shmctl", 3), FIRST, SECOND, PTR)));

    private static Subcall sub(String name, int count) {
        return new Subcall(name, Arch.I386, name, count);
    }

    private static Carried carried(long call) {
        return CALLS.get((int) (call & 0xffff));
    }

    private static long[] registers(Carried k, long[] ipc) {
        long[] r = new long[6];
        for (int i = 0; i < k.registers().length; i++) {
            r[i] = ipc[k.registers()[i]];
        }
        return r;
    }

    private static long[] ipcArgs(CallView c) {
        long[] a = new long[6];
        for (int i = 0; i < 6; i++) {
            a[i] = c.arg(i);
        }
        return a;
    }

    private static long[] ipcArgs(CaptureSite s) {
        long[] a = new long[6];
        for (int i = 0; i < 6; i++) {
            a[i] = s.arg(i);
        }
        return a;
    }

    @Override
    public String name(CallView c) {
        Carried k = carried(c.arg(0));
        return k == null ? null : k.call().name();
    }

    @Override
    public List<Printed> arguments(CallView c) {
        Carried k = carried(c.arg(0));
        return k == null ? null : k.call().printed(c, registers(k, ipcArgs(c)));
    }

    @Override
    public String result(CallView c) {
        Carried k = carried(c.arg(0));
        return k == null ? null : k.call().result(c, registers(k, ipcArgs(c)));
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        Carried k = carried(s.arg(0));
        if (k != null) {
            k.call().captureAtEntry(s, registers(k, ipcArgs(s)));
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        Carried k = carried(s.arg(0));
        if (k != null) {
            k.call().captureAtExit(s, registers(k, ipcArgs(s)));
        }
    }
}
