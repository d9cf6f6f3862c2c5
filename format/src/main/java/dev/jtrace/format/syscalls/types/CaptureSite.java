package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.Description;
import dev.jtrace.format.syscalls.RemoteMemory;
import java.util.Arrays;
import java.util.List;

/** A syscall stop seen by the capture planner: the arguments, the tracee memory and where captures go. */
public final class CaptureSite {
    /** Paths are printed in full by strace; read up to PATH_MAX. */
    public static final int PATH_MAX = 4096;
    private static final int EFAULT = 14;

    private final Arch arch;
    private final long[] args;
    private final long sp;
    private final long register;
    private final Description description;
    private final RemoteMemory memory;
    private final int snap;
    private final long rval;
    private final boolean error;
    private final List<Capture> sink;

    public CaptureSite(Arch arch, long[] args, long sp, Description description, RemoteMemory memory, int snap,
                       long rval, boolean error, List<Capture> sink) {
        this.arch = arch;
        this.args = CallView.normalize(arch, args);
        this.sp = arch == Arch.I386 ? sp & 0xffffffffL : sp;
        this.register = sp;
        this.description = description;
        this.memory = memory;
        this.snap = snap;
        this.rval = rval;
        this.error = error;
        this.sink = sink;
    }

    /** This stop seen as another call's: other argument values and description, the same memory and captures. */
    public CaptureSite withArguments(long[] otherArgs, Description other) {
        return new CaptureSite(arch, otherArgs, sp, other, memory, snap, rval, error, sink);
    }

    /** Reads {@code length} bytes of tracee memory without capturing them; null when unreadable. */
    public byte[] read(long address, int length) {
        byte[] buf = new byte[length];
        return memory.read(address, buf, 0, length) == length ? buf : null;
    }

    public Arch arch() {
        return arch;
    }

    public long arg(int i) {
        return args[i];
    }

    /** The value of the argument named {@code name} (a length argument). */
    public long arg(String name) {
        int i = description.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(description.name() + " has no argument " + name);
        }
        return args[i];
    }

    /** The stack pointer at entry, or 0 when the recorder did not give it. */
    /**
     * The whole stack pointer register: above 4 GiB when a 64-bit program calls the i386 ABI through int $0x80,
     * where a 32-bit stack pointer ({@link #sp}) cannot point.
     */
    public long spRegister() {
        return register;
    }

    public long sp() {
        return sp;
    }

    public Description description() {
        return description;
    }

    public int snap() {
        return snap;
    }

    public long rval() {
        return rval;
    }

    public boolean failed() {
        return error;
    }

    /** The length a {@code [len]} names: {@code ret} for the return value, a number, or another argument. */
    public long length(String len) {
        if (!len.isEmpty() && Character.isDigit(len.charAt(0))) {
            return Long.parseLong(len);
        }
        return "ret".equals(len) ? rval : arg(len);
    }

    /** Captures a NUL-terminated string of at most {@code max} bytes (length -1 when no NUL was found). */
    public Capture string(int arg, String path, long address, int max) {
        byte[] buf = new byte[max + 1];
        int got = memory.read(address, buf, 0, buf.length);
        Capture c;
        if (got < 0) {
            c = new Capture(arg, path, address, new byte[0], -1, -got);
        } else {
            int nul = -1;
            for (int i = 0; i < got; i++) {
                if (buf[i] == 0) {
                    nul = i;
                    break;
                }
            }
            if (nul >= 0) {
                c = new Capture(arg, path, address, Arrays.copyOf(buf, nul), nul, 0);
            } else if (got < buf.length) {
                // ran into unmapped memory before a NUL: what was read is all there is
                c = new Capture(arg, path, address, Arrays.copyOf(buf, Math.min(got, max)), -1,
                        got == 0 ? EFAULT : 0);
            } else {
                c = new Capture(arg, path, address, Arrays.copyOf(buf, max), -1, 0);
            }
        }
        sink.add(c);
        return c;
    }

    /** Captures {@code length} bytes (at most {@code limit}) at {@code address}. */
    public Capture bytes(int arg, String path, long address, long length, long limit) {
        int want = (int) Math.max(0, Math.min(length, limit));
        byte[] buf = new byte[want];
        int got = want == 0 ? 0 : memory.read(address, buf, 0, want);
        Capture c = got < 0
                ? new Capture(arg, path, address, new byte[0], Math.max(length, 0), -got)
                : new Capture(arg, path, address, got == want ? buf : Arrays.copyOf(buf, got),
                        Math.max(length, 0), got < want && got == 0 ? EFAULT : 0);
        sink.add(c);
        return c;
    }

    /** Captures {@code length} bytes cut at the snap length. */
    public Capture bytes(int arg, String path, long address, long length) {
        return bytes(arg, path, address, length, snap);
    }
}
