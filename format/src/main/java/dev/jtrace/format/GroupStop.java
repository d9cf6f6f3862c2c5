package dev.jtrace.format;

/** A group-stop (the task stopped by SIGSTOP, SIGTSTP, SIGTTIN or SIGTTOU). */
public record GroupStop(int tid, long time, int signo) implements Stop {
}
