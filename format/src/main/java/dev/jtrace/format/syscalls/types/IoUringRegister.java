package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.List;
import java.util.Map;

/**
 * io_uring_register(fd, opcode, arg, nr_args): {@code arg} depends on the opcode, as strace decodes it: the
 * registered buffers' iovecs (addresses only), the registered descriptors, an eventfd; other opcodes print the
 * address.
 */
final class IoUringRegister implements CustomCall {
    private static final int ARG = 2;
    private static final ArgType EVENTFD = new PointerType(Direction.IN, IntArrays.fds("1"));
    private static final Map<Integer, ArgType> ARGUMENTS = Map.of(
            0, new PointerType(Direction.IN, RemoteIovecs.addresses("nr_args")),  // IORING_REGISTER_BUFFERS
            2, new PointerType(Direction.IN, IntArrays.fds("nr_args")),           // IORING_REGISTER_FILES
            4, EVENTFD,                                                           // IORING_REGISTER_EVENTFD
            7, EVENTFD);                                                          // IORING_REGISTER_EVENTFD_ASYNC

    private static ArgType argument(long opcode) {
        return ARGUMENTS.getOrDefault((int) opcode, Scalars.PTR);
    }

    @Override
    public List<Printed> arguments(CallView c) {
        return List.of(entry(text(Scalars.FD, c, 0)), entry(c.constant("uring_register", c.arg(1) & 0xffffffffL)),
                entry(text(argument(c.arg(1) & 0xffffffffL), c, ARG)), entry(Long.toString(c.arg(3) & 0xffffffffL)));
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        argument(s.arg(1) & 0xffffffffL).captureAtEntry(s, ARG);
    }
}
