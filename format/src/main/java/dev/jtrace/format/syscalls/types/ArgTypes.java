package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.ConstantSet;
import dev.jtrace.format.syscalls.TypeExpr;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.Map;

/** Resolves the DSL's type expressions to {@link ArgType}s (the list of types is in README.md). */
public final class ArgTypes {
    private ArgTypes() {
    }

    public static ArgType resolve(TypeExpr t, Map<String, ConstantSet> constants) {
        switch (t.base()) {
            case "int": return Scalars.INT;
            case "uint": return Scalars.UINT;
            case "long": case "off": case "ssize": return Scalars.LONG;
            case "ulong": case "size": return Scalars.ULONG;
            case "hex": return Scalars.HEX;
            case "xint": return Scalars.HEX32;
            case "ptr", "addr": return Scalars.PTR;
            case "mode": return Scalars.MODE;
            case "fd": return Scalars.FD;
            case "dirfd": return Scalars.DIRFD;
            case "fandirfd": return Scalars.FANOTIFY_DIRFD;
            case "pid": return Scalars.PID;
            case "uid": case "gid": return Scalars.ID;
            case "signo": return Scalars.SIGNO;
            case "str": return Strings.string(false);
            case "path": return Strings.string(true);
            case "argv": return Strings.stringArray(false);
            case "envp": return Strings.stringArray(true);
            case "ibuf": return Strings.inputBuffer(need(t.len(), t));
            case "obuf": return Strings.outputBuffer(need(t.len(), t), false);
            case "opath": return Strings.outputPath(need(t.len(), t));
            case "obufx": return Strings.outputBuffer(need(t.len(), t), true);
            case "flags": case "enum": {
                String set = need(t.param(), t);
                if (!constants.containsKey(set)) {
                    throw new IllegalArgumentException("unknown constant set " + set);
                }
                return Scalars.constant(set, false);
            }
            case "lflags": {
                String set = need(t.param(), t);
                if (!constants.containsKey(set)) {
                    throw new IllegalArgumentException("unknown constant set " + set);
                }
                return Scalars.constant(set, true);
            }
            case "denum": {
                String set = need(t.param(), t);
                if (!constants.containsKey(set)) {
                    throw new IllegalArgumentException("unknown constant set " + set);
                }
                return Scalars.decimalEnum(set);
            }
            case "wflags": {
                String set = need(t.param(), t);
                if (!constants.containsKey(set)) {
                    throw new IllegalArgumentException("unknown constant set " + set);
                }
                return Scalars.registerWideConstant(set);
            }
            case "flags64lo": {
                String set = need(t.param(), t);
                return (c, i, out) -> out.append(c.constant(set, c.arg(i) & 0xffffffffL | c.arg(i + 1) << 32));
            }
            case "creatmode": return Scalars.creatMode(need(t.len(), t));
            case "ifptr": return Scalars.pointerIf(DescriptionParserNumbers.parse(need(t.param(), t)), need(t.len(), t));
            case "intif": return Scalars.intIf(DescriptionParserNumbers.parse(need(t.param(), t)), need(t.len(), t));
            case "skip": return Scalars.SKIP;
            case "uintunless": return UintUnless.of(DescriptionParserNumbers.parse(need(t.param(), t)));
            case "ioprio": return Scalars.IOPRIO;
            case "dev": return (c, i, out) -> out.append(FileStructs.devT(c, c.arg(i)));
            case "qcmd": return Scalars.QUOTA_COMMAND;
            case "ipckey": return Scalars.IPC_KEY;
            case "swapflags": return Scalars.SWAP_FLAGS;
            case "keyserial": return Keyctl.SERIAL;
            case "sighandler": return (c, i, out) -> out.append(SignalStructs.handler(c, c.arg(i)));
            case "oldsigset": return SignalStructs.OLD_SIGSET;
            case "kcmpidx": return Scalars.kcmpIndex(need(t.len(), t));
            case "off64lo": return (c, i, out) -> out.append(c.arg(i) & 0xffffffffL | c.arg(i + 1) << 32);
            case "pgoff": return (c, i, out) -> out.append(Scalars.hex(c.arg(i) << 12));
            case "nodemode": return Scalars.NODE_MODE;
            case "nodedev": return Scalars.nodeDevice(need(t.len(), t));
            case "ipcflags": return Scalars.ipcFlags(need(t.param(), t));
            case "sockproto": return Scalars.socketProtocol(need(t.len(), t));
            case "sockopt": return Scalars.socketOption(need(t.len(), t));
            case "mountstr": return MountArgs.string(need(t.len(), t), false);
            case "mountdata": return MountArgs.string(need(t.len(), t), true);
            case "in": return new PointerType(Direction.IN, pointee(t.inner(), false, constants));
            case "out": return new PointerType(Direction.OUT, pointee(t.inner(), true, constants));
            case "inok": return new PointerType(Direction.IN_SHOWN_ON_SUCCESS, pointee(t.inner(), false, constants));
            case "inout": return new PointerType(Direction.INOUT, pointee(t.inner(), false, constants));
            case "creatin": return new CreatOnly(need(t.len(), t),
                    new PointerType(Direction.IN, pointee(t.inner(), false, constants)));
            case "outintr": return new PointerType(Direction.OUT_ON_INTERRUPT, pointee(t.inner(), true, constants));
            default: throw new IllegalArgumentException("unknown type " + t);
        }
    }

