package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** prctl: the arguments after the option depend on the option. */
final class Prctl implements CustomCall {
    private static final int PR_SET_NAME = 15, PR_GET_NAME = 16, PR_SET_PDEATHSIG = 1, PR_GET_DUMPABLE = 3,
            PR_SET_DUMPABLE = 4, PR_SET_NO_NEW_PRIVS = 38, PR_GET_NO_NEW_PRIVS = 39, PR_CAPBSET_READ = 23,
            PR_GET_PDEATHSIG = 2, PR_GET_KEEPCAPS = 7, PR_SET_KEEPCAPS = 8, PR_GET_SECCOMP = 21,
            PR_CAPBSET_DROP = 24, PR_GET_SECUREBITS = 27, PR_SET_SECUREBITS = 28, PR_SET_TIMERSLACK = 29,
            PR_GET_TIMERSLACK = 30, PR_TASK_PERF_EVENTS_DISABLE = 31, PR_TASK_PERF_EVENTS_ENABLE = 32,
            PR_SET_CHILD_SUBREAPER = 36, PR_GET_CHILD_SUBREAPER = 37, PR_GET_TID_ADDRESS = 40,
            PR_GET_FP_MODE = 46, PR_CAP_AMBIENT = 47, PR_SET_MM = 35, PR_SET_SECCOMP = 22,
            PR_SET_PTRACER = 0x59616d61, PR_GET_UNALIGN = 5, PR_GET_TSC = 25, PR_MCE_KILL = 33,
            PR_MCE_KILL_GET = 34, PR_GET_SPECULATION_CTRL = 52, PR_SET_SPECULATION_CTRL = 53;
    private static final int PR_MCE_KILL_SET = 1, PR_SET_VMA = 0x53564d41, PR_SET_VMA_ANON_NAME = 0;
    private static final int PR_CAP_AMBIENT_IS_SET = 1, PR_CAP_AMBIENT_LOWER = 3;
    /** The int (or address) an option's second argument points to, printed once the call succeeded. */
    private static final PointerType DEATH_SIGNAL = new PointerType(PointerType.Direction.OUT,
            Pointees.fixed(4, 4, (c, r, out) -> {
                out.append('[');
                Scalars.signal(c, r.s32(0), out);
                out.append(']');
            }));
    private static final PointerType TSC_MODE = new PointerType(PointerType.Direction.OUT,
            Pointees.fixed(4, 4, (c, r, out) -> out.append('[').append(c.constant("tsc", r.u32(0))).append(']')));
    private static final PointerType INT_RESULT = new PointerType(PointerType.Direction.OUT,
            Pointees.value(4, 4, true));
    private static final PointerType ADDRESS_RESULT = new PointerType(PointerType.Direction.OUT,
            Pointees.fixed(8, 4, (c, r, out) -> out.append('[')
                    .append(CallView.pointer(c.wordSize() == 8 ? r.s64(0) : r.u32(0))).append(']')));

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        int option = c.intArg(0);
        p.add(entry(c.constant("prctl", option & 0xffffffffL)));
        switch (option) {
            case PR_SET_NAME -> p.add(entry(text(Strings.string(false), c, 1)));
            case PR_GET_NAME -> p.add(new Printed(threadName(c), true));
            case PR_SET_PDEATHSIG -> p.add(entry(text(Scalars.SIGNO, c, 1)));
            case PR_SET_DUMPABLE -> p.add(entry(c.constant("suid_dump", c.arg(1))));
            case PR_CAPBSET_READ, PR_CAPBSET_DROP -> p.add(entry(c.constant("cap", c.arg(1))));
            case PR_SET_SECUREBITS -> p.add(entry(c.constant("securebits", c.arg(1))));
            case PR_SET_KEEPCAPS, PR_SET_TIMERSLACK, PR_SET_CHILD_SUBREAPER ->
                p.add(entry(Long.toUnsignedString(c.arg(1))));
            case PR_CAP_AMBIENT -> {
                long sub = c.arg(1);
                p.add(entry(c.constant("cap_ambient", sub)));
                boolean onCap = sub >= PR_CAP_AMBIENT_IS_SET && sub <= PR_CAP_AMBIENT_LOWER;
                p.add(entry(onCap ? c.constant("cap", c.arg(2)) : Scalars.hex(c.arg(2))));
                hexFrom(c, 3, p);
            }
            case PR_SET_MM -> {
                p.add(entry(c.constant("pr_set_mm", c.arg(1))));
                hexFrom(c, 2, p);
            }
            case PR_SET_SECCOMP -> {
                p.add(entry(c.constant("seccomp_mode", c.arg(1))));
                hexFrom(c, 2, p);
            }
            case PR_SET_PTRACER -> p.add(entry(ptracer(c)));
            case PR_MCE_KILL -> {
                p.add(entry(c.constant("mce_kill", c.arg(1))));
                p.add(entry(c.arg(1) == PR_MCE_KILL_SET ? c.constant("mce_kill_policy", c.arg(2))
                        : Scalars.hex(c.arg(2))));
                hexFrom(c, 3, p);
            }
            case PR_SET_VMA -> {
                p.add(entry(c.constant("pr_set_vma", c.arg(1))));
                if (c.arg(1) == PR_SET_VMA_ANON_NAME) {
                    p.add(entry(CallView.pointer(c.arg(2))));
                    p.add(entry(Long.toUnsignedString(c.arg(3))));
                    p.add(entry(text(Strings.string(false), c, 4)));
                } else {
                    hexFrom(c, 2, p);
                }
            }
            case PR_GET_SPECULATION_CTRL -> p.add(entry(c.constant("spec_ctrl", c.arg(1))));
            case PR_SET_SPECULATION_CTRL -> {
                p.add(entry(c.constant("spec_ctrl", c.arg(1))));
                p.add(entry(c.constant("spec_value", c.arg(2))));
            }
            // x86 has no unaligned-access control: the call always fails, and strace shows the address
            case PR_GET_UNALIGN -> p.add(entry(CallView.pointer(c.arg(1))));
            case PR_GET_PDEATHSIG, PR_GET_CHILD_SUBREAPER, PR_GET_TID_ADDRESS, PR_GET_TSC -> {
                PointerType t = resultPointer(option);
                p.add(new Printed(text(t, c, 1), true));
            }
            case PR_SET_NO_NEW_PRIVS -> {
                p.add(entry(Long.toUnsignedString(c.arg(1))));
                for (int k = 2; k < 5; k++) {
                    p.add(entry(Scalars.hex(c.arg(k))));
                }
            }
            case PR_GET_DUMPABLE, PR_GET_KEEPCAPS, PR_GET_SECCOMP, PR_GET_SECUREBITS, PR_GET_TIMERSLACK,
                    PR_TASK_PERF_EVENTS_DISABLE, PR_TASK_PERF_EVENTS_ENABLE, PR_GET_FP_MODE -> { }
            default -> {
                for (int k = 1; k < 5; k++) {
                    p.add(entry(Scalars.hex(c.arg(k))));
                }
            }
        }
        return p;
    }

    private static void hexFrom(CallView c, int first, List<Printed> p) {
        for (int k = first; k < 5; k++) {
            p.add(entry(Scalars.hex(c.arg(k))));
        }
    }

    /** The tracer's pid, or {@code PR_SET_PTRACER_ANY} for -1 (a number in every -X mode but abbrev). */
    private static String ptracer(CallView c) {
        int pid = c.intArg(1);
        if (pid != -1) {
            return Integer.toString(pid);
        }
        return switch (c.options().constants()) {
            case RAW -> "-1";
            case VERBOSE -> "-1 /* PR_SET_PTRACER_ANY */";
            default -> "PR_SET_PTRACER_ANY";
        };
    }

    private static PointerType resultPointer(int option) {
        return switch (option) {
            case PR_GET_PDEATHSIG -> DEATH_SIGNAL;
            case PR_GET_TID_ADDRESS -> ADDRESS_RESULT;
            case PR_GET_CHILD_SUBREAPER -> INT_RESULT;
            case PR_GET_TSC -> TSC_MODE;
            default -> null;
        };
    }

    @Override
    public String resultSuffix(CallView c) {
        String set = switch (c.intArg(0)) {
            case PR_GET_DUMPABLE -> "suid_dump";
            case PR_MCE_KILL_GET -> "mce_kill_policy";
            case PR_GET_SPECULATION_CTRL -> "spec_status";
            default -> null;
        };
        // strace names the speculation state only when it names constants; the others always
        boolean named = set != null && !(set.equals("spec_status")
                && c.options().constants() == dev.jtrace.format.decode.DecodeOptions.Constants.RAW);
        if (!named || !c.succeeded()) {
            return "";
        }
        String name = c.constants(set).symbolic(c.rval());
        return name == null ? "" : " (" + name + ")";
    }

    @Override
    public String result(CallView c) {
        return c.intArg(0) == PR_GET_SPECULATION_CTRL && c.succeeded() ? Scalars.hex(c.rval()) : null;
    }

    private static String threadName(CallView c) {
        var cap = c.exitCapture(1, "");
        if (!c.succeeded() || cap == null || !cap.readable()) {
            return CallView.pointer(c.arg(1));
        }
        byte[] d = cap.data();
        int n = 0;
        while (n < d.length && d[n] != 0) {
            n++;
        }
        StringBuilder b = new StringBuilder();
        Strings.quoted(c, new dev.jtrace.format.Capture(1, "", cap.address(), java.util.Arrays.copyOf(d, n), n, 0),
                n, true, false, c.options().stringLimit(), b);
        return b.toString();
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        if ((int) s.arg(0) == PR_SET_NAME && s.arg(1) != 0) {
            s.string(1, "", s.arg(1), s.snap());
        }
        if ((int) s.arg(0) == PR_SET_VMA && s.arg(1) == PR_SET_VMA_ANON_NAME && s.arg(4) != 0) {
            s.string(4, "", s.arg(4), s.snap());
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        if ((int) s.arg(0) == PR_GET_NAME && s.arg(1) != 0 && !s.failed()) {
            s.bytes(1, "", s.arg(1), 16);
        }
        PointerType t = resultPointer((int) s.arg(0));
        if (t != null) {
            t.captureAtExit(s, 1);
        }
    }
}
