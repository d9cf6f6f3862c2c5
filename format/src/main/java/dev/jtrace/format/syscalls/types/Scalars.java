package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.decode.Signals;

/** Argument types held in the register itself: integers, fds, ids, signals, constants. */
public final class Scalars {
    private static final int AT_FDCWD = -100;

    private Scalars() {
    }

    public static final ArgType INT = (c, i, out) -> out.append(c.intArg(i));
    public static final ArgType UINT = (c, i, out) -> out.append(Integer.toUnsignedString(c.intArg(i)));
    public static final ArgType LONG = (c, i, out) -> out.append(c.longArg(i));
    public static final ArgType ULONG = (c, i, out) -> out.append(Long.toUnsignedString(c.arg(i)));
    public static final ArgType HEX = (c, i, out) -> out.append(hex(c.arg(i)));
    /** A C unsigned int in hex (flags strace prints without a table). */
    public static final ArgType HEX32 = (c, i, out) -> out.append(hex(c.arg(i) & 0xffffffffL));
    public static final ArgType PTR = (c, i, out) -> out.append(CallView.pointer(c.arg(i)));
    public static final ArgType MODE = (c, i, out) -> out.append(octal(c.arg(i) & 0xffffffffL));
    public static final ArgType FD = (c, i, out) -> fd(c, c.intArg(i), out);
    public static final ArgType DIRFD = (c, i, out) -> {
        int fd = c.intArg(i);
        if (fd != AT_FDCWD) {
            fd(c, fd, out);
            return;
        }
        Constants mode = c.options().constants();
        out.append(mode == Constants.RAW ? "-100" : mode == Constants.VERBOSE ? "-100 /* AT_FDCWD */" : "AT_FDCWD");
        if (c.options().fdPaths() > 0) {
            c.context().fds().name(c.context().pid(), AT_FDCWD).ifPresent(p -> out.append('<').append(p).append('>'));
        }
    };
    public static final ArgType ID = (c, i, out) -> out.append(c.intArg(i));
    /** A pid, with its number in the recorder's pid namespace under --pidns-translation. */
    public static final ArgType PID = (c, i, out) -> out.append(c.context().pidText(c.intArg(i)));
    public static final ArgType SIGNO = (c, i, out) -> signal(c, c.intArg(i), out);

    /** strace's {@code %#lx}: 0 prints as {@code 0}. */
    public static String hex(long v) {
        return v == 0 ? "0" : "0x" + Long.toHexString(v);
    }

    /** strace's {@code %#03o}: {@code 000}, {@code 022}, {@code 0644}. */
    public static String octal(long v) {
        String o = Long.toOctalString(v);
        return "0" + (o.length() < 2 ? "0".repeat(2 - o.length()) + o : o);
    }

    /** A file descriptor, with {@code <path>} under -y, {@code <path or socket details>} under -yy. */
    public static void fd(CallView c, int fd, StringBuilder out) {
        out.append(fd);
        if (c.options().fdPaths() > 0 && fd >= 0) {
            DecodeContext.FdNames names = c.context().fds();
            int pid = c.context().pid();
            (c.options().fdPaths() > 1 ? names.detailedName(pid, fd) : names.name(pid, fd))
                    .ifPresent(p -> out.append('<').append(p).append('>'));
        }
    }

    public static void signal(CallView c, int sig, StringBuilder out) {
        String name = Signals.name(sig);
        Constants mode = c.options().constants();
        if (name == null || mode == Constants.RAW) {
            out.append(sig);
        } else if (mode == Constants.VERBOSE) {
            out.append(sig).append(" /* ").append(name).append(" */");
        } else {
            out.append(name);
        }
    }

    /** {@code flags<set>} / {@code enum<set>}: the register as a symbolic constant. */
    public static ArgType constant(String set, boolean wide) {
        return (c, i, out) -> out.append(c.constant(set, wide ? c.arg(i) : c.arg(i) & 0xffffffffL));
    }

