package dev.jtrace.record.inject;

/** The syscall host could not be started or driven; the message is one line. */
public final class HostException extends Exception {
    public HostException(String message) {
        super(message);
    }
}
