package dev.jtrace.record;

import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.GroupStop;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.StopSink;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TaskSeen;
import dev.jtrace.format.syscalls.CapturePlanner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jnr.ffi.Pointer;

/**
 * The ptrace loop. Everything here runs on the one tracer thread: ptrace requests are only
 * accepted from the thread that seized the tracee. Knows nothing about particular syscalls; the
 * {@link CapturePlanner} decides what memory to read.
 */
final class Tracer {
    private static final int WAIT_FLAGS = WaitStatus.WALL | WaitStatus.WNOTHREAD;

    private final RecordOptions options;
    private final CapturePlanner planner;
    private final StopSink sink;
    private final Consumer<String> warnings;
    private final Map<Integer, Task> tasks = new HashMap<>();
    private final SyscallInfo info = new SyscallInfo();
    private final Registers registers = new Registers();
    private final ProcessVmMemory memory = new ProcessVmMemory();
    private final Pointer status = Native.allocate(4);
    private final Pointer siginfo = Native.allocate(SignalStop.SIGINFO_SIZE);
    private final Pointer eventMessage = Native.allocate(8);
    // -- task identity and CPU time (TaskAnnouncer, TaskClock)
    private final FdLinks fdLinks = new FdLinks();
    private final TaskAnnouncer announcer = new TaskAnnouncer(fdLinks);
    private final TaskClock clock;

    volatile int tid;
    volatile boolean stopRequested;
    volatile boolean stopping;

    private LaunchStart launchStart;
    private int mainPid;
    private TaskExit mainExit;
    private long stops;

    Tracer(RecordOptions options, CapturePlanner planner, StopSink sink, Consumer<String> warnings) {
        this.options = options;
        this.warnings = warnings;
        this.planner = planner;
        this.sink = sink;
        this.clock = options.cpuTime() ? new TaskClock() : null;
    }

    RecordResult run() throws RecordException {
        tid = Native.LIBC.gettid();
        boolean detached;
        try {
            start();
            detached = trace();
        } catch (RecordException | RuntimeException | Error e) {
            detachAll();
            throw e;
        } catch (IOException e) {
            detachAll();
            throw new RecordException("writing the trace: " + e.getMessage(), e);
        } finally {
            fdLinks.close();
            if (clock != null) {
                clock.close();
            }
            if (launchStart != null) {
                launchStart.close();
            }
        }
        if (launchStart != null) {
            launchStart.checkExec();
        }
        if (mainExit == null || detached) {
            return new RecordResult(0, 0, false, stops, detached);
        }
        return new RecordResult(mainExit.killed() ? 0 : mainExit.status(), mainExit.killed() ? mainExit.status() : 0,
                mainExit.coreDumped(), stops, false);
    }

    private void start() throws RecordException {
        if (options.launches()) {
            List<String> command = options.command();
            String path = CommandPath.resolve(command.get(0), System.getenv("PATH"));
            launchStart = CommandLauncher.start(command, path, Ptrace.options(options.followForks(), true));
            mainPid = launchStart.pid();
            tasks.put(mainPid, new Task(mainPid, false));
        } else {
            attachAll();
        }
    }

    /**
     * Attaches to every pid given. One that cannot be attached (gone, already traced, not permitted) is
     * reported as a warning and the others are traced, as strace does; only when none can be is it an error.
     */
    private void attachAll() throws RecordException {
        int opts = Ptrace.options(options.followForks(), false);
        RecordException first = null;
        for (int pid : options.pids()) {
            try {
                Attacher.attach(pid, opts, tasks.keySet(), t -> {
                    Task task = new Task(t, true);
                    task.attaching = true;
                    tasks.put(t, task);
                });
            } catch (RecordException e) {
                if (first == null) {
                    first = e;
                }
                if (options.pids().size() > 1) {
                    warnings.accept(e.getMessage());
                }
            }
        }
        if (tasks.isEmpty()) {
            throw options.pids().size() > 1 ? new RecordException("could not attach to any of the processes given")
                    : first;
        }
    }

