package dev.jtrace.format;

import java.io.IOException;

/** Where a recorder puts stops: a trace file writer, or an in-memory list in tests. */
public interface StopSink extends AutoCloseable {
    void accept(Stop stop) throws IOException;

    @Override
    void close() throws IOException;
}
