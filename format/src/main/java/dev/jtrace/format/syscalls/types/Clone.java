package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;

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
        long rest = flags & ~0xffL;
        StringBuilder f = new StringBuilder("flags=");
        if (rest != 0) {
            f.append(c.constant("clone", rest));
        }
        if (sig != 0) {
            if (rest != 0) {
                f.append('|');
            }
            Scalars.signal(c, (int) sig, f);
        } else if (rest == 0) {
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
