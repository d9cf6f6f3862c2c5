package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.decode.Signals;
import dev.jtrace.format.syscalls.ConstantSet;
import java.util.List;

/** Argument types held in the register itself: integers, fds, ids, signals, constants. */
public final class Scalars {
    private static final int AT_FDCWD = -100;
    private static final long UMODE_MASK = 0xffff;
    private static final long AF_INET = 2;
    private static final long AF_INET6 = 10;
    private static final long AF_NETLINK = 16;
    private static final long KCMP_FILE = 0;
    private static final long KCMP_VM = 1;
    private static final long KCMP_SYSVSEM = 6;
    private static final long KCMP_EPOLL_TFD = 7;

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
    /** A mode: the kernel's umode_t, so the low 16 bits, in octal ({@code 0177777} for all ones). */
    public static final ArgType MODE = (c, i, out) -> out.append(octal(c.arg(i) & UMODE_MASK));
    /**
     * {@code nodemode}: mknod's mode, {@code S_IFIFO|0600}; with a file type no S_IF* names the whole mode in
     * octal ({@code 0177777}), as strace prints it.
     */
    public static final ArgType NODE_MODE = (c, i, out) -> {
        long mode = c.arg(i) & UMODE_MASK;
        long type = mode & 0170000;
        boolean known = type == 0 || c.constants("mknod_type").entries().stream().anyMatch(e -> e.value() == type);
        out.append(known ? FileStructs.mode(c, mode) : octal(mode));
    };
    public static final ArgType FD = (c, i, out) -> fd(c, c.intArg(i), out);
    public static final ArgType DIRFD = (c, i, out) -> dirfd(c, c.intArg(i), false, out);
    /** fanotify_mark's dirfd: as {@link #DIRFD}, and -1 is {@code FAN_NOFD}. */
    public static final ArgType FANOTIFY_DIRFD = (c, i, out) -> dirfd(c, c.intArg(i), true, out);

