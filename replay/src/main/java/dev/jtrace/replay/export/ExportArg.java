package dev.jtrace.replay.export;

import dev.jtrace.replay.FdOrigins;
import java.util.List;
import java.util.Optional;

/** One argument of a call to be re-issued, in a form any program generator can write out. */
public sealed interface ExportArg {
    /** A number passed as is (flags, sizes, AT_FDCWD). */
    record Literal(long value) implements ExportArg {
    }

    /** A NULL pointer. */
    record Null() implements ExportArg {
    }

    /**
     * An fd: the generated program uses the fd its own call created when {@code origin} is one of the
     * exported calls' results, else the recorded number.
     */
    record Fd(long recorded, Optional<FdOrigins.Origin> origin) implements ExportArg {
    }

    /**
     * Memory the call reads: {@code size} bytes starting with {@code bytes} (zeros after them when the
     * recorder cut the buffer); a {@code string} is followed by a NUL.
     */
    record Data(byte[] bytes, int size, boolean string) implements ExportArg {
    }

    /** Memory the call writes ({@code size} bytes of scratch space). */
    record Scratch(int size) implements ExportArg {
    }

    /** Two ints the call stores fds into (pipe, socketpair). */
    record FdPairOut() implements ExportArg {
    }

    /** An iovec array of input buffers. */
    record Vector(List<Data> buffers) implements ExportArg {
        public Vector {
            buffers = List.copyOf(buffers);
        }
    }
}
