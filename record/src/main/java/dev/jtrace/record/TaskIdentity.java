package dev.jtrace.record;

import dev.jtrace.format.OpenFd;
import dev.jtrace.format.TaskSeen;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads who a task is from /proc: its ids (/proc/TID/status), its pid namespace (/proc/TID/ns/pid) and,
 * on request, a snapshot of its working directory and open descriptors (/proc/TID/cwd, /proc/TID/fd/N, with
 * their -yy details: {@link FdLinks}).
 * The ids in /proc are in the namespace of the recorder's /proc mount, which is the recorder's own.
 */
final class TaskIdentity {
    private TaskIdentity() {
    }

    /**
     * The task's identity, with the cwd and fd snapshot when {@code snapshotLeader} and the task leads its
     * thread group (its threads share what the snapshot shows); empty when the task is gone.
     */
    static Optional<TaskSeen> read(int tid, long time, boolean snapshotLeader, FdLinks fdLinks) {
        Path dir = Path.of("/proc", Integer.toString(tid));
        List<String> status;
        try {
            status = Files.readAllLines(dir.resolve("status"));
        } catch (IOException e) {
            return Optional.empty();
        }
        int tgid = intField(status, "Tgid:", tid);
        int ppid = intField(status, "PPid:", 0);
        List<Integer> nsPids = intsField(status, "NSpid:", tid);
        List<Integer> nsTgids = intsField(status, "NStgid:", tgid);
        long pidNs = namespaceInode(dir.resolve("ns/pid"));
        boolean snapshot = snapshotLeader && tgid == tid;
        Optional<String> cwd = snapshot ? link(dir.resolve("cwd")) : Optional.empty();
        List<OpenFd> fds = snapshot ? openFds(tid, dir.resolve("fd"), fdLinks) : List.of();
        return Optional.of(new TaskSeen(tid, time, tgid, ppid, nsPids, nsTgids, pidNs, cwd, fds));
    }

    private static int intField(List<String> status, String key, int missing) {
        List<Integer> values = intsField(status, key, missing);
        return values.get(0);
    }

    private static List<Integer> intsField(List<String> status, String key, int missing) {
        for (String line : status) {
            if (line.startsWith(key)) {
                List<Integer> values = new ArrayList<>();
                for (String v : line.substring(key.length()).trim().split("\\s+")) {
                    if (!v.isEmpty()) {
                        values.add(Integer.parseInt(v));
                    }
                }
                if (!values.isEmpty()) {
                    return values;
                }
            }
        }
        return List.of(missing);
    }

    /** The inode in a namespace link's target {@code pid:[4026531836]}; 0 when unreadable. */
    static long namespaceInode(Path link) {
        return link(link).map(TaskIdentity::bracketedNumber).orElse(0L);
    }

    static long bracketedNumber(String target) {
        int open = target.indexOf('[');
        int close = target.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return 0;
        }
        try {
            return Long.parseLong(target.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<OpenFd> openFds(int tid, Path fdDir, FdLinks fdLinks) {
        List<OpenFd> fds = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fdDir)) {
            for (Path entry : entries) {
                int fd;
                try {
                    fd = Integer.parseInt(entry.getFileName().toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                fdLinks.read(tid, fd).ifPresent(fds::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        fds.sort((a, b) -> Integer.compare(a.fd(), b.fd()));
        return fds;
    }

    private static Optional<String> link(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // closed meanwhile, or the task is gone
        }
    }
}
