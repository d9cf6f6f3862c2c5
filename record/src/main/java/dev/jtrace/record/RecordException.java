package dev.jtrace.record;

/** A recording failed for a reason the user can act on; the message is one line, ready to print. */
public final class RecordException extends Exception {
    public RecordException(String message) {
        super(message);
    }

    public RecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