    /** Runs until every tracee is gone (false) or a stop was requested and everything detached (true). */
    private boolean trace() throws IOException {
        while (!tasks.isEmpty()) {
            if (stopRequested) {
                detachAll();
                return true;
            }
            int pid = Native.LIBC.waitpid(-1, status, WAIT_FLAGS);
            long now = System.nanoTime();
            if (pid < 0) {
                int errno = Native.errno();
                if (errno == Errno.EINTR) {
                    continue;
                }
                if (errno == Errno.ECHILD) {
                    break;
                }
                throw new IllegalStateException("waitpid: " + Errno.message(errno));
            }
            int st = status.getInt(0);
            if (!WaitStatus.stopped(st)) {
                onTermination(pid, now, st);
                continue;
            }
            Task task = tasks.computeIfAbsent(pid, p -> new Task(p, true)); // a child may report before its parent's event
            int sig = WaitStatus.stopSignal(st);
            int event = WaitStatus.event(st);
            try {
                if (sig == WaitStatus.SYSCALL_TRAP) {
                    onSyscallStop(task, now);
                } else if (event != 0) {
                    onEventStop(task, now, event, sig);
                } else {
                    onSignalDelivery(task, now, sig);
                }
            } catch (IOException | RuntimeException e) {
                // The task sits in a stop that waitpid will not report again: let it go now.
                Ptrace.detach(pid, event == 0 && sig != WaitStatus.SYSCALL_TRAP ? sig : 0);
                tasks.remove(pid);
                throw e;
            }
        }
        return false;
    }

    private void onTermination(int pid, long now, int st) throws IOException {
        Task task = tasks.remove(pid);
        if (task == null) {
            return;
        }
        TaskExit exit = TaskExit.ofWaitStatus(pid, now, st);
        if (pid == mainPid) {
            mainExit = exit;
        }
        forgetClock(pid);
        if (task.recording) {
            emit(exit);
        }
    }

    private void onSyscallStop(Task task, long now) throws IOException {
        int t = task.tid;
        if (info.fetch(t) != 0) {
            resume(t, 0); // the task vanished (SIGKILL); its exit comes from waitpid
            return;
        }
        int op = info.op();
        Arch arch = info.arch();
        if (op == SyscallInfo.OP_ENTRY || op == SyscallInfo.OP_SECCOMP) {
            int nr = info.nr();
            task.enter(arch, nr);
            info.args(task.args);
            if (!task.recording && launchStart.isCommandExec(arch, nr)) {
                task.recording = true;
                launchStart.commandExecReached();
            }
            if (task.recording) {
                long[] args = task.args.clone();
                List<Capture> captures = planner.atEntry(arch, nr, args, info.sp(), memory.of(t));
                emit(new SyscallEntry(t, now, arch, nr, args, info.ip(), info.sp(), captures, cpuNs(t)));
            }
        } else if (op == SyscallInfo.OP_EXIT) {
            long rval = info.rval();
            boolean error = info.isError();
            if (!task.inSyscall) {
                unseenEntry(task, arch);
            }
            task.inSyscall = false;
            if (task.recording) {
                long[] args = task.args.clone();
                List<Capture> captures = planner.atExit(arch, task.nr, args, rval, error, memory.of(t));
                emit(new SyscallExit(t, now, arch, task.nr, rval, error, captures, cpuNs(t),
                        fdLinks.afterCall(t, planner.createdFds(arch, task.nr, rval, error, captures),
                                planner.changedSocket(arch, task.nr, args, rval, error),
                                planner.onlyBinds(arch, task.nr))));
            }
        }
        resume(t, 0);
    }

    /** An exit whose entry was not seen (the task was attached inside the call): ask the registers. */
    private void unseenEntry(Task task, Arch arch) {
        if (registers.fetch(task.tid) == 0) {
            task.nr = registers.syscallNumber();
            registers.args(arch, task.args);
        } else {
            task.nr = -1;
            Arrays.fill(task.args, 0);
        }
    }

    /**
     * At the attach stop of a task that was blocked in a syscall: the attach interrupted that call, which
     * returned an ERESTART* code without a syscall-exit stop (the task was not yet resumed with
     * PTRACE_SYSCALL). Record that return, with the number from orig_rax, so the analyzer knows which call
     * the task restarts (strace's {@code restart_syscall(<... resuming interrupted NAME ...>)}).
     */
    private void recordInterruptedCall(Task task, long now) throws IOException {
        int t = task.tid;
        if (registers.fetch(t) != 0 || info.fetch(t) != 0) {
            return;
        }
        long rval = registers.returnValue();
        int nr = registers.syscallNumber();
        if (nr < 0 || !Registers.isRestartCode(rval)) {
            return;
        }
        emit(new SyscallExit(t, now, info.arch(), nr, rval, true, List.of(), -1));
    }

