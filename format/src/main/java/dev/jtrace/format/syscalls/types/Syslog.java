package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/**
 * syslog: the actions that take no buffer print only the action; CONSOLE_LEVEL's length is a log level; the read
 * actions print the text the kernel copied out.
 */
final class Syslog implements CustomCall {
    private static final int READ = 2, READ_ALL = 3, READ_CLEAR = 4, CONSOLE_LEVEL = 8;
    private static final ArgType ACTION = Scalars.decimalEnum("syslog");
    private static final ArgType LOG_LEVEL = Scalars.decimalEnum("loglevel");
    private static final ArgType TEXT_READ = Strings.outputBuffer("ret", false);

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        p.add(entry(text(ACTION, c, 0)));
        int action = c.intArg(0);
        if (isRead(action)) {
            p.add(new Printed(text(TEXT_READ, c, 1), true));
            p.add(new Printed(Integer.toString(c.intArg(2)), true));
        } else if (action == CONSOLE_LEVEL) {
            p.add(entry(CallView.pointer(c.arg(1))));
            p.add(entry(text(LOG_LEVEL, c, 2)));
        } else if (c.constants("syslog").symbolic(action & 0xffffffffL) == null) {
            p.add(entry(CallView.pointer(c.arg(1))));
            p.add(entry(Integer.toString(c.intArg(2))));
        }
        return p;
    }

    private static boolean isRead(int action) {
        return action == READ || action == READ_ALL || action == READ_CLEAR;
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        if (isRead((int) s.arg(0))) {
            TEXT_READ.captureAtExit(s, 1);
        }
    }
}
