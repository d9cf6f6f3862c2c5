package dev.jtrace.record;

import dev.jtrace.format.Stop;
import dev.jtrace.format.StopSink;
import java.util.ArrayList;
import java.util.List;

/** Collects stops in memory; other threads may wait for a number of them. */
class ListSink implements StopSink {
    private final List<Stop> stops = new ArrayList<>();

    @Override
    public synchronized void accept(Stop stop) {
        stops.add(stop);
        notifyAll();
    }

    @Override
    public void close() {
    }

    synchronized List<Stop> stops() {
        return List.copyOf(stops);
    }

    /** Blocks until at least {@code n} stops have arrived. */
    synchronized void awaitAtLeast(int n) throws InterruptedException {
        while (stops.size() < n) {
            wait();
        }
    }
}
