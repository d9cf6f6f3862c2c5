package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncStopSinkTest {
    /** Generous: the machine is shared; these waits end as soon as the condition holds. */
    private static final long PATIENCE_MS = 60_000;

    @TempDir
    Path dir;

    private static Stop stop(int i) {
        return new SyscallExit(100 + i % 3, 1_000L * i, Arch.X86_64, i, i, false, List.of(), -1);
    }

    /** Collects what it is given, optionally blocking until released or failing at a given stop. */
    private static final class RecordingSink implements StopSink {
        final List<Stop> stops = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release;
        final int failAt;
        volatile boolean closed;

        RecordingSink(CountDownLatch release, int failAt) {
            this.release = release;
            this.failAt = failAt;
        }

        @Override
        public void accept(Stop stop) throws IOException {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            if (stops.size() == failAt) {
                throw new IOException("No space left on device");
            }
            stops.add(stop);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("gave up waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void stopsReachTheDelegateInOrderAndCloseClosesIt() throws IOException {
        RecordingSink delegate = new RecordingSink(new CountDownLatch(0), -1);
        List<Stop> sent = new ArrayList<>();
        try (AsyncStopSink sink = new AsyncStopSink(delegate, 16)) {
            for (int i = 0; i < 5_000; i++) {
                sent.add(stop(i));
                sink.accept(sent.get(i));
            }
        }
        assertEquals(sent, delegate.stops);
        assertTrue(delegate.closed);
    }

    /** As the recorder uses it: created on one thread, fed by the tracer thread, closed by the first after a join. */
    @Test
    void anotherThreadMayFeedTheSinkBeforeTheCreatorClosesIt() throws Exception {
        RecordingSink delegate = new RecordingSink(new CountDownLatch(0), -1);
        AsyncStopSink sink = new AsyncStopSink(delegate, 8);
        List<Stop> sent = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            sent.add(stop(i));
        }
        Thread tracer = new Thread(() -> {
            try {
                for (Stop s : sent) {
                    sink.accept(s);
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        tracer.start();
        tracer.join();
        sink.close();
        assertEquals(sent, delegate.stops);
        assertTrue(delegate.closed);
    }

    @Test
    void aFullQueueBlocksTheProducerInsteadOfDroppingStops() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingSink slow = new RecordingSink(release, -1);
        int capacity = 3;
        AsyncStopSink sink = new AsyncStopSink(slow, capacity);
        AtomicInteger accepted = new AtomicInteger();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    sink.accept(stop(i));
                    accepted.incrementAndGet();
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        producer.start();
        slow.entered.await();
        await(() -> accepted.get() == capacity + 1 && producer.getState() == Thread.State.WAITING
                || !producer.isAlive(), "the producer to block");
        // One stop is in the delegate's hands, `capacity` wait in the queue; the producer waits with the next.
        assertEquals(capacity + 1, accepted.get());
        assertTrue(producer.isAlive());
        release.countDown();
        producer.join();
        sink.close();
        assertEquals(20, slow.stops.size());
        for (int i = 0; i < 20; i++) {
            assertEquals(stop(i), slow.stops.get(i));
        }
    }

    @Test
    void aDelegateFailureIsRethrownByAcceptAndClose() throws Exception {
        RecordingSink failing = new RecordingSink(new CountDownLatch(0), 2);
        AsyncStopSink sink = new AsyncStopSink(failing, 4);
        IOException thrown = null;
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        for (int i = 0; thrown == null && System.currentTimeMillis() < deadline; i++) {
            try {
                sink.accept(stop(i));
            } catch (IOException e) {
                thrown = e;
            }
            if (i > 10) {
                Thread.sleep(1);
            }
        }
        assertTrue(thrown != null, "accept never reported the failure");
        assertEquals("writing the trace failed: No space left on device", thrown.getMessage());
        IOException onClose = assertThrows(IOException.class, sink::close);
        assertEquals("writing the trace failed: No space left on device", onClose.getMessage());
        assertTrue(failing.closed, "the delegate is closed even after a failure");
        assertEquals(List.of(stop(0), stop(1)), failing.stops);
    }

    @Test
    void aReaderSeesAcceptedStopsWithoutClose() throws Exception {
        Path file = dir.resolve("live.jtrace");
        TraceMetadata metadata = StopArbitraries.metadata(0);
        List<Stop> sent = List.of(stop(1), stop(2), stop(3));
        try (AsyncStopSink sink = new AsyncStopSink(TraceWriter.create(file, metadata, Compression.ZSTANDARD), 64)) {
            for (Stop s : sent) {
                sink.accept(s);
            }
            await(() -> readable(file).equals(sent), "the stops to reach the file");
        }
        try (TraceReader reader = TraceReader.open(file)) {
            List<Stop> read = new ArrayList<>();
            reader.forEach(read::add);
            assertEquals(sent, read);
            assertFalse(reader.damage().isPresent());
        }
    }

    private static List<Stop> readable(Path file) {
        try (TraceReader reader = TraceReader.open(file)) {
            List<Stop> read = new ArrayList<>();
            reader.forEach(read::add);
            return read;
        } catch (IOException e) {
            return List.of();
        }
    }
}
