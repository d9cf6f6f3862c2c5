package dev.jtrace.replay.export;

import dev.jtrace.replay.ArgKind;
import dev.jtrace.replay.Call;
import dev.jtrace.replay.FdOrigins;
import dev.jtrace.replay.SyscallShape;
import java.util.List;

/**
 * A recorded call and how to re-issue it, or why it cannot be.
 *
 * @param call    the recorded call
 * @param shape   its shape, null when the descriptions do not describe it
 * @param args    the arguments to pass (empty when skipped)
 * @param skipped why the call is not exported, or null when it is
 * @param created the fd origins the recorded call created
 * @param text    the recorded call as {@code jtrace diff} writes it (fds by origin)
 */
public record PlannedCall(Call call, SyscallShape shape, List<ExportArg> args, String skipped,
                          List<FdOrigins.Origin> created, String text) {
    public PlannedCall {
        args = List.copyOf(args);
        created = List.copyOf(created);
    }

    public boolean exported() {
        return skipped == null;
    }

    /** True when the recorded result is a number worth checking (not an fd, pid, address or time). */
    public boolean resultIsValue() {
        return shape != null && shape.result() == ArgKind.VALUE && !shape.in("clock");
    }

    /** True when the call returns a new fd. */
    public boolean resultIsFd() {
        return shape != null && shape.result() == ArgKind.FD;
    }
}
