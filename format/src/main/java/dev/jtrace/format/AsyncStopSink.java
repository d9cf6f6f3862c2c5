package dev.jtrace.format;

import java.io.Flushable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands stops to another sink on a writer thread of its own, so that serialising and compressing them does not
 * hold up the caller (the tracer, whose tracees wait at every stop).
 *
 * <p>The queue is bounded: {@link #accept} blocks while it is full, so a slow disk slows the recording down
 * rather than losing stops. A {@link Flushable} delegate (a {@link TraceWriter}) is flushed at the latest
 * {@value #FLUSH_INTERVAL_MS} ms after the first stop it has not flushed yet, whether more stops arrive or not,
 * so a recorder killed with SIGKILL loses at most about a second of stops. A failure of the delegate is
 * rethrown, as an IOException, by every later {@link #accept} and by {@link #close}.
 *
 * <p>Meant for one producer thread at a time: {@link #accept} calls, then {@link #close}, each after the previous
 * one returned (another thread may take over after, say, {@link Thread#join}).
 *
 * <p>Why not a {@code BlockingQueue}: its writer wakes up for every stop, which costs the producer a futex call
 * and puts a third busy thread on the CPUs the tracer and its tracees share. Here the queue is a single-producer
 * single-consumer ring, and the producer wakes a sleeping writer only when a batch has piled up, the queue is
 * full, or the writer has nothing left to flush (so that the flush deadline starts from the new stop).
 */
public final class AsyncStopSink implements StopSink {
    static final long FLUSH_INTERVAL_MS = 1000;
    /** Stops that wake the writer: it then works through them in one go. */
    static final int BATCH = 512;

    private static final VarHandle SLEEPING;

    static {
        try {
            SLEEPING = MethodHandles.lookup().findVarHandle(AsyncStopSink.class, "sleeping", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final StopSink delegate;
    private final Stop[] ring;
    private final int wakeAt;
    private final Thread writer;

    /** Stops put in so far (written by the producer only). */
    private volatile long tail;
    /** Stops taken out so far (written by the writer only). */
    private volatile long head;
    /** The producer's last look at {@link #head}: it only reads the volatile field again when this says full. */
    private long knownHead;

    /** The writer is parked, or about to; whoever sets it back to false wakes the writer. */
    private volatile boolean sleeping;
    /** The writer sleeps until the next stop, not until a flush deadline: wake it for a single stop. */
    private volatile boolean idle;
    /** The producer, while it waits for room in the ring. */
    private volatile Thread waitingProducer;
    private volatile boolean closing;
    private volatile Throwable failure;
    private boolean closed;

    /**
     * @param delegate where the stops go; it is used by the writer thread only, and closed by {@link #close}
     * @param capacity how many stops may wait for the writer thread
     */
    public AsyncStopSink(StopSink delegate, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.delegate = delegate;
        this.ring = new Stop[capacity];
        this.wakeAt = Math.min(BATCH, capacity);
        this.writer = new Thread(this::run, "jtrace-stop-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the stop, waiting while the queue is full. */
    @Override
    public void accept(Stop stop) throws IOException {
        if (closed) {
            throw new IllegalStateException("accept() after close()");
        }
        rethrowFailure();
        long t = tail;
        if (t - knownHead == ring.length) {
            waitForRoom(t);
        }
        ring[(int) (t % ring.length)] = stop;
        tail = t + 1; // volatile write: publishes the slot
        if (sleeping && (idle || t + 1 - knownHead >= wakeAt && t + 1 - (knownHead = head) >= wakeAt)) {
            wakeWriter();
        }
    }

    private void waitForRoom(long t) throws IOException {
        while (t - (knownHead = head) == ring.length) {
            waitingProducer = Thread.currentThread();
            if (t - head == ring.length) { // re-read after announcing: the writer may have just made room
                wakeWriter();
                LockSupport.park(this);
            }
            waitingProducer = null;
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the trace writer");
            }
            rethrowFailure();
        }
    }

    private void wakeWriter() {
        if (SLEEPING.compareAndSet(this, true, false)) {
            LockSupport.unpark(writer);
        }
    }

    private void wakeProducer() {
        Thread waiting = waitingProducer;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }

    /** Waits until every accepted stop has been handed to the delegate, then closes it. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            closing = true;
            sleeping = false;
            LockSupport.unpark(writer);
            boolean interrupted = false;
            while (true) {
                try {
                    writer.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the stops must still reach the file; keep waiting
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        rethrowFailure();
    }

    private void rethrowFailure() throws IOException {
        Throwable f = failure;
        if (f != null) {
            String message = f.getMessage() == null ? f.toString() : f.getMessage();
            throw new IOException("writing the trace failed: " + message, f);
        }
    }

    private void run() {
        try {
            writeUntilClosed();
        } catch (Throwable t) {
            failure = t;
            discardUntilClosed();
        } finally {
            try {
                delegate.close();
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
        }
    }

    private void writeUntilClosed() throws IOException {
        long flushDeadline = 0; // System.nanoTime() by which to flush; meaningless while nothing is unflushed
        boolean unflushed = false;
        while (true) {
            boolean last = closing; // read before the tail: every stop accepted before close() is then seen
            long end = tail;
            if (head != end) {
                if (!unflushed) {
                    unflushed = true;
                    flushDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FLUSH_INTERVAL_MS);
                }
                for (long h = head; h != end; h++) {
                    delegate.accept(take(h));
                }
            }
            if (last) {
                return;
            }
            if (unflushed && System.nanoTime() - flushDeadline >= 0) {
                if (delegate instanceof Flushable flushable) {
                    flushable.flush();
                }
                unflushed = false;
            }
            sleep(unflushed, flushDeadline);
        }
    }

    /** Takes stop number {@code h} out of the ring, making room for the producer. */
    private Stop take(long h) {
        int slot = (int) (h % ring.length);
        Stop stop = ring[slot];
        ring[slot] = null;
        head = h + 1;
        wakeProducer();
        return stop;
    }

    /**
     * Parks until the producer wakes the writer or, with stops unflushed, until the flush deadline. An idle
     * writer (nothing unflushed) is woken by the very next stop, so that stop is flushed in time.
     */
    private void sleep(boolean unflushed, long flushDeadline) {
        idle = !unflushed;
        sleeping = true;
        // Look again after announcing the sleep: a stop published before the producer could see the flag is here.
        long pending = tail - head;
        if (closing || pending >= wakeAt || !unflushed && pending > 0) {
            sleeping = false;
            return;
        }
        if (unflushed) {
            LockSupport.parkNanos(this, flushDeadline - System.nanoTime());
        } else {
            LockSupport.park(this);
        }
        sleeping = false;
    }

    /** After a failure: keep the queue moving so that the producer never blocks forever, until close. */
    private void discardUntilClosed() {
        while (true) {
            boolean last = closing;
            long end = tail;
            for (long h = head; h != end; h++) {
                take(h);
            }
            wakeProducer();
            if (last) {
                return;
            }
            idle = true;
            sleeping = true;
            if (!closing && tail == head) {
                LockSupport.park(this);
            }
            sleeping = false;
        }
    }
}
