package dev.jtrace.record;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.CapturePlanner;
import dev.jtrace.format.syscalls.RemoteMemory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * A test planner (x86_64 only): at openat's entry the path argument 1 points to; at execve's entry
 * the file name (argument 0) and argv[0] (path "[0]" of argument 1).
 */
final class TestPlanner implements CapturePlanner {
    static final int OPENAT = 257;
    static final int EXECVE = 59;
    private static final int SNAP = 4096;

    @Override
    public List<Capture> atEntry(Arch arch, int nr, long[] args, RemoteMemory memory) {
        if (arch != Arch.X86_64) {
            return List.of();
        }
        if (nr == OPENAT) {
            return List.of(string(1, "", args[1], memory));
        }
        if (nr == EXECVE) {
            byte[] pointer = new byte[8];
            if (memory.read(args[1], pointer, 0, 8) != 8) {
                return List.of(string(0, "", args[0], memory));
            }
            long argv0 = ByteBuffer.wrap(pointer).order(ByteOrder.LITTLE_ENDIAN).getLong();
            return List.of(string(0, "", args[0], memory), string(1, "[0]", argv0, memory));
        }
        return List.of();
    }

    @Override
    public List<Capture> atExit(Arch arch, int nr, long[] args, long rval, boolean error, RemoteMemory memory) {
        return List.of();
    }

    private static Capture string(int arg, String path, long address, RemoteMemory memory) {
        byte[] buf = new byte[SNAP];
        int n = memory.read(address, buf, 0, buf.length);
        if (n < 0) {
            return new Capture(arg, path, address, new byte[0], -1, -n);
        }
        int len = 0;
        while (len < n && buf[len] != 0) {
            len++;
        }
        return new Capture(arg, path, address, Arrays.copyOf(buf, len), len < n ? len : -1, 0);
    }
}
