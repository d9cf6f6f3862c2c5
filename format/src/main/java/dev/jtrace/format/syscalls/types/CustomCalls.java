package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The custom decoders named by {@code @custom=} in syscalls.def. */
public final class CustomCalls {
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
            F_DUPFD_CLOEXEC = 1030, F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11,
            F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_SETLEASE = 1024, F_GETLEASE = 1025, F_NOTIFY = 1026;
    private static final int FIONREAD = 0x541b, TIOCGWINSZ = 0x5413, TIOCGPGRP = 0x540f, TIOCSPGRP = 0x5410;
    private static final int PR_SET_NAME = 15, PR_GET_NAME = 16, PR_SET_PDEATHSIG = 1, PR_GET_DUMPABLE = 3,
            PR_SET_DUMPABLE = 4, PR_SET_NO_NEW_PRIVS = 38, PR_GET_NO_NEW_PRIVS = 39, PR_CAPBSET_READ = 23;

    private CustomCalls() {
    }

    public static final Map<String, CustomCall> ALL = Map.ofEntries(
            Map.entry("fcntl", new Fcntl()), Map.entry("ioctl", new Ioctl()), Map.entry("clone", new Clone()),
            Map.entry("clone3", new Clone3()), Map.entry("futex", new Futex(false)),
            Map.entry("futex_time64", new Futex(true)), Map.entry("llseek", new Llseek()),
            Map.entry("poll", new Poll()), Map.entry("prctl", new Prctl()),
            Map.entry("rt_sigreturn", new RtSigreturn()), Map.entry("ptrace", new Ptrace()), Map.entry("select", new Select()));

    static Printed entry(String s) {
        return new Printed(s, false);
    }

    static String text(ArgType t, CallView c, int arg) {
        StringBuilder b = new StringBuilder();
        t.print(c, arg, b);
        return b.toString();
    }

    private static final class Fcntl implements CustomCall {
        @Override
        public List<Printed> arguments(CallView c) {
            List<Printed> p = new ArrayList<>();
            p.add(entry(text(Scalars.FD, c, 0)));
            int cmd = c.intArg(1);
            p.add(entry(c.constant("fcntl", cmd & 0xffffffffL)));
            switch (cmd) {
                case F_SETFD -> p.add(entry(c.constant("fd", c.arg(2) & 0xffffffffL)));
                case F_SETFL -> p.add(entry(c.constant("open", c.arg(2) & 0xffffffffL)));
                case F_DUPFD, F_DUPFD_CLOEXEC, F_SETOWN, F_SETPIPE_SZ -> p.add(entry(Integer.toString(c.intArg(2))));
                case F_SETSIG -> p.add(entry(text(Scalars.SIGNO, c, 2)));
                case F_SETLEASE, F_NOTIFY -> p.add(entry(Scalars.hex(c.arg(2))));
                case F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETPIPE_SZ, F_GETLEASE -> { }
                default -> p.add(entry(Scalars.hex(c.arg(2))));
            }
            return p;
        }

        @Override
        public String result(CallView c) {
            int cmd = c.intArg(1);
            if (cmd == F_GETFD || cmd == F_GETFL) {
                return Scalars.hex(c.rval());
            }
            if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
                StringBuilder b = new StringBuilder();
                Scalars.fd(c, (int) c.rval(), b);
                return b.toString();
            }
            return null;
        }

