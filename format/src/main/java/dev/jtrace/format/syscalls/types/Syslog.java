package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/**
 * syslog: the action prints as a number with its name in a comment ({@code 3 /* SYSLOG_ACTION_READ_ALL *}{@code /});
 * the actions that ignore the buffer and length print nothing more; the reads print the buffer the kernel filled
 * (up to the return value), SYSLOG_ACTION_CONSOLE_LEVEL the level as {@code 9 /* LOGLEVEL_??? *}{@code /}.
 */
final class Syslog implements CustomCall {
    private static final int READ = 2, READ_ALL = 3, READ_CLEAR = 4, CONSOLE_LEVEL = 8;
    private static final List<Integer> WITHOUT_ARGUMENTS = List.of(0, 1, 5, 6, 7, 9, 10);
    private static final ArgType BUFFER = Strings.outputBuffer("ret", false);
    private static final ArgType ACTION = Scalars.decimalEnum("syslog");
    private static final ArgType LEVEL = Scalars.decimalEnum("loglevel");

    @Override
    public List<Printed> arguments(CallView c) {
        int action = c.intArg(0);
        List<Printed> p = new ArrayList<>();
        p.add(entry(text(ACTION, c, 0)));
        if (WITHOUT_ARGUMENTS.contains(action)) {
            return p;
        }
        switch (action) {
            case READ, READ_ALL, READ_CLEAR -> {
                p.add(new Printed(text(BUFFER, c, 1), true));
                p.add(new Printed(Integer.toString(c.intArg(2)), true));
            }
            case CONSOLE_LEVEL -> {
                p.add(entry(CallView.pointer(c.arg(1))));
                p.add(entry(text(LEVEL, c, 2)));
            }
            default -> {
                p.add(entry(CallView.pointer(c.arg(1))));
                p.add(entry(Integer.toString(c.intArg(2))));
            }
        }
        return p;
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        int action = (int) s.arg(0);
        if ((action == READ || action == READ_ALL || action == READ_CLEAR) && s.arg(1) != 0 && !s.failed()) {
            BUFFER.captureAtExit(s, 1);
        }
    }
}
