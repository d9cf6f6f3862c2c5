package dev.jtrace.record;

import dev.jtrace.format.Stop;
import dev.jtrace.format.StopSink;
import dev.jtrace.format.TaskSeen;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects stops in memory; other threads may wait for a number of them. {@link #stops()} are the
 * ptrace stops, {@link #all()} also has the {@link TaskSeen} records that introduce the tasks.
 */
class ListSink implements StopSink {
    private final List<Stop> all = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();

    @Override
    public synchronized void accept(Stop stop) {
        all.add(stop);
        if (!(stop instanceof TaskSeen)) {
            stops.add(stop);
        }
        notifyAll();
    }

    @Override
    public void close() {
    }

    synchronized List<Stop> stops() {
        return List.copyOf(stops);
    }

    synchronized List<Stop> all() {
        return List.copyOf(all);
    }

    /** Blocks until at least {@code n} ptrace stops have arrived. */
    synchronized void awaitAtLeast(int n) throws InterruptedException {
        while (stops.size() < n) {
            wait();
        }
    }
}
