package dev.jtrace.format;

import java.io.IOException;

/** A file that cannot be read as a trace; the message is one line meant for the user. */
public final class TraceFormatException extends IOException {
    public TraceFormatException(String message) {
        super(message);
    }

    public TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
