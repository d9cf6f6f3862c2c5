package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/**
 * i386 socketcall(call, args): strace prints the socket call it carries, by that call's name and description,
 * from the argument words at {@code args} ({@code socket(AF_INET, SOCK_STREAM, IPPROTO_IP)}); when the words
 * cannot be read, or the call number is unknown, it prints {@code socketcall(SYS_SOCKET, NULL)}.
 */
final class Socketcall implements CustomCall {
    /** By call number (linux/net.h SYS_SOCKET = 1 ... SYS_SENDMMSG = 20). */
    private static final List<Subcall> CALLS = List.of(
            sub("socket", 3), sub("bind", 3), sub("connect", 3), sub("listen", 2), sub("accept", 3),
            sub("getsockname", 3), sub("getpeername", 3), sub("socketpair", 4),
            new Subcall("send", Arch.I386, "sendto", 4), new Subcall("recv", Arch.I386, "recvfrom", 4),
            sub("sendto", 6), sub("recvfrom", 6), sub("shutdown", 2), sub("setsockopt", 5), sub("getsockopt", 5),
            sub("sendmsg", 3), sub("recvmsg", 3), sub("accept4", 4), sub("recvmmsg", 5), sub("sendmmsg", 4));

    private static Subcall sub(String name, int count) {
        return new Subcall(name, Arch.I386, name, count);
    }

    private static Subcall carried(long call) {
        return call >= 1 && call <= CALLS.size() ? CALLS.get((int) call - 1) : null;
    }

    private static long[] words(CallView c) {
        Subcall s = carried(c.arg(0));
        return s == null ? null : ArgumentBlock.captured(c, 1, s.count());
    }

    @Override
    public String name(CallView c) {
        return words(c) == null ? null : carried(c.arg(0)).name();
    }

    @Override
    public List<Printed> arguments(CallView c) {
        long[] w = words(c);
        if (w != null) {
            return carried(c.arg(0)).printed(c, Subcall.registers(w));
        }
        String sym = c.constants("socketcall").symbolic(c.arg(0));
        String call = sym == null || c.options().constants() == Constants.RAW ? Long.toString(c.intArg(0))
                : c.constant("socketcall", c.arg(0));
        return List.of(entry(call), entry(CallView.pointer(c.arg(1))));
    }

    @Override
    public String result(CallView c) {
        long[] w = words(c);
        return w == null ? null : carried(c.arg(0)).result(c, Subcall.registers(w));
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        Subcall call = carried(s.arg(0));
        long[] w = call == null ? null : ArgumentBlock.capture(s, 1, call.count());
        if (w != null) {
            call.captureAtEntry(s, Subcall.registers(w));
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        Subcall call = carried(s.arg(0));
        long[] w = call == null ? null : ArgumentBlock.reread(s, 1, call.count());
        if (w != null) {
            call.captureAtExit(s, Subcall.registers(w));
        }
    }
}