        @Override
        public String resultSuffix(CallView c) {
            int cmd = c.intArg(1);
            if ((cmd == F_GETFD || cmd == F_GETFL) && c.rval() != 0) {
                return " (flags " + c.constants(cmd == F_GETFD ? "fd" : "open").symbolic(c.rval()) + ")";
            }
            return "";
        }
    }

    /** ioctl: the request by name or as {@code _IOC(dir, type, nr, size)}, the argument by what the request takes. */
    private static final class Ioctl implements CustomCall {
        private static final Set<Integer> DECIMAL_ARG = Set.of(0x40049409, 0x5409, 0x540a, 0x540b, 0x540e);
        private static final Set<Integer> INT_IN = Set.of(0x5421, 0x5452, TIOCSPGRP, 0x5423);
        private static final Set<Integer> INT_OUT = Set.of(FIONREAD, 0x5411, TIOCGPGRP, 0x5424, 0x80045430, 0x5415);
        private static final ArgType IN_INT = new PointerType(PointerType.Direction.IN, MiscStructs.value(4, 4, true));
        private static final ArgType OUT_INT = new PointerType(PointerType.Direction.OUT, MiscStructs.value(4, 4, true));
        private static final ArgType OUT_WINSIZE = new PointerType(PointerType.Direction.OUT, WINSIZE);

        @Override
        public List<Printed> arguments(CallView c) {
            List<Printed> p = new ArrayList<>();
            p.add(entry(text(Scalars.FD, c, 0)));
            int req = (int) c.arg(1);
            String name = c.constants("ioctl").symbolic(req & 0xffffffffL);
            if (name == null && c.options().constants() != dev.jtrace.format.decode.DecodeOptions.Constants.RAW) {
                p.add(entry(ioc(req)));
            } else {
                p.add(entry(c.constant("ioctl", req & 0xffffffffL)));
            }
            if (INT_IN.contains(req)) {
                p.add(entry(text(IN_INT, c, 2)));
            } else if (INT_OUT.contains(req)) {
                p.add(new Printed(text(OUT_INT, c, 2), true));
            } else if (req == TIOCGWINSZ) {
                p.add(new Printed(text(OUT_WINSIZE, c, 2), true));
            } else if (DECIMAL_ARG.contains(req)) {
                p.add(entry(Long.toString(c.longArg(2))));
            } else {
                p.add(entry(Scalars.hex(c.arg(2))));
            }
            return p;
        }

        /** {@code _IOC(_IOC_READ|_IOC_WRITE, 0x54, 0x99, 0x4)}: the fields of an unknown request. */
        static String ioc(int req) {
            int dir = req >>> 30;
            String d = switch (dir) {
                case 0 -> "_IOC_NONE";
                case 1 -> "_IOC_WRITE";
                case 2 -> "_IOC_READ";
                default -> "_IOC_READ|_IOC_WRITE";
            };
            return "_IOC(" + d + ", " + Scalars.hex((req >> 8) & 0xff) + ", " + Scalars.hex(req & 0xff) + ", "
                    + Scalars.hex((req >> 16) & 0x3fff) + ")";
        }

        @Override
        public void captureAtEntry(CaptureSite s) {
            if (INT_IN.contains((int) s.arg(1))) {
                IN_INT.captureAtEntry(s, 2);
            }
        }

        @Override
        public void captureAtExit(CaptureSite s) {
            int req = (int) s.arg(1);
            if (INT_OUT.contains(req)) {
                OUT_INT.captureAtExit(s, 2);
            } else if (req == TIOCGWINSZ) {
                OUT_WINSIZE.captureAtExit(s, 2);
            }
        }
    }

    static final Pointee WINSIZE = MiscStructs.fixed(8, 8, (c, r, out) -> out.append("{ws_row=").append(r.u16(0))
            .append(", ws_col=").append(r.u16(2)).append(", ws_xpixel=").append(r.u16(4)).append(", ws_ypixel=")
            .append(r.u16(6)).append('}'));

    /** clone(child_stack=, flags=, ...) in strace's order; x86_64 args: flags, stack, ptid, ctid, tls. */
    private static final class Clone implements CustomCall {
        @Override
        public List<Printed> arguments(CallView c) {
            long flags = c.arg(0);
            List<Printed> p = new ArrayList<>();
            p.add(entry("child_stack=" + CallView.pointer(c.arg(1))));
            if ((flags & (0x100000 | 0x1000)) != 0) {
                p.add(entry("parent_tid=" + CallView.pointer(c.arg(2))));
            }
            long sig = flags & 0xff;
            String rest = c.constants("clone").symbolic(flags & ~0xffL);
            StringBuilder f = new StringBuilder("flags=");
            if (rest != null) {
                f.append(rest);
            }
            if (sig != 0) {
                if (rest != null) {
                    f.append('|');
                }
                Scalars.signal(c, (int) sig, f);
            } else if (rest == null) {
                f.append('0');
            }
            p.add(entry(f.toString()));
            if ((flags & (0x200000 | 0x1000000)) != 0) {
                p.add(entry("child_tidptr=" + CallView.pointer(c.arg(3))));
            }
            if ((flags & 0x80000) != 0) {
                p.add(entry("tls=" + CallView.pointer(c.arg(4))));
            }
            return p;
        }
    }

    /** clone3: the struct clone_args is captured; printed as strace does for the common fields. */
    private static final class Clone3 implements CustomCall {
        @Override
        public List<Printed> arguments(CallView c) {
            var cap = c.entryCapture(0, "");
            String args = CallView.pointer(c.arg(0));
            if (cap != null && cap.readable() && cap.data().length >= 64) {
                StructReader r = new StructReader(cap, c.arch());
                StringBuilder b = new StringBuilder("{flags=");
                String fl = c.constants("clone").symbolic(r.s64(0));
                b.append(fl == null ? Scalars.hex(r.s64(0)) : fl);
                if (r.s64(8) != 0) {
                    b.append(", pidfd=").append(CallView.pointer(r.s64(8)));
                }
                if (r.s64(16) != 0) {
                    b.append(", child_tid=").append(CallView.pointer(r.s64(16)));
                }
                if (r.s64(24) != 0) {
                    b.append(", parent_tid=").append(CallView.pointer(r.s64(24)));
                }
                b.append(", exit_signal=");
                Scalars.signal(c, (int) r.s64(32), b);
                b.append(", stack=").append(CallView.pointer(r.s64(40))).append(", stack_size=")
                        .append(Scalars.hex(r.s64(48)));
                if (r.s64(56) != 0) {
                    b.append(", tls=").append(CallView.pointer(r.s64(56)));
                }
                args = b.append('}').toString();
            }
            StringBuilder exit = new StringBuilder();
            var tid = c.exitCapture(0, "parent_tid");
            if (c.succeeded() && tid != null && tid.readable() && tid.data().length >= 4) {
                exit.append(" => {parent_tid=[").append(new StructReader(tid, c.arch()).s32(0)).append("]}");
            }
            exit.append(", ").append(Long.toUnsignedString(c.arg(1)));
            return List.of(entry(args), new Printed(exit.toString(), true, true));
        }

        @Override
        public void captureAtEntry(CaptureSite s) {
            if (s.arg(0) != 0) {
                s.bytes(0, "", s.arg(0), Math.min(s.arg(1), 88));
            }
        }

        /** With CLONE_PARENT_SETTID the kernel stored the child's tid at parent_tid: strace shows it after "=>". */
        @Override
        public void captureAtExit(CaptureSite s) {
            if (s.failed() || s.arg(0) == 0 || s.arg(1) < 32) {
                return;
            }
            Capture args = s.bytes(0, "", s.arg(0), 32);
            if (args.data().length < 32) {
                return;
            }
            StructReader r = new StructReader(args, s.arch());
            if ((r.s64(0) & 0x100000) != 0 && r.s64(24) != 0) {
                s.bytes(0, "parent_tid", r.s64(24), 4);
            }
        }
    }

    /** futex: the arguments after the op depend on the op. */
    private static final class Futex implements CustomCall {
        private final boolean time64;

        Futex(boolean time64) {
            this.time64 = time64;
        }

        @Override
        public List<Printed> arguments(CallView c) {
            List<Printed> p = new ArrayList<>();
            int op = c.intArg(1);
            int cmd = op & 0x7f;
            p.add(entry(CallView.pointer(c.arg(0))));
            String name = c.constants("futex_cmd").symbolic(cmd);
            StringBuilder o = new StringBuilder(name == null ? Integer.toString(cmd) : name);
            if ((op & 0x80) != 0) {
                o.append("_PRIVATE");
            }
            if ((op & 0x100) != 0) {
                o.insert(0, "FUTEX_CLOCK_REALTIME|");
            }
            p.add(entry(o.toString()));
            p.add(entry(Integer.toString(c.intArg(2))));
            String timeout = text(new PointerType(PointerType.Direction.IN,
                    time64 ? MiscStructs.TIMESPEC64 : MiscStructs.TIMESPEC), c, 3);
            switch (cmd) {
                case 0 -> p.add(entry(timeout));
                case 9 -> {
                    p.add(entry(timeout));
                    p.add(entry(Scalars.hex(c.arg(5) & 0xffffffffL)));
                }
                case 10 -> p.add(entry(Scalars.hex(c.arg(5) & 0xffffffffL)));
                case 3 -> {
                    p.add(entry(Integer.toString(c.intArg(3))));
                    p.add(entry(CallView.pointer(c.arg(4))));
                }
                case 4 -> {
                    p.add(entry(Integer.toString(c.intArg(3))));
                    p.add(entry(CallView.pointer(c.arg(4))));
                    p.add(entry(Integer.toString(c.intArg(5))));
                }
                case 1, 7, 8 -> { }
                default -> {
                    p.add(entry(timeout));
                    p.add(entry(CallView.pointer(c.arg(4))));
                    p.add(entry(Integer.toString(c.intArg(5))));
                }
            }
            return p;
        }

        @Override
        public void captureAtEntry(CaptureSite s) {
            int cmd = (int) s.arg(1) & 0x7f;
            if ((cmd == 0 || cmd == 9 || cmd > 10) && s.arg(3) != 0) {
                s.bytes(3, "", s.arg(3), s.arch() == dev.jtrace.format.Arch.I386 && !time64 ? 8 : 16);
            }
        }
    }

    /** i386 _llseek: the two offset halves print as one 64-bit number, the result as {@code [N]}. */
    private static final class Llseek implements CustomCall {
        private static final ArgType RESULT = new PointerType(PointerType.Direction.OUT, MiscStructs.value(8, 8, true));

        @Override
        public List<Printed> arguments(CallView c) {
            List<Printed> p = new ArrayList<>();
            p.add(entry(text(Scalars.FD, c, 0)));
            p.add(entry(Long.toString(c.arg(1) << 32 | c.arg(2))));
            p.add(new Printed(text(RESULT, c, 3), true));
            p.add(new Printed(c.constant("seek", c.arg(4)), true));
            return p;
        }

        @Override
        public void captureAtExit(CaptureSite s) {
            RESULT.captureAtExit(s, 3);
        }
    }

    /** poll/ppoll: the generic arguments plus the revents after the return value. */
    private static final class Poll implements CustomCall {
        @Override
        public List<Printed> arguments(CallView c) {
            return null;
        }

        @Override
        public boolean genericArguments() {
            return true;
        }

        @Override
        public String resultSuffix(CallView c) {
            if (c.rval() == 0) {
                return " (Timeout)";
            }
            return IoStructs.pollResult(c, 0, "nfds");
        }
    }

    /**
     * rt_sigreturn({mask=[...]}): the mask is uc_sigmask of the signal frame the stack pointer points
     * into (x86_64: the ucontext is at sp, uc_sigmask at +296; i386: the ucontext at sp+140, mask at +108).
     */
    private static final class RtSigreturn implements CustomCall {
        static final String PATH = "uc_sigmask";

        @Override
        public List<Printed> arguments(CallView c) {
            var cap = c.entryCapture(0, PATH);
            if (cap == null || !cap.readable() || cap.data().length < 8) {
                return List.of();
            }
            long bits = new StructReader(cap, c.arch()).s64(0);
            return List.of(entry("{mask=" + MiscStructs.sigset(bits, 64, c.options().constants()) + "}"));
        }

        @Override
        public void captureAtEntry(CaptureSite s) {
            if (s.sp() != 0) {
                long at = s.arch() == dev.jtrace.format.Arch.I386 ? s.sp() + 140 + 108 : s.sp() + 296;
                s.bytes(0, PATH, at, 8);
            }
        }
    }

    /** ptrace: PTRACE_TRACEME has no further arguments; the others print pid, addr and data. */
    private static final class Ptrace implements CustomCall {
        @Override
        public List<Printed> arguments(CallView c) {
            List<Printed> p = new ArrayList<>();
            p.add(entry(c.constant("ptrace", c.arg(0))));
            if (c.arg(0) != 0) {
                p.add(entry(Integer.toString(c.intArg(1))));
                p.add(entry(Scalars.hex(c.arg(2))));
                p.add(entry(Scalars.hex(c.arg(3))));
            }
            return p;
        }
    }

    /** select/pselect6: generic arguments; the result lists the ready fds and the time left. */
    private static final class Select implements CustomCall {
        @Override
        public List<Printed> arguments(CallView c) {
            return null;
        }

        @Override
        public boolean genericArguments() {
            return true;
        }

        @Override
        public String resultSuffix(CallView c) {
            if (c.rval() == 0) {
                return " (Timeout)";
            }
            StringBuilder b = new StringBuilder(" (");
            String[] names = {"in", "out", "except"};
            boolean first = true;
            for (int k = 0; k < 3; k++) {
                var cap = c.exitCapture(k + 1, "");
                if (c.arg(k + 1) == 0 || cap == null || !cap.readable()) {
                    continue;
                }
                StringBuilder set = new StringBuilder();
                StructReader r = new StructReader(cap, c.arch());
                boolean any = false;
                for (int fd = 0; fd < c.intArg(0) && fd / 8 < r.size(); fd++) {
                    if ((r.u8(fd / 8) >> (fd % 8) & 1) != 0) {
                        set.append(any ? " " : "");
                        Scalars.fd(c, fd, set);
                        any = true;
                    }
                }
                if (any) {
                    b.append(first ? "" : ", ").append(names[k]).append(" [").append(set).append(']');
                    first = false;
                }
            }
            var left = c.exitCapture(4, "");
            if (c.arg(4) != 0 && left != null && left.readable()) {
                StructReader r = new StructReader(left, c.arch());
                try {
                    String t = MiscStructs.timespec(r, 0, c.description().name().equals("select") ? "tv_usec" : "tv_nsec");
                    b.append(first ? "" : ", ").append("left ").append(t);
                    first = false;
                } catch (StructReader.Short e) {
                    // the time left is not printed when it could not be read
                }
            }
            return first ? "" : b.append(')').toString();
        }
    }

    private static final class Prctl implements CustomCall {
        @Override
        public List<Printed> arguments(CallView c) {
            List<Printed> p = new ArrayList<>();
            int option = c.intArg(0);
            p.add(entry(c.constant("prctl", option & 0xffffffffL)));
            switch (option) {
                case PR_SET_NAME -> p.add(entry(text(Strings.string(false), c, 1)));
                case PR_GET_NAME -> p.add(new Printed(threadName(c), true));
                case PR_SET_PDEATHSIG -> p.add(entry(text(Scalars.SIGNO, c, 1)));
                case PR_SET_DUMPABLE, PR_CAPBSET_READ -> p.add(entry(Long.toUnsignedString(c.arg(1))));
                case PR_SET_NO_NEW_PRIVS -> {
                    for (int k = 1; k < 5; k++) {
                        p.add(entry(Long.toUnsignedString(c.arg(k))));
                    }
                }
                case PR_GET_DUMPABLE, PR_GET_NO_NEW_PRIVS -> { }
                default -> {
                    for (int k = 1; k < 5; k++) {
                        p.add(entry(Scalars.hex(c.arg(k))));
                    }
                }
            }
            return p;
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
        }

        @Override
        public void captureAtExit(CaptureSite s) {
            if ((int) s.arg(0) == PR_GET_NAME && s.arg(1) != 0 && !s.failed()) {
                s.bytes(1, "", s.arg(1), 16);
            }
        }
    }
}
