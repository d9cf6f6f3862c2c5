package dev.jtrace.replay.diff;

import java.io.PrintWriter;
import java.util.List;

/** The comparison of two traces, task by task. */
public record DiffResult(List<TaskDiff> tasks) {
    public DiffResult {
        tasks = List.copyOf(tasks);
    }

    /** True when every task of each trace has a counterpart that made the same calls. */
    public boolean same() {
        return tasks.stream().allMatch(TaskDiff::same);
    }

    /** Prints each differing task's first divergence with its context, then a summary line. */
    public void print(PrintWriter out, String nameA, String nameB) {
        if (!same()) {
            out.println("--- " + nameA);
            out.println("+++ " + nameB);
        }
        for (TaskDiff t : tasks) {
            if (t.onlyInA()) {
                out.printf("task %s (pid %d): only in %s, %d calls%n", t.lineage(), t.tidA(), nameA, t.callsA());
            } else if (t.onlyInB()) {
                out.printf("task %s (pid %d): only in %s, %d calls%n", t.lineage(), t.tidB(), nameB, t.callsB());
            } else if (!t.divergences().isEmpty()) {
                out.printf("task %s (pid %d / %d): %d calls / %d calls%n", t.lineage(), t.tidA(), t.tidB(),
                        t.callsA(), t.callsB());
                for (Divergence d : t.divergences()) {
                    int first = d.indexA() - d.context().size();
                    out.printf("@@ call %d / call %d @@%n", d.indexA() + 1, d.indexB() + 1);
                    for (int i = 0; i < d.context().size(); i++) {
                        out.printf("  %6d  %s%n", first + i + 1, d.context().get(i));
                    }
                    for (int i = 0; i < d.a().size(); i++) {
                        out.printf("- %6d  %s%n", d.indexA() + i + 1, d.a().get(i));
                    }
                    for (int i = 0; i < d.b().size(); i++) {
                        out.printf("+ %6d  %s%n", d.indexB() + i + 1, d.b().get(i));
                    }
                }
            }
        }
        long same = tasks.stream().filter(TaskDiff::same).count();
        long differ = tasks.stream().filter(t -> !t.divergences().isEmpty()).count();
        long onlyA = tasks.stream().filter(TaskDiff::onlyInA).count();
        long onlyB = tasks.stream().filter(TaskDiff::onlyInB).count();
        out.printf("%d tasks: %d same, %d differ, %d only in %s, %d only in %s%n",
                tasks.size(), same, differ, onlyA, nameA, onlyB, nameB);
        out.flush();
    }
}
