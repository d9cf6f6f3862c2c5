package dev.jtrace.record.inject;

import dev.jtrace.record.LibC;
import jnr.ffi.Pointer;

/**
 * A host process whose only job is to make the system calls it is told to: a shell spawned stopped,
 * seized with ptrace and held at a syscall-entry stop. {@link #syscall} sets the registers of that stop
 * to the wanted call, lets the kernel run it, reads the result at the exit stop, and rewinds the
 * instruction pointer onto the {@code syscall} instruction so that the next call enters again: the host's
 * own code never runs after the first stop. Its memory is written and read with process_vm_writev/readv.
 *
 * <p>Not thread-safe, and ptrace insists that every method is called from the thread that called
 * {@link #start()}. The host is killed by {@link #close()}, and by the kernel if the JVM dies.
 */
public final class SyscallHost implements AutoCloseable {
    private static final String SHELL = "/bin/sh";
    private static final int PTRACE_SYSCALL = 24;
    private static final int PTRACE_GETREGS = 12;
    private static final int PTRACE_SETREGS = 13;
    private static final int PTRACE_SEIZE = 0x4206;
    private static final int PTRACE_LISTEN = 0x4208;
    private static final int PTRACE_GET_SYSCALL_INFO = 0x420e;
    private static final int O_TRACESYSGOOD = 0x1;
    private static final int O_EXITKILL = 0x100000;
    private static final int EVENT_STOP = 128;
    private static final int WALL = 0x40000000;
    private static final int WNOTHREAD = 0x20000000;
    private static final int SIGKILL = 9;
    private static final int SIGCONT = 18;
    private static final int SYSCALL_INFO_ENTRY = 1;
    private static final int SYSCALL_INFO_EXIT = 2;
    private static final int EINTR = 4;
    private static final int CHUNK = 1 << 20;
    /** user_regs_struct offsets (x86_64). */
    private static final int R10 = 56;
    private static final int R9 = 64;
    private static final int R8 = 72;
    private static final int RAX = 80;
    private static final int RDX = 96;
    private static final int RSI = 104;
    private static final int RDI = 112;
    private static final int ORIG_RAX = 120;
    private static final int RIP = 128;
    private static final int[] ARG_REGS = {RDI, RSI, RDX, R10, R8, R9};

    private final LibC c = HostNative.C;
    private final int pid;
    private final Pointer regs = HostNative.allocate(27 * 8);
    private final Pointer info = HostNative.allocate(128);
    private final Pointer status = HostNative.allocate(4);
    private final Pointer buffer = HostNative.allocate(CHUNK);
    private final Pointer localIov = HostNative.allocate(16);
    private final Pointer remoteIov = HostNative.allocate(16);
    private boolean closed;

    private SyscallHost(int pid) {
        this.pid = pid;
        localIov.putLong(0, buffer.address());
    }

    /** Spawns, seizes and parks a host process at its first syscall-entry stop. */
    public static SyscallHost start() throws HostException {
        int pid = spawnStopped();
        SyscallHost host = new SyscallHost(pid);
        try {
            host.seizeAndPark();
        } catch (HostException | RuntimeException e) {
            host.close();
            throw e;
        }
        return host;
    }

    public int pid() {
        return pid;
    }

    /**
     * Makes the host call syscall {@code nr} (x86_64) with up to six arguments.
     *
     * @return the raw result: a value, or -errno (-4095..-1) for a failure
     */
    public long syscall(int nr, long... args) throws HostException {
        if (args.length > 6) {
            throw new IllegalArgumentException("a syscall takes at most 6 arguments");
        }
        getRegs();
        regs.putLong(ORIG_RAX, nr);
        regs.putLong(RAX, nr);
        for (int i = 0; i < 6; i++) {
            regs.putLong(ARG_REGS[i], i < args.length ? args[i] : 0);
        }
        setRegs();
        resumeUntil(SYSCALL_INFO_EXIT);
        getRegs();
        long result = regs.getLong(RAX);
        // Back onto the 2-byte syscall instruction, with a number in rax, so that it enters again.
        regs.putLong(RIP, regs.getLong(RIP) - 2);
        regs.putLong(RAX, regs.getLong(ORIG_RAX));
        setRegs();
        resumeUntil(SYSCALL_INFO_ENTRY);
        return result;
    }

    /** Writes {@code data} to the host's memory at {@code address}. */
    public void write(long address, byte[] data) throws HostException {
        int done = 0;
        while (done < data.length) {
            int n = Math.min(CHUNK, data.length - done);
            buffer.put(0, data, done, n);
            long got = transfer(true, address + done, n);
            if (got != n) {
                throw new HostException("process_vm_writev(" + pid + ", 0x" + Long.toHexString(address + done)
                        + "): " + (got < 0 ? c.strerror((int) -got) : "short write"));
            }
            done += n;
        }
    }

