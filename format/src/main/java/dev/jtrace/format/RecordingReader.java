package dev.jtrace.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads one recording from one trace file, or from the parts of a recording split by
 * {@link RotatingTraceWriter}, given in any order: they are checked to belong to one recording and read in
 * part order as one stream of stops. The oldest parts may be missing (deleted by rotation); a gap between two
 * parts is an error. Iteration stops at the first damage, which {@link #damage()} then describes.
 */
public final class RecordingReader implements Iterable<Stop>, AutoCloseable {
    private final List<TraceReader> parts;
    private boolean iterated;
    private String damage;

    private RecordingReader(List<TraceReader> parts) {
        this.parts = parts;
    }

    /**
     * Opens the files and reads their headers.
     *
     * @throws TraceFormatException with a one-line message when a file cannot be read as a trace, or the files
     *                              are not the parts of one recording
     */
    public static RecordingReader open(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no trace file given");
        }
        List<TraceReader> readers = new ArrayList<>();
        try {
            for (Path file : files) {
                readers.add(TraceReader.open(file));
            }
            if (readers.size() > 1) {
                checkParts(readers);
            }
            return new RecordingReader(List.copyOf(readers));
        } catch (IOException | RuntimeException e) {
            for (TraceReader r : readers) {
                r.close();
            }
            throw e;
        }
    }

    /** Sorts the readers by part index, after checking they are consecutive parts of one recording. */
    private static void checkParts(List<TraceReader> readers) throws TraceFormatException {
        for (TraceReader r : readers) {
            if (r.part().isEmpty()) {
                throw new TraceFormatException(r.path() + " is a whole recording, not a part of one:"
                        + " give it alone");
            }
        }
        readers.sort(Comparator.comparingInt(r -> r.part().orElseThrow().index()));
        TraceReader first = readers.get(0);
        String id = first.part().orElseThrow().recordingId();
        for (int i = 1; i < readers.size(); i++) {
            TraceReader previous = readers.get(i - 1);
            TraceReader r = readers.get(i);
            RecordingPart p = r.part().orElseThrow();
            if (!p.recordingId().equals(id)) {
                throw new TraceFormatException(r.path() + " belongs to another recording than " + first.path());
            }
            int expected = previous.part().orElseThrow().index() + 1;
            if (p.index() < expected) {
                throw new TraceFormatException(r.path() + " and " + previous.path() + " are the same part ("
                        + p.index() + ") of the recording");
            }
            if (p.index() > expected) {
                throw new TraceFormatException("part " + expected + " of the recording is missing (between "
                        + previous.path() + " and " + r.path() + ")");
            }
        }
    }

    /** The recording's metadata (every part carries the same). */
    public TraceMetadata metadata() {
        return parts.get(0).metadata();
    }

    /** The files in part order. */
    public List<Path> paths() {
        return parts.stream().map(TraceReader::path).toList();
    }

    /** The index of the first part read: above 0 when older parts were deleted by rotation. */
    public int firstPartIndex() {
        return parts.get(0).part().map(RecordingPart::index).orElse(0);
    }

    /** After iteration ended: where and why it ended before the end of the recording, if it did. */
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    /**
     * The stops of all parts in order.
     *
     * @throws IllegalStateException when called a second time
     */
    @Override
    public Iterator<Stop> iterator() {
        if (iterated) {
            throw new IllegalStateException("a RecordingReader can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            private int index;
            private Iterator<Stop> current = parts.get(0).iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    TraceReader done = parts.get(index);
                    if (done.damage().isPresent()) {
                        damage = (parts.size() > 1 || index > 0 ? done.path() + ": " : "") + done.damage().get();
                        return false;
                    }
                    if (++index == parts.size()) {
                        return false;
                    }
                    current = parts.get(index).iterator();
                }
                return true;
            }

            @Override
            public Stop next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (TraceReader r : parts) {
            try {
                r.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
