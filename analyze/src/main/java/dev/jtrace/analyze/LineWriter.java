package dev.jtrace.analyze;

import java.io.IOException;

/**
 * strace's output discipline: a line begins with the pid and time prefix; a call's line stays open
 * after its entry, and whatever another task prints next first ends it with {@code " <unfinished ...>"}.
 * Tracks the column so that {@code "= "} lands on the alignment column.
 */
final class LineWriter {
    static final String UNFINISHED = " <unfinished ...>";
    static final String DETACHED = " <detached ...>";

    private final Appendable out;
    private final boolean pidPrefix;
    private final Timestamper clock;
    private final int alignColumn;
    private final java.util.function.Function<Task, String> marks;
    private Task openFor;
    private Task lastStarted;
    private int column;

    LineWriter(Appendable out, boolean pidPrefix, Timestamper clock, int alignColumn) {
        this(out, pidPrefix, clock, alignColumn, t -> "");
    }

    /** @param marks what follows the time on a task's line (-n, -i) */
    LineWriter(Appendable out, boolean pidPrefix, Timestamper clock, int alignColumn,
               java.util.function.Function<Task, String> marks) {
        this.marks = marks;
        this.out = out;
        this.pidPrefix = pidPrefix;
        this.clock = clock;
        this.alignColumn = alignColumn;
    }

    /** Starts a line for {@code task}, first ending any open line as unfinished. */
    void start(Task task, long time) throws IOException {
        closeOpenLine();
        column = 0;
        lastStarted = task;
        if (pidPrefix) {
            String pid = Integer.toString(task.tid());
            append(pid.length() < 5 ? pid + " ".repeat(5 - pid.length()) + " " : pid + " ");
        }
        append(clock.prefix(time));
        append(marks.apply(task));
    }

    /** Records that {@code task} began a call whose text is held back (-z/-Z), as strace's staging does. */
    void claim(Task task) throws IOException {
        closeOpenLine();
        lastStarted = task;
    }

    /** True when the last line started (or claimed) belongs to {@code task}. */
    boolean lastStartedBy(Task task) {
        return lastStarted == task;
    }

    boolean isOpenFor(Task task) {
        return openFor == task;
    }

    void append(String s) throws IOException {
        out.append(s);
        column += s.length();
    }

    /** Pads with spaces to the alignment column (nothing when already past it). */
    void tab() throws IOException {
        if (column < alignColumn) {
            append(" ".repeat(alignColumn - column));
        }
    }

    /** Leaves the line open for {@code task}'s return. */
    void leaveOpen(Task task) {
        openFor = task;
    }

    void end() throws IOException {
        out.append('\n');
        column = 0;
        openFor = null;
    }

    /** Ends an open line as strace does for a call in progress when it detached. */
    void closeOpenLineDetached() throws IOException {
        if (openFor != null) {
            out.append(DETACHED);
            end();
        }
    }

    /** Ends an open line as unfinished. */
    void closeOpenLine() throws IOException {
        if (openFor != null) {
            out.append(UNFINISHED);
            end();
        }
    }

    /** Continues on a fresh line without a prefix (strace's -z/-Z output of an interrupted staged call). */
    void breakLine() throws IOException {
        out.append(UNFINISHED);
        end();
    }
}
