package dev.jtrace.record;

import dev.jtrace.format.OpenFd;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names descriptors as the kernel does: readlink /proc/TID/fd/N ({@code pipe:[1234]}, a path, ...), with the
 * detail strace -yy adds ({@link FdDetails}). The readlink costs about 3.5 µs, nearly all of it the kernel's
 * /proc lookup (a readlink through JNR cost the same); details cost more only for devices, pidfds and sockets.
 * Used on the tracer thread only.
 */
final class FdLinks implements AutoCloseable {
    private final SocketDetails sockets = new SocketDetails();
    private final FdDetails details = new FdDetails(sockets);

    /** The targets of {@code fds} of task {@code tid}; a descriptor already closed again is left out. */
    List<OpenFd> read(int tid, int[] fds) {
        if (fds.length == 0) {
            return List.of();
        }
        List<OpenFd> named = new ArrayList<>(fds.length);
        for (int fd : fds) {
            read(tid, fd).ifPresent(named::add);
        }
        return named;
    }

    /** fd {@code fd} of task {@code tid} with its detail; empty when it is not open. */
    Optional<OpenFd> read(int tid, int fd) {
        try {
            String target = Files.readSymbolicLink(FdDetails.link(tid, fd)).toString();
            return Optional.of(new OpenFd(fd, target, details.of(tid, fd, target)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // closed by another thread meanwhile, or the task is gone
        }
    }

    /**
     * The fds a returned call created, and the socket whose addresses it may have set ({@code changedSocket},
     * -1 for none) when that is one of the task's sockets.
     */
    List<OpenFd> afterCall(int tid, int[] created, int changedSocket) {
        List<OpenFd> named = read(tid, created);
        if (changedSocket < 0) {
            return named;
        }
        Optional<OpenFd> socket = read(tid, changedSocket).filter(fd -> fd.target().startsWith("socket:["));
        if (socket.isEmpty()) {
            return named;
        }
        List<OpenFd> all = new ArrayList<>(named);
        all.add(socket.get());
        return all;
    }

    @Override
    public void close() {
        sockets.close();
    }
}
