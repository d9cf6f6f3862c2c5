package dev.jtrace.replay;

import dev.jtrace.format.PtraceEvent;
import dev.jtrace.format.Stop;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskExit;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups a recording's interleaved stops into per-task call sequences and the tasks' family tree. */
final class TraceAssembler {
    private final SyscallDescriptions descriptions;
    private final Map<Integer, Builder> tasks = new LinkedHashMap<>();
    private final Map<Integer, Integer> parentOf = new LinkedHashMap<>();

    TraceAssembler(SyscallDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    void accept(Stop stop) {
        Builder task = tasks.computeIfAbsent(stop.tid(), Builder::new);
        if (stop instanceof SyscallEntry e) {
            task.entry(e);
        } else if (stop instanceof SyscallExit x) {
            task.exit(x, name(x.arch(), x.nr()));
        } else if (stop instanceof PtraceEvent ev && isCreation(ev.kind())) {
            int child = (int) ev.message();
            if (!parentOf.containsKey(child) && child != stop.tid()) {
                parentOf.put(child, stop.tid());
                task.children.add(child);
                tasks.computeIfAbsent(child, Builder::new);
            }
        } else if (stop instanceof TaskExit end) {
            task.end = end;
        }
    }

    /** The tasks, parents before their children, each child in creation order (a depth-first walk). */
    List<TracedTask> tasks() {
        List<TracedTask> out = new ArrayList<>();
        int roots = 0;
        for (Builder b : tasks.values()) {
            if (!parentOf.containsKey(b.tid)) {
                // Further roots (several attached pids) get a negative first step: -1, -2, ...
                walk(b, roots == 0 ? List.of() : List.of(-roots), out);
                roots++;
            }
        }
        return out;
    }

    private void walk(Builder b, List<Integer> lineage, List<TracedTask> out) {
        b.flush();
        out.add(new TracedTask(b.tid, lineage, b.calls, b.children, Optional.ofNullable(b.end)));
        for (int i = 0; i < b.children.size(); i++) {
            List<Integer> childLineage = new ArrayList<>(lineage);
            childLineage.add(i);
            walk(tasks.get(b.children.get(i)), childLineage, out);
        }
    }

    private String name(dev.jtrace.format.Arch arch, int nr) {
        String n = descriptions.name(arch, nr);
        return n != null ? n : "syscall_" + nr;
    }

    private static boolean isCreation(PtraceEvent.Kind kind) {
        return kind == PtraceEvent.Kind.FORK || kind == PtraceEvent.Kind.VFORK || kind == PtraceEvent.Kind.CLONE;
    }

    private final class Builder {
        final int tid;
        final List<Call> calls = new ArrayList<>();
        final List<Integer> children = new ArrayList<>();
        SyscallEntry pending;
        TaskExit end;

        Builder(int tid) {
            this.tid = tid;
        }

        void entry(SyscallEntry e) {
            flush();
            pending = e;
        }

        void exit(SyscallExit x, String exitName) {
            if (pending != null && pending.nr() == x.nr() && pending.arch() == x.arch()) {
                calls.add(new Call(calls.size(), name(pending.arch(), pending.nr()), pending, x));
                pending = null;
            } else {
                flush();
                calls.add(new Call(calls.size(), exitName, null, x));
            }
        }

        void flush() {
            if (pending != null) {
                calls.add(new Call(calls.size(), name(pending.arch(), pending.nr()), pending, null));
                pending = null;
            }
        }
    }
}
