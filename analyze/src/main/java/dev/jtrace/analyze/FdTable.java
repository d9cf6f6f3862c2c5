package dev.jtrace.analyze;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One file-descriptor table (shared by the tasks of a CLONE_FILES group): what each open fd names
 * as -y prints it, its close-on-exec flag, and the working directory of the owning process.
 */
final class FdTable {
    /**
     * An open descriptor.
     *
     * @param detail what the recorder saw besides the name ({@link dev.jtrace.format.OpenFd#detail()}), "" if none
     */
    record Entry(String name, boolean cloexec, String detail) {
    }

    private final Map<Integer, Entry> fds = new HashMap<>();
    private String cwd;

    FdTable(String cwd) {
        this.cwd = cwd;
    }

    /** A copy, as fork gives the child. */
    FdTable copy() {
        FdTable t = new FdTable(cwd);
        t.fds.putAll(fds);
        return t;
    }

    Optional<String> name(int fd) {
        Entry e = fds.get(fd);
        return e == null ? Optional.empty() : Optional.of(e.name);
    }

    Optional<Entry> get(int fd) {
        return Optional.ofNullable(fds.get(fd));
    }

    void open(int fd, String name, boolean cloexec) {
        fds.put(fd, new Entry(name, cloexec, ""));
    }

    void open(int fd, String name, boolean cloexec, String detail) {
        fds.put(fd, new Entry(name, cloexec, detail));
    }

    /** dup: the new fd names what the old one does (unknown stays unknown). */
    void duplicate(int oldFd, int newFd, boolean cloexec) {
        Entry e = fds.get(oldFd);
        if (e == null) {
            fds.remove(newFd);
        } else {
            fds.put(newFd, new Entry(e.name, cloexec, e.detail));
        }
    }

    /** The kernel's own name and detail for an open fd, recorded after a call that created or changed it. */
    void relabel(int fd, String name, String detail) {
        Entry e = fds.get(fd);
        fds.put(fd, new Entry(name, e != null && e.cloexec, detail));
    }

    /** The names of the open sockets ({@code socket:[INODE]}). */
    java.util.List<String> socketNames() {
        return fds.values().stream().map(Entry::name).filter(n -> SocketNames.inode(n) >= 0).toList();
    }

    boolean holds(String name) {
        for (Entry e : fds.values()) {
            if (e.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    void close(int fd) {
        fds.remove(fd);
    }

    void setCloexec(int fd, boolean cloexec) {
        Entry e = fds.get(fd);
        if (e != null) {
            fds.put(fd, new Entry(e.name, cloexec, e.detail));
        }
    }

    /** A successful execve closes the close-on-exec descriptors. */
    void exec() {
        fds.values().removeIf(Entry::cloexec);
    }

    Optional<String> cwd() {
        return Optional.ofNullable(cwd);
    }

    void chdir(String dir) {
        cwd = dir;
    }
}
