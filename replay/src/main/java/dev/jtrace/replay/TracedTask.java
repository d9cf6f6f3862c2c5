package dev.jtrace.replay;

import dev.jtrace.format.TaskExit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything one task (a process or a thread) did, in order.
 *
 * @param tid       the task's id at recording time
 * @param lineage   where the task sits in the recording's family tree, independent of pids: {@code []} for
 *                  the first task, {@code [0]} for its first child, {@code [0, 2]} for that child's third child
 * @param calls     its system calls in the order it made them
 * @param children  the tids of the tasks it created (fork, vfork, clone), in creation order
 * @param end       how it ended, when the recording saw it end
 */
public record TracedTask(int tid, List<Integer> lineage, List<Call> calls, List<Integer> children,
                         Optional<TaskExit> end) {
    public TracedTask {
        lineage = List.copyOf(lineage);
        calls = List.copyOf(calls);
        children = List.copyOf(children);
    }

    /** The lineage as text: {@code root}, {@code root.0}, {@code root.0.2}. */
    public String lineageName() {
        return lineage.isEmpty() ? "root"
                : "root." + lineage.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    /** Its calls of one name. */
    public List<Call> calls(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).toList();
    }
}
