package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.Map;

/** The custom decoders named by {@code @custom=} in syscalls.def, one class each. */
public final class CustomCalls {
    public static final Map<String, CustomCall> ALL = Map.ofEntries(
            Map.entry("fcntl", new Fcntl()), Map.entry("ioctl", new Ioctl()), Map.entry("clone", new Clone()),
            Map.entry("clone3", new Clone3()), Map.entry("futex", new Futex(false)),
            Map.entry("futex_time64", new Futex(true)), Map.entry("llseek", new Llseek()),
            Map.entry("poll", new Poll()), Map.entry("prctl", new Prctl()),
            Map.entry("rt_sigreturn", new RtSigreturn()), Map.entry("ptrace", new Ptrace()),
            Map.entry("select", new Select()), Map.entry("seccomp", new Seccomp()),
            Map.entry("fsconfig", new Fsconfig()), Map.entry("syslog", new Syslog()),
            Map.entry("recvmmsg", new Recvmmsg()), Map.entry("quotactl", new Quotactl(false)),
            Map.entry("quotactl_fd", new Quotactl(true)), Map.entry("keyctl", new Keyctl()),
            Map.entry("sigreturn", new Sigreturn()), Map.entry("socketcall", new Socketcall()),
            Map.entry("ipc", new Ipc()),
            Map.entry("old_select", new PackedArguments(new Subcall("select", Arch.I386, "_newselect", 5))),
            Map.entry("old_mmap", new PackedArguments(new Subcall("mmap", Arch.X86_64, "mmap", 6))),
            Map.entry("semctl", IpcCtl.semctl()), Map.entry("shmctl", IpcCtl.shmctl()),
            Map.entry("msgctl", IpcCtl.msgctl()), Map.entry("sched_setattr", new SchedSetattr()),
            Map.entry("io_uring_register", new IoUringRegister()));

    private CustomCalls() {
    }

    /** An argument printed at entry. */
    static Printed entry(String s) {
        return new Printed(s, false);
    }

    /** What an argument type prints for argument {@code arg}. */
    static String text(ArgType t, CallView c, int arg) {
        StringBuilder b = new StringBuilder();
        t.print(c, arg, b);
        return b.toString();
    }
}
