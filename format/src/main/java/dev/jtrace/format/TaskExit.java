package dev.jtrace.format;

/**
 * The end of a task as waitpid reported it: exited with a status, or killed by a signal.
 *
 * @param killed     true when killed by a signal (WIFSIGNALED), false when it exited (WIFEXITED)
 * @param status     the exit status (WEXITSTATUS) or the signal number (WTERMSIG)
 * @param coreDumped WCOREDUMP
 */
public record TaskExit(int tid, long time, boolean killed, int status, boolean coreDumped) implements Stop {
    /** Decodes a raw wait status that is WIFEXITED or WIFSIGNALED. */
    public static TaskExit ofWaitStatus(int tid, long time, int waitStatus) {
        int sig = waitStatus & 0x7f;
        if (sig == 0) {
            return new TaskExit(tid, time, false, (waitStatus >> 8) & 0xff, false);
        }
        return new TaskExit(tid, time, true, sig, (waitStatus & 0x80) != 0);
    }
}
