package dev.jtrace.record;

import dev.jtrace.format.OpenFd;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names descriptors as the kernel does: readlink /proc/TID/fd/N ({@code pipe:[1234]}, a path, ...), with the
 * detail strace -yy adds ({@link FdDetails}). The readlink costs about 3.5 µs, nearly all of it the kernel's
 * /proc lookup (a readlink through JNR cost the same); details cost more only for devices, pidfds and sockets.
 * Used on the tracer thread only.
 */
final class FdLinks implements AutoCloseable {
    private static final String SOCKET = "socket:[";
    private static final int REMEMBERED_SOCKETS = 4096;

    private final FdDetails details = new FdDetails();
    /** Sockets ({@code socket:[INODE]}) last seen with their addresses; the oldest are forgotten. */
    private final Map<String, Boolean> addressed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_SOCKETS;
        }
    };

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
        return target(tid, fd).map(target -> new OpenFd(fd, target, details.of(tid, fd, target)));
    }

    /**
     * The fds a returned call created, and the socket whose addresses it may have set ({@code changedSocket},
     * -1 for none) when that is one of the task's sockets. When the call {@code onlyBinds} (a send, listen) a
     * socket last seen with its addresses is left out: the call changed nothing, and sends are frequent.
     */
    List<OpenFd> afterCall(int tid, int[] created, int changedSocket, boolean onlyBinds) {
        List<OpenFd> named = read(tid, created);
        named.forEach(this::remember);
        if (changedSocket < 0) {
            return named;
        }
        Optional<String> target = target(tid, changedSocket).filter(t -> t.startsWith(SOCKET));
        if (target.isEmpty() || (onlyBinds && addressed.containsKey(target.get()))) {
            return named;
        }
        OpenFd socket = new OpenFd(changedSocket, target.get(), details.of(tid, changedSocket, target.get()));
        remember(socket);
        List<OpenFd> all = new ArrayList<>(named);
        all.add(socket);
        return all;
    }

    /** Notes whether a socket was seen with its addresses ({@code TCP:[...]}, not just {@code TCP}). */
    private void remember(OpenFd fd) {
        if (fd.target().startsWith(SOCKET)) {
            if (fd.detail().endsWith("]")) {
                addressed.put(fd.target(), Boolean.TRUE);
            } else {
                addressed.remove(fd.target());
            }
        }
    }

    private static Optional<String> target(int tid, int fd) {
        try {
            return Optional.of(Files.readSymbolicLink(FdDetails.link(tid, fd)).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // closed by another thread meanwhile, or the task is gone
        }
    }

    @Override
    public void close() {
        details.close();
    }
}
