package dev.jtrace.replay.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * A file or directory that existed when the recording began, as the trace shows it.
 *
 * @param path    its absolute path on the recording host
 * @param dir     true for a directory
 * @param size    the size a stat reported, or -1
 * @param mode    the permission bits a stat reported, or -1
 * @param content the bytes the trace read from it, by offset (zeros elsewhere)
 * @param link    for a symbolic link (readlink showed it), its target
 */
public record FileNode(String path, boolean dir, long size, int mode, Map<Long, byte[]> content,
                       java.util.Optional<String> link) {
    public FileNode {
        content = Map.copyOf(content);
    }

    /** The size to give the file: the stat size, or past the last byte read. */
    public long length() {
        long end = 0;
        for (Map.Entry<Long, byte[]> e : new TreeMap<>(content).entrySet()) {
            end = Math.max(end, e.getKey() + e.getValue().length);
        }
        return Math.max(size, end);
    }
}
