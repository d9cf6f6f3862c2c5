package dev.jtrace.record;

import dev.jtrace.format.OpenFd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names descriptors as the kernel does: readlink /proc/TID/fd/N ({@code pipe:[1234]}, a path, ...). About
 * 3.5 µs each here, nearly all of it the kernel's /proc lookup (a readlink through JNR cost the same).
 */
final class FdLinks {
    private FdLinks() {
    }

    /** The targets of {@code fds} of task {@code tid}; a descriptor already closed again is left out. */
    static List<OpenFd> read(int tid, int[] fds) {
        if (fds.length == 0) {
            return List.of();
        }
        List<OpenFd> named = new ArrayList<>(fds.length);
        for (int fd : fds) {
            try {
                named.add(new OpenFd(fd, Files.readSymbolicLink(Path.of("/proc/" + tid + "/fd/" + fd)).toString()));
            } catch (IOException | UnsupportedOperationException e) {
                // closed by another thread meanwhile, or the task is gone
            }
        }
        return named;
    }
}
