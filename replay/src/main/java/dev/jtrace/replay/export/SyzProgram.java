package dev.jtrace.replay.export;

import java.util.List;

/** A syzkaller program as {@link SyzProgramParser} reads it: its calls, comments left out. */
public record SyzProgram(List<Call> calls) {
    public SyzProgram {
        calls = List.copyOf(calls);
    }

    /** One call: {@code r3 = name(args)}; {@code result} is -1 when the call binds no resource. */
    public record Call(int result, String name, List<Value> args) {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** An argument value. */
    public sealed interface Value {
    }

    public record Int(long value) implements Value {
    }

    /** A use of resource {@code rN}. */
    public record Ref(int resource) implements Value {
    }

    /** {@code <rN=>value}: the memory at this place is bound to resource N. */
    public record Bind(int resource, Value value) implements Value {
    }

    /** {@code &(address)=pointee}. */
    public record Pointer(long address, Value pointee) implements Value {
    }

    /** Bytes, from a {@code 'string'} or a {@code "hex"} literal. */
    public record Bytes(byte[] data) implements Value {
    }

    /** {@code ""/len}: output memory of len bytes. */
    public record Out(long length) implements Value {
    }

    /** {@code {a, b}} (a struct) or {@code [a, b]} (an array). */
    public record Group(boolean array, List<Value> elements) implements Value {
        public Group {
            elements = List.copyOf(elements);
        }
    }
}
