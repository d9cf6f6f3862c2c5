package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/** poll/ppoll: the generic arguments plus the revents after the return value. */
final class Poll implements CustomCall {
    @Override
    public List<Printed> arguments(CallView c) {
        return null;
    }

    @Override
    public boolean genericArguments() {
        return true;
    }

    @Override
    public String resultSuffix(CallView c) {
        if (c.rval() == 0) {
            return " (Timeout)";
        }
        return IoStructs.pollResult(c, 0, "nfds");
    }
}