    /** {@code creatmode[flags]}: the mode argument, present only with O_CREAT or O_TMPFILE. */
    public static ArgType creatMode(String flagsArg) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int i) {
                long flags = c.arg(flagsArg);
                return (flags & 0100) != 0 || (flags & 020000000) != 0;
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                out.append(octal(c.arg(i) & 07777));
            }
        };
    }

    /** {@code skip}: a register the syscall takes but strace does not print (x86_64 preadv2's pos_h). */
    public static final ArgType SKIP = new ArgType() {
        @Override
        public boolean present(CallView c, int i) {
            return false;
        }

        @Override
        public void print(CallView c, int i, StringBuilder out) {
        }
    };

    /** {@code ifptr<MASK>[flagsarg]}: an address printed only when flagsarg has all of MASK's bits (mremap). */
    /** A C int printed only when {@code flagsArg} has all {@code mask} bits (membarrier's cpu_id). */
    public static ArgType intIf(long mask, String flagsArg) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int i) {
                return (c.arg(flagsArg) & mask) == mask;
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                out.append(c.intArg(i));
            }
        };
    }

    public static ArgType pointerIf(long mask, String flagsArg) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int i) {
                return (c.arg(flagsArg) & mask) == mask;
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                out.append(CallView.pointer(c.arg(i)));
            }
        };
    }

    /** {@code ioprio}: {@code IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)}. */
    public static final ArgType IOPRIO = (c, i, out) -> {
        long v = c.arg(i) & 0xffffffffL;
        if (c.options().constants() == Constants.RAW) {
            out.append(hex(v));
            return;
        }
        String cls = c.constants("ioprio_class").symbolic(v >> 13);
        out.append("IOPRIO_PRIO_VALUE(").append(cls != null ? cls : Long.toString(v >> 13)).append(", ")
                .append(v & 0x1fff).append(')');
    };

    /** {@code qcmd}: quotactl's command, {@code QCMD(Q_GETQUOTA, USRQUOTA)}. */
    public static final ArgType QUOTA_COMMAND = (c, i, out) -> {
        long v = c.arg(i) & 0xffffffffL;
        out.append("QCMD(").append(c.constant("quota_cmd", v >> 8)).append(", ")
                .append(c.constant("quota_type", v & 0xff)).append(')');
    };

    /** swapon's flags: {@code SWAP_FLAG_PREFER|10}, the priority in decimal. */
    public static final ArgType SWAP_FLAGS = (c, i, out) -> {
        long v = c.arg(i) & 0xffffffffL;
        long prio = v & 0x7fff;
        long flags = v & ~0x7fffL;
        if (flags == 0) {
            out.append(prio);
            return;
        }
        out.append(c.constant("swap", flags));
        if (prio != 0) {
            out.append('|').append(prio);
        }
    };

    /** {@code kcmpidx[type]}: kcmp's idx1/idx2, printed only for KCMP_FILE and KCMP_EPOLL_TFD. */
    public static ArgType kcmpIndex(String typeArg) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int i) {
                long type = c.arg(typeArg);
                return type == 0 || type == 7;
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                out.append(c.longArg(i));
            }
        };
    }

    /** {@code nodedev[mode]}: mknod's device, {@code makedev(0x1, 0x3)}, present only for S_IFCHR/S_IFBLK. */
    public static ArgType nodeDevice(String modeArg) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int i) {
                long type = c.arg(modeArg) & 0170000;
                return type == 020000 || type == 060000;
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                out.append(FileStructs.devT(c, c.arg(i)));
            }
        };
    }

    /** {@code ipcflags<set>}: System V IPC flags with the permission bits, {@code IPC_CREAT|0600}. */
    public static ArgType ipcFlags(String set) {
        return (c, i, out) -> {
            long v = c.arg(i) & 0xffffffffL;
            long perms = v & 0777;
            String sym = c.constants(set).symbolic(v & ~0777L);
            if (c.options().constants() == Constants.RAW) {
                out.append(hex(v));
            } else if ((v & ~0777L) == 0) {
                out.append(octal(perms));
            } else if (sym == null) {
                out.append(hex(v & ~0777L)).append('|').append(octal(perms));
            } else {
                out.append(sym).append('|').append(octal(perms));
            }
        };
    }

    /** {@code sockproto[domain]}: IPPROTO_* for AF_INET/AF_INET6, a number otherwise. */
    public static ArgType socketProtocol(String domainArg) {
        return (c, i, out) -> {
            long domain = c.arg(domainArg);
            if (domain == 2 || domain == 10) {
                out.append(c.constant("ipproto", c.arg(i) & 0xffffffffL));
            } else {
                out.append(c.intArg(i));
            }
        };
    }

    /** {@code sockopt[level]}: the option name, from the set that belongs to the level. */
    public static ArgType socketOption(String levelArg) {
        return (c, i, out) -> {
            String set = switch ((int) c.arg(levelArg)) {
                case 0 -> "ip_opt";
                case 1 -> "so";
                case 6 -> "tcp_opt";
                case 41 -> "ipv6_opt";
                default -> null;
            };
            if (set == null) {
                out.append(c.intArg(i));
            } else {
                out.append(c.constant(set, c.arg(i) & 0xffffffffL));
            }
        };
    }
}