    private void onEventStop(Task task, long now, int event, int sig) throws IOException {
        int t = task.tid;
        if (event == Ptrace.EVENT_STOP) {
            if (WaitStatus.isStoppingSignal(sig)) {
                if (task.recording) {
                    emit(new GroupStop(t, now, sig));
                }
                Ptrace.listen(t);
                return;
            }
            if (task.recording) {
                emit(new PtraceEvent(t, now, PtraceEvent.Kind.STOP, 0));
                if (task.attaching) {
                    recordInterruptedCall(task, now);
                }
            }
            task.attaching = false;
            resume(t, 0);
            return;
        }
        long message = Ptrace.eventMessage(t, eventMessage) == 0 ? eventMessage.getLong(0) : 0;
        switch (event) {
            case Ptrace.EVENT_FORK, Ptrace.EVENT_VFORK, Ptrace.EVENT_CLONE ->
                    tasks.computeIfAbsent((int) message, child -> new Task(child, true));
            case Ptrace.EVENT_EXEC -> {
                forgetClock(t);
                forgetClock((int) message);
                task = onExec(task, (int) message);
                task.recording = true; // start-up fallback: an exec we did not recognise at its entry
            }
            default -> {
            }
        }
        if (task.recording) {
            emit(new PtraceEvent(t, now, PtraceEvent.Kind.ofCode(event), message));
            if (event == Ptrace.EVENT_FORK || event == Ptrace.EVENT_VFORK || event == Ptrace.EVENT_CLONE) {
                introduceChild((int) message, now);
            }
        }
        resume(t, 0);
    }

    /** After an exec by a non-leader thread, the thread carries on under the leader's tid. */
    private Task onExec(Task leader, int formerTid) {
        if (formerTid == leader.tid) {
            return leader;
        }
        Task execing = tasks.remove(formerTid);
        if (execing == null) {
            return leader;
        }
        execing.tid = leader.tid;
        tasks.put(leader.tid, execing);
        return execing;
    }

    private void onSignalDelivery(Task task, long now, int sig) throws IOException {
        int t = task.tid;
        if (task.recording && Ptrace.siginfo(t, siginfo) == 0) {
            byte[] bytes = new byte[SignalStop.SIGINFO_SIZE];
            siginfo.get(0, bytes, 0, bytes.length);
            emit(new SignalStop(t, now, sig, bytes));
        }
        resume(t, sig);
    }

    private void resume(int t, int sig) {
        Ptrace.resume(t, sig); // ESRCH: killed meanwhile; waitpid will report how it ended
    }

    private void emit(Stop stop) throws IOException {
        Optional<TaskSeen> seen = announcer.before(stop);
        if (seen.isPresent()) {
            sink.accept(seen.get()); // not a ptrace stop: not counted
        }
        sink.accept(stop);
        stops++;
    }

    /** A new child is introduced at its creator's event, before the creating call returns its pid. */
    private void introduceChild(int child, long now) throws IOException {
        Optional<TaskSeen> seen = announcer.born(child, now);
        if (seen.isPresent()) {
            sink.accept(seen.get());
        }
    }

    /** The task's CPU time for a syscall stop, or -1 when not recorded. */
    private long cpuNs(int t) {
        return clock == null ? TaskClock.UNKNOWN : clock.cpuNs(t);
    }

    private void forgetClock(int t) {
        if (clock != null) {
            clock.forget(t);
        }
    }

    /**
     * Detaches from every tracee: interrupt each, and at each one's next stop detach, passing back
     * the signal of a signal-delivery stop. Children born meanwhile are detached at their first stop;
     * a group-stopped tracee stays stopped. Exits seen meanwhile are still recorded.
     */
    private void detachAll() {
        stopping = true;
        if (launchStart != null && tasks.containsKey(mainPid)) {
            launchStart.abandonBeforeExec();
        }
        for (int t : new ArrayList<>(tasks.keySet())) {
            Ptrace.interrupt(t); // ESRCH: it is dying, and waitpid will report its end
        }
        Set<Integer> detached = new HashSet<>();
        while (!tasks.isEmpty()) {
            int pid = Native.LIBC.waitpid(-1, status, WAIT_FLAGS);
            if (pid < 0) {
                if (Native.errno() == Errno.EINTR) {
                    continue;
                }
                break;
            }
            int st = status.getInt(0);
            if (!WaitStatus.stopped(st)) {
                try {
                    onTermination(pid, System.nanoTime(), st);
                } catch (IOException e) {
                    // the trace is being abandoned anyway; detaching matters more
                }
                continue;
            }
            int sig = WaitStatus.stopSignal(st);
            int event = WaitStatus.event(st);
            if (event == Ptrace.EVENT_FORK || event == Ptrace.EVENT_VFORK || event == Ptrace.EVENT_CLONE) {
                int child = Ptrace.eventMessage(pid, eventMessage) == 0 ? (int) eventMessage.getLong(0) : 0;
                if (child > 0 && !detached.contains(child)) {
                    tasks.putIfAbsent(child, new Task(child, false));
                }
            }
            boolean signalDelivery = event == 0 && sig != WaitStatus.SYSCALL_TRAP;
            Ptrace.detach(pid, signalDelivery ? sig : 0);
            tasks.remove(pid);
            detached.add(pid);
        }
    }
}
