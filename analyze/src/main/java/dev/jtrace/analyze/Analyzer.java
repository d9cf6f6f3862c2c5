package dev.jtrace.analyze;

import dev.jtrace.analyze.AnalyzeOptions.CallStatus;
import dev.jtrace.analyze.AnalyzeOptions.StatusFilter;
import dev.jtrace.analyze.AnalyzeOptions.SummaryMode;
import dev.jtrace.format.Arch;
import dev.jtrace.format.Capture;
import dev.jtrace.format.GroupStop;
import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.SignalStop;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.TaskSeen;
import dev.jtrace.format.TraceMetadata;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.Siginfo;
import dev.jtrace.format.decode.Signals;
import dev.jtrace.format.decode.SyscallDecoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a trace's stops into strace's text ({@code strace -f -o FILE} output) and/or its -c table.
 * Feed it stops in recorded order with {@link #accept}, then call {@link #finish}; or use {@link #run}.
 */
public final class Analyzer {
    private static final long CLONE_FILES = 0x400;
    private static final int EINTR = 4;
    /** The calls whose returned pid strace 6.1 translates with --pidns-translation (set_tid_address's not). */
    private static final Set<String> PID_RESULTS = Set.of("getpid", "gettid", "getppid", "getpgrp", "getpgid",
            "getsid", "fork", "vfork", "clone", "clone3");

    private final SyscallDecoder decoder;
    private final AnalyzeOptions options;
    private final Appendable out;
    private final LineWriter lines;
    private final SummaryTable summary = new SummaryTable();
    private final FdTracker fds;
    private final CallDecoding decoding;
    private final PathFilter paths;
    private final CallMarks marks;
    private final PidNamespaces pids;
    private final Map<Integer, Task> tasks = new HashMap<>();
    private final boolean printTrace;
    private boolean hidden;
    private long stopsSeen;
    private Appendable notices;

    /** An analyzer that takes nothing from the machine it runs on but the time zone. */
    public Analyzer(TraceMetadata metadata, SyscallDecoder decoder, AnalyzeOptions options, Appendable out) {
        this(metadata, decoder, options, out, Host.detached());
    }

    public Analyzer(TraceMetadata metadata, SyscallDecoder decoder, AnalyzeOptions options, Appendable out,
                    Host host) {
        this.decoder = decoder;
        this.options = options;
        this.out = out;
        boolean pidPrefix = options.followForks() || metadata.followForks() || metadata.attachedPids().size() > 1;
        DisplayOptions display = options.display();
        this.marks = new CallMarks(display.syscallNumbers(), display.instructionPointer());
        this.lines = new LineWriter(out, pidPrefix,
                new Timestamper(options.timestamps(), options.relative(), metadata, host.zone()), options.alignColumn(),
                marks::of);
        this.fds = new FdTracker(host.realPath());
        this.decoding = new CallDecoding(decoder, options.decode(), display);
        this.paths = new PathFilter(display.paths(), fds);
        this.pids = new PidNamespaces(metadata.recorderPidNs());
        this.printTrace = options.summary() != SummaryMode.ONLY;
        // strace shows a command it started from that command's execve on, not its own start-up stops.
        this.hidden = !metadata.command().isEmpty() && metadata.attachedPids().isEmpty();
    }

    /** Analyzes {@code stops} and writes the result to {@code out}. */
    public static void run(Iterable<Stop> stops, TraceMetadata metadata, SyscallDecoder decoder,
                           AnalyzeOptions options, Appendable out) throws IOException {
        Analyzer a = new Analyzer(metadata, decoder, options, out);
        for (Stop s : stops) {
            a.accept(s);
        }
        a.finish();
    }

    /**
     * Where to write strace's personality notices ({@code [ Process PID=N runs in 32 bit mode. ]}) when a task
     * switches between the x86_64 and i386 syscall ABIs. strace writes them to stderr only when its trace goes
     * there too (no -o); by default (null) none are written, as with strace -o FILE.
     */
    public void noticesTo(Appendable notices) {
        this.notices = notices;
    }

    /**
     * The stops fed start in the middle of the recording (its first parts were deleted by rotation): show them
     * all, rather than waiting for the launched command's execve as at the start of a recording.
     */
    public void startsMidRecording() {
        hidden = false;
    }

    /** How many stops were fed. */
    public long stopsSeen() {
        return stopsSeen;
    }

    public void accept(Stop stop) throws IOException {
        stopsSeen++;
        if (stop instanceof SyscallEntry e) {
            entered(e);
        } else if (stop instanceof SyscallExit x) {
            returned(x);
        } else if (stop instanceof SignalStop s) {
            signal(s);
        } else if (stop instanceof GroupStop g) {
            groupStop(g);
        } else if (stop instanceof PtraceEvent ev) {
            event(ev);
        } else if (stop instanceof TaskExit te) {
            taskExit(te);
        } else if (stop instanceof TaskSeen s) {
            fds.seen(s);
            pids.seen(s);
        }
    }

    /** Ends an unfinished last line and writes the -c table when asked for. */
    public void finish() throws IOException {
        finish(false);
    }

    /**
     * As {@link #finish()}, for a trace known to be complete: a call still open at its end was in progress when
     * the recorder detached, and its line ends with {@code <detached ...>} as strace's does.
     */
    public void finish(boolean complete) throws IOException {
        if (complete) {
            lines.closeOpenLineDetached();
        }
        lines.closeOpenLine();
        if (options.summary() != SummaryMode.NONE) {
            summary.write(out, options.sortBy());
        }
    }

    private Task task(int tid) {
        return tasks.computeIfAbsent(tid, Task::new);
    }

    /** The decode context of one call: its -e abbrev=/verbose= choices, -y's fd names, pid translation. */
    private DecodeContext context(Task t, SyscallEntry e, String name) {
        return context(t, decoding.options(e, name));
    }

    private DecodeContext context(Task t) {
        return context(t, options.decode());
    }

    private DecodeContext context(Task t, DecodeOptions decodeOptions) {
        return new DecodeContext(decodeOptions, t.tid(),
                options.decode().fdPaths() > 0 ? fds : DecodeContext.FdNames.NONE,
                options.pidnsTranslation() ? pids : DecodeContext.PidNames.NONE);
    }

    private void entered(SyscallEntry e) throws IOException {
        Task t = task(e.tid());
        String name = decoder.name(e);
        if (t.switchArch(e.arch()) && notices != null && !hidden && printTrace) {
            notice("[ Process PID=" + e.tid() + " runs in " + (e.arch() == Arch.I386 ? "32" : "64") + " bit mode. ]");
        }
        if (hidden && (name.equals("execve") || name.equals("execveat"))) {
            hidden = false;
        }
        boolean shown = !hidden && options.filter().traces(e.arch(), e.nr(), name, decoder)
                && paths.traces(e, name, decoder.classes(e.arch(), e.nr()));
        marks.entered(t, e);
        String text = null;
        if (shown && printTrace) {
            text = name.equals("restart_syscall")
                    ? "<... resuming interrupted " + (t.lastCallName() != null ? t.lastCallName() : "call") + " ...>"
                    : decoding.decoder(e, name).entryText(e, context(t, e, name));
        }
        t.enter(new Task.Call(e, name, shown, text));
        if (!shown || !printTrace) {
            return;
        }
        if (options.status() == StatusFilter.ALL) {
            lines.start(t, e.time());
            lines.append(name + "(" + text);
            lines.leaveOpen(t);
        } else {
            lines.claim(t);
        }
    }

    private void returned(SyscallExit x) throws IOException {
        Task t = task(x.tid());
        Task.Call call = t.pending();
        if (call == null) {
            // The entry was not seen: a call in progress when the recording attached. strace prints nothing
            // for it, but a restart_syscall that follows resumes it.
            if (x.nr() >= 0) {
                t.interrupted(decoder.name(x.arch(), x.nr()));
            }
            return;
        }
        SyscallEntry e = call.entry();
        fds.returned(call.name(), e, x);
        pids.returned(call.name(), e, x);
        t.leave();
        if (!call.shown()) {
            return;
        }
        if (options.summary() != SummaryMode.NONE && !call.name().startsWith(SyscallFilter.UNKNOWN_PREFIX)) {
            // strace's -c leaves out numbers outside its table, though it prints them
            summary.add(e.arch(), e.nr(), call.name(), callTime(e, x), x.error());
        }
        if (!printTrace || !passesStatus(x)) {
            return;
        }
        DecodeContext ctx = context(t, e, call.name());
        SyscallDecoder callDecoder = decoding.decoder(e, call.name());
        String rest = callDecoder.exitText(e, x, ctx) + ")";
        String result = callDecoder.resultText(e, x, ctx);
        if (!x.error() && PID_RESULTS.contains(call.name()) && ctx.pids().outer(t.tid(), (int) x.rval()).isPresent()) {
            result = ctx.pidText(x.rval()); // strace prints these pids in decimal
        }
        if (options.status() != StatusFilter.ALL) {
            // strace 6.1 holds the line back until the return; if another task printed meanwhile, it
            // writes the held part as unfinished and the rest on a line of its own, without prefix.
            boolean interrupted = !lines.lastStartedBy(t);
            lines.start(t, e.time());
            lines.append(call.name() + "(" + call.entryText());
            if (interrupted) {
                lines.breakLine();
            }
        } else if (!lines.isOpenFor(t)) {
            lines.start(t, x.time());
            lines.append("<... " + call.name() + " resumed>");
        }
        lines.append(rest + " ");
        lines.tab();
        lines.append("= " + result);
        if (options.showDuration()) {
            long d = Math.max(0, x.time() - e.time());
            lines.append(String.format(" <%d.%06d>", d / 1_000_000_000L, d % 1_000_000_000L / 1000));
        }
        lines.end();
    }

    private boolean passesStatus(SyscallExit x) {
        return options.status().shows(x.error() ? CallStatus.FAILED : CallStatus.SUCCESSFUL);
    }

    /** -c's time for a call: system CPU time when recorded (as strace measures), else wall time; -w: wall. */
    private long callTime(SyscallEntry e, SyscallExit x) {
        if (!options.wallClockSummary() && e.cpuNs() >= 0 && x.cpuNs() >= 0) {
            return x.cpuNs() - e.cpuNs();
        }
        return x.time() - e.time();
    }

    /** The task died inside a call: strace ends the call's line with {@code = ?}. */
    private void neverReturned(Task t, long time) throws IOException {
        Task.Call call = t.pending();
        t.leave();
        if (call == null || !call.shown() || !printTrace) {
            return;
        }
        if (options.status() != StatusFilter.ALL) {
            if (!options.status().shows(CallStatus.UNFINISHED)) {
                return;
            }
            // -e status=unfinished: the held-back line prints whole, as strace's staged output does
            lines.start(t, call.entry().time());
            lines.append(call.name() + "(" + call.entryText());
        } else if (!lines.isOpenFor(t)) {
            lines.start(t, time);
            lines.append("<... " + call.name() + " resumed>");
        }
        if (!decodedAtEntry(t, call)) {
            lines.append(LineWriter.UNFINISHED);
        }
        lines.append(") ");
        lines.tab();
        lines.append("= ?");
        lines.end();
    }

    /**
     * Whether strace had printed all of a call's arguments at entry. The decoder has no such query, so
     * ask it what it would print at an exit that failed with EINTR: nothing means nothing was left.
     */
    private boolean decodedAtEntry(Task t, Task.Call call) {
        SyscallEntry e = call.entry();
        try {
            SyscallExit probe = new SyscallExit(e.tid(), e.time(), e.arch(), e.nr(), -EINTR, true, List.of(), -1);
            return decoding.decoder(e, call.name()).exitText(e, probe, context(t, e, call.name())).isEmpty();
        } catch (RuntimeException ex) {
            return !call.entryText().endsWith(", ");
        }
    }

    /** A notice on its own stream, after the trace text so far (so that 2>&1 interleaves them as strace's). */
    private void notice(String text) throws IOException {
        if (out instanceof java.io.Flushable f) {
            f.flush();
        }
        notices.append(text).append('\n');
        if (notices instanceof java.io.Flushable f) {
            f.flush();
        }
    }

    private void signal(SignalStop s) throws IOException {
        Task t = task(s.tid());
        if (hidden || !printTrace || !options.signals().traces(s.signo())) {
            return;
        }
        byte[] info = s.siginfo();
        String name = Signals.nameOrNumber(s.signo());
        lines.start(t, s.time());
        DecodeContext ctx = context(t);
        lines.append("--- " + name + (info.length >= 48 ? " " + Siginfo.format(info, ctx) : "") + " ---");
        lines.end();
    }

    private void groupStop(GroupStop g) throws IOException {
        Task t = task(g.tid());
        if (hidden || !printTrace) {
            return;
        }
        lines.start(t, g.time());
        lines.append("--- stopped by " + Signals.nameOrNumber(g.signo()) + " ---");
        lines.end();
    }

    private void event(PtraceEvent ev) throws IOException {
        Task t = task(ev.tid());
        switch (ev.kind()) {
            case FORK, VFORK, CLONE -> {
                int child = (int) ev.message();
                task(child);
                fds.created(t.tid(), child, sharesFiles(t, ev.kind()));
            }
            case EXEC -> execed(t, (int) ev.message(), ev.time());
            case EXIT -> neverReturned(t, ev.time());
            default -> {
            }
        }
    }

    /** Whether the new task shares its creator's fd table (CLONE_FILES), from the creating call's flags. */
    private static boolean sharesFiles(Task parent, PtraceEvent.Kind kind) {
        Task.Call call = parent.pending();
        if (call != null) {
            switch (call.name()) {
                case "fork", "vfork" -> {
                    return false;
                }
                case "clone" -> {
                    return (call.entry().arg(0) & CLONE_FILES) != 0;
                }
                case "clone3" -> {
                    for (Capture c : call.entry().captures()) {
                        if (c.arg() == 0 && c.path().isEmpty() && c.data().length >= 8) {
                            long flags = ByteBuffer.wrap(c.data()).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
                            return (flags & CLONE_FILES) != 0;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return kind == PtraceEvent.Kind.CLONE; // no flags recorded: threads share, forks copy
    }

    /**
     * exec in a multi-threaded process: the exec'ing thread takes the leader's tid; strace reports the
     * leader as superseded and shows the execve's return under the new tid.
     */
    private void execed(Task leaderSlot, int formerTid, long time) throws IOException {
        int tid = leaderSlot.tid();
        if (formerTid == tid) {
            return;
        }
        Task execing = tasks.remove(formerTid);
        if (execing == null) {
            return;
        }
        neverReturned(leaderSlot, time);
        if (!hidden && printTrace && !options.display().quiet(Quiet.SUPERSEDED)) {
            lines.start(leaderSlot, time);
            lines.append("+++ superseded by execve in pid " + formerTid + " +++");
            lines.end();
        }
        execing.renumber(tid);
        tasks.put(tid, execing);
        fds.renamed(formerTid, tid);
        pids.renamed(formerTid);
    }

    private void taskExit(TaskExit te) throws IOException {
        Task t = task(te.tid());
        neverReturned(t, te.time());
        tasks.remove(te.tid());
        fds.gone(te.tid());
        pids.ended(te.tid());
        if (hidden || !printTrace || !te.killed() && options.display().quiet(Quiet.EXIT)
                || te.killed() && !options.signals().traces(te.status())) {
            return;
        }
        marks.gone(t);
        lines.start(t, te.time());
        if (te.killed()) {
            lines.append("+++ killed by " + Signals.nameOrNumber(te.status()) + (te.coreDumped() ? " (core dumped)" : "")
                    + " +++");
        } else {
            lines.append("+++ exited with " + te.status() + " +++");
        }
        lines.end();
    }
}