    static Pointee pointee(TypeExpr t, boolean output, Map<String, ConstantSet> constants) {
        return switch (t.base()) {
            case "int" -> Pointees.value(4, 4, true);
            case "uint", "uid", "gid" -> Pointees.value(4, 4, false);
            case "long", "off" -> Pointees.value(8, 4, true);
            case "ulong" -> Pointees.value(8, 4, false);
            case "hexword" -> Pointees.HEX_WORD;
            case "socklen" -> EventStructs.SOCKLEN;
            case "fdpair" -> Pointees.FD_PAIR;
            case "wstatus" -> SignalStructs.WAIT_STATUS;
            case "stat" -> FileStructs.STAT;
            case "stat64" -> FileStructs.STAT64;
            case "statx" -> FileStructs.STATX;
            case "statfs" -> FileStructs.STATFS;
            case "dirents" -> FileStructs.dirents(need(t.len(), t));
            case "rlimit" -> ProcessStructs.RLIMIT;
            case "rlimit64" -> ProcessStructs.RLIMIT64;
            case "timespec" -> TimeStructs.TIMESPEC;
            case "timeval" -> TimeStructs.TIMEVAL;
            case "timespec64" -> TimeStructs.TIMESPEC64;
            case "itimerspec64" -> TimeStructs.ITIMERSPEC64;
            case "utimens64" -> TimeStructs.UTIMENS64;
            case "statfs64" -> FileStructs.STATFS64;
            case "open_how" -> FileStructs.OPEN_HOW;
            case "off64" -> Pointees.value(8, 8, true);
            case "offupd" -> Pointees.updatedValue(8, 4);
            case "off64upd" -> Pointees.updatedValue(8, 8);
            case "timezone" -> TimeStructs.TIMEZONE;
            case "itimerval" -> TimeStructs.ITIMERVAL;
            case "sigset" -> SignalStructs.sigset(need(t.len(), t));
            case "sigaction" -> SignalStructs.SIGACTION;
            case "old_sigaction" -> SignalStructs.OLD_SIGACTION;
            case "stack" -> SignalStructs.STACK;
            case "utsname" -> ProcessStructs.UTSNAME;
            case "sysinfo" -> ProcessStructs.SYSINFO;
            case "gidarr" -> Pointees.gids(need(t.len(), t));
            case "cpuset" -> Pointees.cpuset(need(t.len(), t));
            case "cap_header" -> ProcessStructs.CAP_HEADER;
            case "cap_data" -> ProcessStructs.CAP_DATA;
            case "rusage" -> ProcessStructs.RUSAGE;
            case "tms" -> TimeStructs.TMS;
            case "itimerspec" -> TimeStructs.ITIMERSPEC;
            case "utimens" -> TimeStructs.UTIMENS;
            case "timeval_pair" -> TimeStructs.TIMEVAL_PAIR;
            case "utimbuf" -> TimeStructs.UTIMBUF;
            case "epoll_event" -> EventStructs.EPOLL_EVENT;
            case "epoll_events" -> EventStructs.epollEvents(need(t.len(), t));
            case "pagevec" -> Pointees.pageVector(need(t.len(), t));
            case "sigevent" -> SignalStructs.SIGEVENT;
            case "siginfo" -> SignalStructs.SIGINFO;
            case "sigmask_arg" -> SignalStructs.SIGMASK_ARG;
            case "sysctl_args" -> ProcessStructs.SYSCTL_ARGS;
            case "sockaddr" -> NetStructs.sockaddr(need(t.len(), t));
            case "optval" -> NetStructs.optval(need(t.len(), t));
            case "iovec" -> IoStructs.iovec(need(t.len(), t), output);
            case "pollfd" -> IoStructs.pollfds(need(t.len(), t));
            case "fdset" -> IoStructs.fdset(need(t.len(), t));
            case "msghdr" -> MsgStructs.msghdr(false);
            case "recvmsghdr" -> MsgStructs.msghdr(true);
            case "iovec_addrs" -> RemoteIovecs.addresses(need(t.len(), t));
            case "mmsghdrs" -> MmsgStructs.mmsghdrs(need(t.len(), t), false);
            case "recv_mmsghdrs" -> MmsgStructs.mmsghdrs(need(t.len(), t), true);
            case "file_handle" -> FileHandles.INPUT;
            case "file_handle_upd" -> FileHandles.UPDATED;
            case "mount_attr" -> MountAttrs.mountAttr(need(t.len(), t));
            case "landlock_ruleset_attr" -> LandlockStructs.rulesetAttr(need(t.len(), t));
            case "landlock_rule_attr" -> LandlockStructs.ruleAttr(need(t.len(), t));
            case "futex_waitv" -> FutexWaitv.waiters(need(t.len(), t));
            case "ksigset" -> KernelSigsets.exact(need(t.len(), t));
            case "old_stat" -> OldI386Structs.OLD_STAT;
            case "time32" -> OldI386Structs.TIME32;
            case "old_dirent" -> OldI386Structs.OLD_DIRENT;
            case "kexec_segments" -> KexecSegments.segments(need(t.len(), t));
            case "sembuf" -> IpcStructs.sembufs(need(t.len(), t));
            case "msgbuf" -> IpcStructs.message(need(t.len(), t));
            case "mq_attr" -> MqStructs.MQ_ATTR;
            case "sched_attr" -> SchedStructs.SCHED_ATTR;
            case "timex" -> TimexStructs.TIMEX;
            case "timex64" -> TimexStructs.TIMEX64;
            case "uring_params" -> UringStructs.PARAMS;
            case "perf_attr" -> PerfStructs.ATTR;
            case "user_desc" -> LdtStructs.USER_DESC;
            case "thread_area" -> LdtStructs.THREAD_AREA_QUERY;
            case "ldtbuf" -> LdtStructs.ldtBuffer(need(t.len(), t));
            case "nodemask" -> NumaStructs.nodemask(need(t.len(), t));
            case "mpol_mode" -> NumaStructs.MODE;
            case "pageptrs" -> NumaStructs.pointers(need(t.len(), t));
            case "intarr" -> IntArrays.ints(need(t.len(), t));
            case "pagestatus" -> NumaStructs.pageStatus(need(t.len(), t));
            case "iocbs" -> AioStructs.iocbArray(need(t.len(), t));
            case "iocb_header" -> AioStructs.IOCB_HEADER;
            case "io_event" -> AioStructs.EVENT;
            case "io_events" -> AioStructs.events(need(t.len(), t));
            case "bpf_attr" -> BpfAttr.attr(need(t.len(), t));
            default -> throw new IllegalArgumentException("unknown pointee type " + t);
        };
    }

    private static String need(String s, TypeExpr t) {
        if (s == null) {
            throw new IllegalArgumentException("type " + t.base() + " needs a parameter");
        }
        return s;
    }
}
