package dev.jtrace.record;

import dev.jtrace.format.StopSink;
import dev.jtrace.format.syscalls.CapturePlanner;
import java.util.function.Consumer;

/**
 * Records every ptrace stop of a launched command or of attached processes into a {@link StopSink}.
 * {@link #run()} does the work on a dedicated tracer thread and returns when the traced processes are
 * gone or {@link #stop()} detached from them. The sink is the caller's to close.
 */
public final class Recorder {
    private static final long KICK_INTERVAL_MS = 10;

    private final Tracer tracer;
    private volatile Thread thread;

    public Recorder(RecordOptions options, CapturePlanner planner, StopSink sink) {
        this(options, planner, sink, message -> {
        });
    }

    /**
     * @param warnings told, in one line each, about problems that do not end the recording (with several
     *                 -p pids: a process that could not be attached while the others are traced)
     */
    public Recorder(RecordOptions options, CapturePlanner planner, StopSink sink, Consumer<String> warnings) {
        this.tracer = new Tracer(options, planner, sink, warnings);
    }

    /**
     * Records until the command (with -f: and all its descendants) has ended, or until {@link #stop()}.
     *
     * @throws RecordException for a problem the user can act on (command not found, cannot attach,
     *                         the sink failed); tracees are detached before it is thrown
     */
    public RecordResult run() throws RecordException {
        WakeUp.install();
        Object[] outcome = new Object[1];
        Thread t = new Thread(() -> {
            try {
                outcome[0] = tracer.run();
            } catch (RecordException | RuntimeException | Error e) {
                outcome[0] = e;
            }
        }, "jtrace-tracer");
        synchronized (this) {
            if (thread != null) {
                throw new IllegalStateException("a Recorder runs once");
            }
            thread = t;
        }
        t.start();
        joinUninterruptibly(t);
        Object o = outcome[0];
        if (o instanceof RecordResult r) {
            return r;
        }
        if (o instanceof RecordException e) {
            throw e;
        }
        if (o instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) o;
    }

    /**
     * Asks the recorder to detach from all tracees and return from {@link #run()}; callable from any
     * thread (a signal handler's too). Attached processes keep running; a group-stopped one stays stopped.
     * Returns once the tracer has started detaching (or has finished).
     */
    public void stop() {
        tracer.stopRequested = true;
        Thread t = thread;
        // The signal may land just before the tracer blocks in waitpid; repeat it until it is seen.
        while (t != null && t.isAlive() && !tracer.stopping) {
            int tid = tracer.tid;
            if (tid != 0) {
                WakeUp.kick(tid);
            }
            try {
                Thread.sleep(KICK_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
