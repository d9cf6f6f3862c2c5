package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;

/** clone(child_stack=, flags=, parent_tid=, tls=, child_tidptr=) in strace's order; x86_64 args: flags, stack, ptid, ctid, tls. */
final class Clone implements CustomCall {
    @Override
    public List<Printed> arguments(CallView c) {
        long flags = c.arg(0);
        List<Printed> p = new ArrayList<>();
        p.add(entry("child_stack=" + CallView.pointer(c.arg(1))));
        long sig = flags & 0xff;
        // -X raw and verbose print the flags as a number (with its names in a comment), then the exit signal
        String rest = c.options().constants() == DecodeOptions.Constants.ABBREV || (flags & ~0xffL) == 0
                ? c.constants("clone").symbolic(flags & ~0xffL) : c.constant("clone", flags & ~0xffL);
        StringBuilder f = new StringBuilder("flags=");
        if (rest != null) {
            f.append(rest);
        }
        if (sig != 0) {
            if (rest != null) {
                f.append('|');
            }
            Scalars.signal(c, (int) sig, f);
        } else if (rest == null) {
            f.append('0');
        }
        p.add(entry(f.toString()));
        if ((flags & (0x100000 | 0x1000)) != 0) {
            p.add(entry("parent_tid=" + CallView.pointer(c.arg(2))));
        }
        if ((flags & 0x80000) != 0) {
            p.add(entry("tls=" + CallView.pointer(c.arg(4))));
        }
        if ((flags & (0x200000 | 0x1000000)) != 0) {
            p.add(entry("child_tidptr=" + CallView.pointer(c.arg(3))));
        }
        return p;
    }
}
