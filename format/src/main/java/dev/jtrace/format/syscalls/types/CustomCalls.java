package dev.jtrace.format.syscalls.types;

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
            Map.entry("select", new Select()), Map.entry("syslog", new Syslog()));

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
