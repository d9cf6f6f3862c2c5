package dev.jtrace.record;

import dev.jtrace.format.Arch;
import jnr.ffi.Pointer;

/**
 * struct ptrace_syscall_info, read into one reusable native buffer: op at 0, arch at 4, ip at 8,
 * sp at 16, then entry {nr, args[6]} or exit {rval, is_error} from 24.
 */
final class SyscallInfo {
    static final int OP_NONE = 0;
    static final int OP_ENTRY = 1;
    static final int OP_EXIT = 2;
    static final int OP_SECCOMP = 3;
    private static final int SIZE = 128;

    private final Pointer buf = Native.allocate(SIZE);

    /** Fetches the info of {@code tid}'s current stop; 0 or errno. */
    int fetch(int tid) {
        int n = Ptrace.syscallInfo(tid, buf, SIZE);
        return n < 0 ? -n : 0;
    }

    int op() {
        return buf.getByte(0);
    }

    Arch arch() {
        int a = buf.getInt(4);
        return a == Arch.X86_64.auditArch() ? Arch.X86_64 : Arch.ofAuditArch(a);
    }

    long ip() {
        return buf.getLong(8);
    }

    long sp() {
        return buf.getLong(16);
    }

    /** The syscall number of an entry (or seccomp) stop. */
    int nr() {
        return (int) buf.getLong(24);
    }

    /** Copies the six argument registers of an entry (or seccomp) stop into {@code args}. */
    void args(long[] args) {
        for (int i = 0; i < 6; i++) {
            args[i] = buf.getLong(32 + 8L * i);
        }
    }

    long rval() {
        return buf.getLong(24);
    }

    boolean isError() {
        return buf.getByte(32) != 0;
    }
}
