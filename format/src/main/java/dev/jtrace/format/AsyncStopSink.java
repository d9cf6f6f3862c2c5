package dev.jtrace.format;

import java.io.Flushable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

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
 * <p>Meant for one producer thread: {@link #accept} and {@link #close} are called by the same thread.
 */
public final class AsyncStopSink implements StopSink {
    static final long FLUSH_INTERVAL_MS = 1000;

    /** Put in the queue by {@link #close}: everything before it has been accepted. */
    private static final Object END = new Object();

    private final StopSink delegate;
    private final BlockingQueue<Object> queue;
    private final Thread writer;
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
        this.queue = new ArrayBlockingQueue<>(capacity);
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
        try {
            queue.put(stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the trace writer");
        }
    }

    /** Waits until every accepted stop has been handed to the delegate, then closes it. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            boolean interrupted = false;
            while (true) {
                try {
                    queue.put(END);
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
            writeUntilEnd();
        } catch (Throwable t) {
            failure = t;
            discardUntilEnd();
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

    private void writeUntilEnd() throws IOException, InterruptedException {
        long flushDeadline = 0; // System.nanoTime() by which to flush; meaningless while nothing is unflushed
        boolean unflushed = false;
        while (true) {
            Object item;
            if (unflushed) {
                item = queue.poll(flushDeadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } else {
                item = queue.take();
            }
            if (item == END) {
                return;
            }
            if (item != null) {
                delegate.accept((Stop) item);
                if (!unflushed) {
                    unflushed = true;
                    flushDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FLUSH_INTERVAL_MS);
                }
            }
            if (unflushed && System.nanoTime() - flushDeadline >= 0) {
                if (delegate instanceof Flushable flushable) {
                    flushable.flush();
                }
                unflushed = false;
            }
        }
    }

    /** After a failure: keep the queue moving so that producers never block forever, until close. */
    private void discardUntilEnd() {
        while (true) {
            try {
                if (queue.take() == END) {
                    return;
                }
            } catch (InterruptedException e) {
                // nothing interrupts this thread; if something did, close() still needs END to be taken
            }
        }
    }
}