    /** Reads {@code length} bytes of the host's memory at {@code address}. */
    public byte[] read(long address, int length) throws HostException {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            int n = Math.min(CHUNK, length - done);
            long got = transfer(false, address + done, n);
            if (got != n) {
                throw new HostException("process_vm_readv(" + pid + ", 0x" + Long.toHexString(address + done)
                        + "): " + (got < 0 ? c.strerror((int) -got) : "short read"));
            }
            buffer.get(0, out, done, n);
            done += n;
        }
        return out;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            c.kill(pid, SIGKILL);
            while (c.waitpid(pid, status, WALL | WNOTHREAD) < 0 && HostNative.errno() == EINTR) {
                // retry
            }
        }
    }

    private long transfer(boolean write, long address, int n) {
        localIov.putLong(8, n);
        remoteIov.putLong(0, address);
        remoteIov.putLong(8, n);
        long r = write ? c.process_vm_writev(pid, localIov, 1, remoteIov, 1, 0)
                : c.process_vm_readv(pid, localIov, 1, remoteIov, 1, 0);
        return r < 0 ? -HostNative.errno() : r;
    }

    private void seizeAndPark() throws HostException {
        if (c.ptrace(PTRACE_SEIZE, pid, 0, O_TRACESYSGOOD | O_EXITKILL) < 0) {
            throw new HostException("ptrace(PTRACE_SEIZE, " + pid + "): " + c.strerror(HostNative.errno()));
        }
        c.kill(pid, SIGCONT);
        waitAndResumeUntil(SYSCALL_INFO_ENTRY, false);
    }

    private void resumeUntil(int op) throws HostException {
        waitAndResumeUntil(op, true);
    }

    /** Resumes (if asked) and keeps resuming past other stops until a syscall stop of kind {@code op}. */
    private void waitAndResumeUntil(int op, boolean resumeFirst) throws HostException {
        if (resumeFirst) {
            resume();
        }
        while (true) {
            int r = c.waitpid(pid, status, WALL | WNOTHREAD);
            if (r < 0) {
                if (HostNative.errno() == EINTR) {
                    continue;
                }
                throw new HostException("waitpid(" + pid + "): " + c.strerror(HostNative.errno()));
            }
            int s = status.getInt(0);
            if ((s & 0xff) != 0x7f) {
                throw new HostException("the syscall host " + pid + " ended (wait status 0x" + Integer.toHexString(s) + ")");
            }
            int sig = (s >> 8) & 0xff;
            int event = (s >> 16) & 0xffff;
            if (sig == (5 | 0x80)) {
                c.ptrace(PTRACE_GET_SYSCALL_INFO, pid, 128, info);
                if ((info.getByte(0) & 0xff) == op) {
                    return;
                }
                resume();
            } else if (event == EVENT_STOP && (sig == 19 || sig == 20 || sig == 21 || sig == 22)) {
                c.ptrace(PTRACE_LISTEN, pid, 0, 0L);
            } else {
                resume();   // a re-trap or a signal: the host never handles signals
            }
        }
    }

    private void resume() throws HostException {
        if (c.ptrace(PTRACE_SYSCALL, pid, 0, 0L) < 0) {
            throw new HostException("ptrace(PTRACE_SYSCALL, " + pid + "): " + c.strerror(HostNative.errno()));
        }
    }

    private void getRegs() throws HostException {
        if (c.ptrace(PTRACE_GETREGS, pid, 0, regs) < 0) {
            throw new HostException("ptrace(PTRACE_GETREGS, " + pid + "): " + c.strerror(HostNative.errno()));
        }
    }

    private void setRegs() throws HostException {
        if (c.ptrace(PTRACE_SETREGS, pid, 0, regs) < 0) {
            throw new HostException("ptrace(PTRACE_SETREGS, " + pid + "): " + c.strerror(HostNative.errno()));
        }
    }

    private static int spawnStopped() throws HostException {
        LibC c = HostNative.C;
        Pointer attr = HostNative.allocate(512);
        Pointer actions = HostNative.allocate(256);
        Pointer emptySet = HostNative.allocate(128);
        Pointer fullSet = HostNative.allocate(128);
        Pointer pidOut = HostNative.allocate(8);
        String[] argv = {SHELL, "-c", "kill -STOP $$; exec sleep 2147483647"};
        Pointer[] strings = new Pointer[argv.length];
        Pointer argvArray = HostNative.allocate(8 * (argv.length + 1));
        for (int i = 0; i < argv.length; i++) {
            byte[] b = (argv[i] + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            strings[i] = HostNative.allocate(b.length);
            strings[i].put(0, b, 0, b.length);
            argvArray.putLong(8L * i, strings[i].address());
        }
        c.sigemptyset(emptySet);
        c.sigfillset(fullSet);
        c.posix_spawnattr_init(attr);
        c.posix_spawn_file_actions_init(actions);
        try {
            check(c.posix_spawnattr_setflags(attr, (short) 0x0c));  // SETSIGDEF | SETSIGMASK
            check(c.posix_spawnattr_setsigmask(attr, emptySet));
            check(c.posix_spawnattr_setsigdefault(attr, fullSet));
            // The host holds no fd of the JVM: its stdin, stdout and stderr are /dev/null.
            for (int fd = 0; fd < 3; fd++) {
                check(c.posix_spawn_file_actions_addopen(actions, fd, "/dev/null", 2, 0));
            }
            check(c.posix_spawn_file_actions_addclosefrom_np(actions, 3));
            check(c.posix_spawn(pidOut, SHELL, actions, attr, argvArray, c.environ().get()));
        } finally {
            c.posix_spawn_file_actions_destroy(actions);
            c.posix_spawnattr_destroy(attr);
        }
        int pid = pidOut.getInt(0);
        Pointer status = HostNative.allocate(4);
        while (true) {
            int r = c.waitpid(pid, status, 2 | WNOTHREAD);   // WUNTRACED
            if (r == pid) {
                break;
            }
            if (r < 0 && HostNative.errno() != EINTR) {
                throw new HostException("waitpid(" + pid + "): " + c.strerror(HostNative.errno()));
            }
        }
        if ((status.getInt(0) & 0xff) != 0x7f) {
            throw new HostException(SHELL + " exited before it could host syscalls");
        }
        return pid;
    }

    private static void check(int error) throws HostException {
        if (error != 0) {
            throw new HostException("posix_spawn " + SHELL + ": " + HostNative.C.strerror(error));
        }
    }
}
