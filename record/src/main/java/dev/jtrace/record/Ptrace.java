package dev.jtrace.record;

import jnr.ffi.Pointer;

/** ptrace(2) requests, options and events (linux/ptrace.h), and the calls the tracer makes. */
final class Ptrace {
    static final int GETREGS = 12;
    static final int SYSCALL = 24;
    static final int DETACH = 17;
    static final int SETOPTIONS = 0x4200;
    static final int GETEVENTMSG = 0x4201;
    static final int GETSIGINFO = 0x4202;
    static final int SEIZE = 0x4206;
    static final int INTERRUPT = 0x4207;
    static final int LISTEN = 0x4208;
    static final int GET_SYSCALL_INFO = 0x420e;

    static final int O_TRACESYSGOOD = 0x1;
    static final int O_TRACEFORK = 0x2;
    static final int O_TRACEVFORK = 0x4;
    static final int O_TRACECLONE = 0x8;
    static final int O_TRACEEXEC = 0x10;
    static final int O_EXITKILL = 0x100000;

    static final int EVENT_FORK = 1;
    static final int EVENT_VFORK = 2;
    static final int EVENT_CLONE = 3;
    static final int EVENT_EXEC = 4;
    static final int EVENT_STOP = 128;

    private static final LibC C = Native.LIBC;

    private Ptrace() {
    }

    /**
     * The options for a tracee: syscall stops marked with 0x80, exec events (a non-leader exec changes
     * the tid), fork/vfork/clone events when following children, and kill-on-tracer-exit for a
     * command the recorder launched itself (never for an attached process).
     */
    static int options(boolean followForks, boolean launched) {
        int o = O_TRACESYSGOOD | O_TRACEEXEC;
        if (followForks) {
            o |= O_TRACEFORK | O_TRACEVFORK | O_TRACECLONE;
        }
        if (launched) {
            o |= O_EXITKILL;
        }
        return o;
    }

    /** PTRACE_SEIZE; 0 or errno. */
    static int seize(int tid, int options) {
        return C.ptrace(SEIZE, tid, 0L, (long) options) == -1 ? Native.errno() : 0;
    }

    /** Resumes to the next syscall stop, delivering {@code signal} (0 for none); 0 or errno. */
    static int resume(int tid, int signal) {
        return C.ptrace(SYSCALL, tid, 0L, (long) signal) == -1 ? Native.errno() : 0;
    }

    /** Lets a group-stopped tracee stay stopped while still reporting events; 0 or errno. */
    static int listen(int tid) {
        return C.ptrace(LISTEN, tid, 0L, 0L) == -1 ? Native.errno() : 0;
    }

    /** PTRACE_INTERRUPT; 0 or errno. */
    static int interrupt(int tid) {
        return C.ptrace(INTERRUPT, tid, 0L, 0L) == -1 ? Native.errno() : 0;
    }

    /** Detaches, delivering {@code signal} (0 for none); 0 or errno. */
    static int detach(int tid, int signal) {
        return C.ptrace(DETACH, tid, 0L, (long) signal) == -1 ? Native.errno() : 0;
    }

    /** PTRACE_GET_SYSCALL_INFO into {@code info}: the number of bytes the kernel filled, or -errno. */
    static int syscallInfo(int tid, Pointer info, int size) {
        long n = C.ptrace(GET_SYSCALL_INFO, tid, size, info);
        return n == -1 ? -Native.errno() : (int) n;
    }

    /** PTRACE_GETSIGINFO into {@code siginfo} (128 bytes); 0 or errno. */
    static int siginfo(int tid, Pointer siginfo) {
        return C.ptrace(GETSIGINFO, tid, 0L, siginfo) == -1 ? Native.errno() : 0;
    }

    /** PTRACE_GETEVENTMSG into {@code message} (8 bytes); 0 or errno. */
    static int eventMessage(int tid, Pointer message) {
        return C.ptrace(GETEVENTMSG, tid, 0L, message) == -1 ? Native.errno() : 0;
    }

    /** PTRACE_GETREGS into {@code regs} (struct user_regs_struct, 216 bytes); 0 or errno. */
    static int registers(int tid, Pointer regs) {
        return C.ptrace(GETREGS, tid, 0L, regs) == -1 ? Native.errno() : 0;
    }
}
