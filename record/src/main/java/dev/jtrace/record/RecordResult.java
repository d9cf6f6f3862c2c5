package dev.jtrace.record;

/**
 * How a recording ended.
 *
 * @param exitStatus    the launched command's exit status (0 when attaching or detached)
 * @param killedBy      the signal that killed the launched command, 0 if it exited
 * @param coreDumped    whether that signal dumped core
 * @param stops         the number of stops handed to the sink
 * @param detached      true when {@link Recorder#stop()} ended the recording by detaching
 */
public record RecordResult(int exitStatus, int killedBy, boolean coreDumped, long stops, boolean detached) {
    /** The status a shell reports for the command: the exit status, or 128 + the killing signal. */
    public int shellStatus() {
        return killedBy != 0 ? 128 + killedBy : exitStatus;
    }
}
