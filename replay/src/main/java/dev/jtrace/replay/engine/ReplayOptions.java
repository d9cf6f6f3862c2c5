package dev.jtrace.replay.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to replay.
 *
 * @param root   the directory every path is resolved inside (created if missing)
 * @param pid    replay only the task with this recorded tid; 0 for all
 * @param speed  0: as fast as possible; 1: with the recorded pauses between calls; N: N times faster
 * @param chroot confine the hosts with a private mount namespace and chroot (needs root), else rewrite paths
 */
public record ReplayOptions(Path root, int pid, double speed, boolean chroot) {
    public ReplayOptions {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must not be negative: " + speed);
        }
    }

    /** All tasks, as fast as possible, chroot when running as root. */
    public static ReplayOptions in(Path root) {
        return new ReplayOptions(root, 0, 0, runningAsRoot());
    }

    /** Whether this process has effective uid 0. */
    public static boolean runningAsRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