    private static void dirfd(CallView c, int fd, boolean fanNoFd, StringBuilder out) {
        String name = fd == AT_FDCWD ? "AT_FDCWD" : fanNoFd && fd == -1 ? "FAN_NOFD" : null;
        if (name == null) {
            fd(c, fd, out);
            return;
        }
        Constants mode = c.options().constants();
        out.append(mode == Constants.RAW ? Integer.toString(fd)
                : mode == Constants.VERBOSE ? fd + " /* " + name + " */" : name);
        if (fd == AT_FDCWD && c.options().fdPaths() > 0) {
            c.context().fds().name(c.context().pid(), AT_FDCWD).ifPresent(p -> out.append('<').append(p).append('>'));
        }
    }
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
        out.append(Signals.text(sig, c.options().constants()));
    }

    /** {@code flags<set>} / {@code enum<set>}: the register as a symbolic constant. */
    public static ArgType constant(String set, boolean wide) {
        return (c, i, out) -> out.append(c.constant(set, wide ? c.arg(i) : c.arg(i) & 0xffffffffL));
    }

    /**
     * {@code wflags<set>}: flags of a C int that strace shows under -X raw and verbose as the whole register
     * (mmap's flags: {@code 0xffffffffffffffff /* 0xf /* MAP_??? *}{@code /|MAP_FIXED|... *}{@code /}).
     */
    public static ArgType registerWideConstant(String set) {
        return (c, i, out) -> {
            long register = c.arg(i);
            long value = register & 0xffffffffL;
            String text = c.constant(set, value);
            Constants mode = c.options().constants();
            if (mode != Constants.ABBREV && text.startsWith(hex(value))) {
                text = hex(register) + text.substring(hex(value).length());
            }
            out.append(text);
        };
    }

    /**
     * {@code denum<set>}: a C int enumeration strace prints in decimal with the name in a comment, under every
     * -X mode: {@code 10 /* SYSLOG_ACTION_SIZE_BUFFER *}{@code /}, {@code -1 /* SYSLOG_ACTION_??? *}{@code /}.
     */
    public static ArgType decimalEnum(String setName) {
        return (c, i, out) -> {
            ConstantSet set = c.constants(setName);
            int v = c.intArg(i);
            String name = set.symbolic(v & 0xffffffffL);
            out.append(v).append(" /* ").append(name != null ? name : set.unknownSymbol()).append(" */");
        };
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
                out.append(octal(c.arg(i) & UMODE_MASK));
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

    /** {@code intif<MASK>[flagsarg]}: a C int printed only when flagsarg has all MASK bits (membarrier's cpu_id). */
    public static ArgType intIf(long mask, String flagsArg) {
        return presentIf(mask, flagsArg, (c, i, out) -> out.append(c.intArg(i)));
    }

    /** {@code ifptr<MASK>[flagsarg]}: an address printed only when flagsarg has all MASK bits (mremap's new_address). */
    public static ArgType pointerIf(long mask, String flagsArg) {
        return presentIf(mask, flagsArg, PTR);
    }

    private static ArgType presentIf(long mask, String flagsArg, ArgType printed) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int i) {
                return (c.arg(flagsArg) & mask) == mask;
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                printed.print(c, i, out);
            }
        };
    }

    /** {@code ioprio}: {@code IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)}. */
    public static final ArgType IOPRIO = (c, i, out) -> out.append(ioprio(c, c.arg(i) & 0xffffffffL));

    /**
     * An I/O priority as strace prints it: {@code IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)}, the class unknown
     * {@code 0x7ffff /* IOPRIO_CLASS_??? *}{@code /}; -X raw the number in decimal, verbose both.
     */
    public static String ioprio(CallView c, long v) {
        Constants mode = c.options().constants();
        if (mode == Constants.RAW) {
            return Integer.toString((int) v);
        }
        return mode == Constants.VERBOSE ? (int) v + " /* " + ioprioMacro(c, v) + " */" : ioprioMacro(c, v);
    }

    /** {@code IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)}, the class as the -X mode prints constants. */
    public static String ioprioMacro(CallView c, long v) {
        return "IOPRIO_PRIO_VALUE(" + c.constant("ioprio_class", v >>> 13) + ", " + (v & 0x1fff) + ")";
    }

    /**
     * {@code qcmd}: quotactl's command, {@code QCMD(Q_GETQUOTA, USRQUOTA)}; -X raw the number in decimal,
     * verbose {@code 2147485440 /* QCMD(Q_GETQUOTA, USRQUOTA) *}{@code /}.
     */
    public static final ArgType QUOTA_COMMAND = (c, i, out) -> {
        long v = c.arg(i) & 0xffffffffL;
        Constants mode = c.options().constants();
        if (mode == Constants.RAW) {
            out.append(v);
            return;
        }
        String macro = "QCMD(" + c.constants("quota_cmd").render(v >>> 8, Constants.ABBREV) + ", "
                + c.constants("quota_type").render(v & 0xff, Constants.ABBREV) + ")";
        out.append(mode == Constants.VERBOSE ? v + " /* " + macro + " */" : macro);
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

    /**
     * {@code kcmpidx[type]}: kcmp's idx1/idx2, in decimal for KCMP_FILE and KCMP_EPOLL_TFD, in hex for a type
     * strace does not know ({@code 0x8 /* KCMP_??? *}{@code /, 0x5, 0x6}), absent for the other known types.
     */
    public static ArgType kcmpIndex(String typeArg) {
        return new ArgType() {
            @Override
            public boolean present(CallView c, int i) {
                long type = c.arg(typeArg) & 0xffffffffL;
                return !(type >= KCMP_VM && type <= KCMP_SYSVSEM);
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                long type = c.arg(typeArg) & 0xffffffffL;
                out.append(type == KCMP_FILE || type == KCMP_EPOLL_TFD ? Long.toString(c.longArg(i)) : hex(c.arg(i)));
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

    /**
     * {@code ipcflags<set>}: System V IPC flags with the permission bits, {@code IPC_CREAT|0600}, the huge-page
     * size as {@code 21<<SHM_HUGE_SHIFT}. Bits no flag names print glued to the permissions, as strace does
     * ({@code 0x10000600}); -X raw {@code 0x1000|1<<26|0600}, verbose {@code 0x200 /* IPC_CREAT *}{@code /|0600}.
     */
    public static ArgType ipcFlags(String setName) {
        return (c, i, out) -> {
            long v = c.arg(i) & 0xffffffffL;
            ConstantSet set = c.constants(setName);
            Constants mode = c.options().constants();
            List<ConstantSet.Entry> sizes = set.entries().stream().filter(e -> e.kind() == ConstantSet.Kind.SHIFTED)
                    .toList();
            long flags = v & ~0777L;
            for (ConstantSet.Entry e : sizes) {
                flags &= ~e.mask();
            }
            if (flags != 0) {
                String sym = set.symbolic(flags);
                if (mode == Constants.RAW) {
                    out.append(hex(flags)).append('|');
                } else if (sym == null) {
                    out.append(hex(flags));
                } else if (mode == Constants.VERBOSE) {
                    out.append(hex(flags)).append(" /* ").append(sym).append(" */|");
                } else {
                    out.append(sym).append('|');
                }
            }
            for (ConstantSet.Entry e : sizes) {
                long n = (v & e.mask()) >>> e.value();
                if (n != 0) {
                    out.append(n).append("<<").append(switch (mode) {
                        case RAW -> Long.toString(e.value());
                        case VERBOSE -> e.value() + " /* " + e.symbol() + " */";
                        default -> e.symbol();
                    }).append('|');
                }
            }
            out.append(octal(v & 0777));
        };
    }

    /** {@code ipckey}: {@code IPC_PRIVATE} for 0, else the key in hex. */
    public static final ArgType IPC_KEY = (c, i, out) -> {
        long key = c.arg(i) & 0xffffffffL;
        Constants mode = c.options().constants();
        out.append(key != 0 ? hex(key)
                : mode == Constants.RAW ? "0" : mode == Constants.VERBOSE ? "0 /* IPC_PRIVATE */" : "IPC_PRIVATE");
    };

    /**
     * {@code sockproto[domain]}: IPPROTO_* for AF_INET/AF_INET6, NETLINK_* for AF_NETLINK, else the register as a
     * C unsigned long.
     */
    public static ArgType socketProtocol(String domainArg) {
        return (c, i, out) -> {
            long domain = c.arg(domainArg);
            if (domain == AF_INET || domain == AF_INET6) {
                out.append(c.constant("ipproto", c.arg(i) & 0xffffffffL));
            } else if (domain == AF_NETLINK) {
                out.append(c.constant("netlink_proto", c.arg(i) & 0xffffffffL));
            } else {
                out.append(Long.toUnsignedString(c.arg(i)));
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
                case 17 -> "udp_opt";
                case 41 -> "ipv6_opt";
                case 263 -> "packet_opt";
                case 270 -> "netlink_opt";
                default -> null;
            };
            if (set == null) {
                out.append(Integer.toUnsignedString(c.intArg(i)));
            } else {
                out.append(c.constant(set, c.arg(i) & 0xffffffffL));
            }
        };
    }
}
