package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.List;

/**
 * fsconfig: what the key, value and aux arguments are depends on the command: a string value for
 * FSCONFIG_SET_STRING, {@code aux} bytes in hex for FSCONFIG_SET_BINARY, a path and a directory fd for
 * FSCONFIG_SET_PATH(_EMPTY), an fd in aux for FSCONFIG_SET_FD; the FSCONFIG_CMD_* commands (and unknown ones) take
 * no key, so strace prints its address.
 */
final class Fsconfig implements CustomCall {
    private static final int SET_FLAG = 0, SET_STRING = 1, SET_BINARY = 2, SET_PATH = 3, SET_PATH_EMPTY = 4,
            SET_FD = 5;
    private static final ArgType KEY = Strings.string(false);
    private static final ArgType STRING = Strings.string(false);
    private static final ArgType PATH = Strings.string(true);

    @Override
    public List<Printed> arguments(CallView c) {
        int cmd = c.intArg(1);
        boolean keyed = cmd >= SET_FLAG && cmd <= SET_FD;
        return List.of(entry(text(Scalars.FD, c, 0)), entry(c.constant("fsconfig_cmd", cmd & 0xffffffffL)),
                entry(keyed ? text(KEY, c, 2) : CallView.pointer(c.arg(2))), entry(value(c, cmd)), entry(aux(c, cmd)));
    }

    private static String value(CallView c, int cmd) {
        return switch (cmd) {
            case SET_STRING -> text(STRING, c, 3);
            case SET_PATH, SET_PATH_EMPTY -> text(PATH, c, 3);
            case SET_BINARY -> {
                StringBuilder b = new StringBuilder();
                Strings.buffer(c, c.entryCapture(3, ""), c.arg(3), Math.max(c.intArg(4), 0), true, b);
                yield b.toString();
            }
            default -> CallView.pointer(c.arg(3));
        };
    }

    private static String aux(CallView c, int cmd) {
        return switch (cmd) {
            case SET_PATH, SET_PATH_EMPTY -> text(Scalars.DIRFD, c, 4);
            case SET_FD -> text(Scalars.FD, c, 4);
            default -> Integer.toString(c.intArg(4));
        };
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        int cmd = (int) s.arg(1);
        if (cmd >= SET_FLAG && cmd <= SET_FD) {
            KEY.captureAtEntry(s, 2);
        }
        switch (cmd) {
            case SET_STRING -> STRING.captureAtEntry(s, 3);
            case SET_PATH, SET_PATH_EMPTY -> PATH.captureAtEntry(s, 3);
            case SET_BINARY -> {
                if (s.arg(3) != 0) {
                    s.bytes(3, "", s.arg(3), Math.max((int) s.arg(4), 0));
                }
            }
            default -> { }
        }
    }
}
