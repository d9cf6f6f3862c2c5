package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import dev.jtrace.format.decode.DecodeOptions.Constants;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** clone's and clone3's flags under -X raw and verbose: lines strace 6.1 printed here (testdata signals, threads). */
class CloneConstantsTest {
    static final long P = 0x7ffd0000L;

    static String clone(Constants mode) {
        return Strace.line(Arch.X86_64, new DecodeOptions(32, 0, false, mode, 0), DecodeContext.FdNames.NONE, "clone",
                new FakeMemory(), 30981, 0x1200011, 0, 0, 0x7fb7d0705a10L, 0);
    }

    @Test
    void cloneFlagsThenTheExitSignal() {
        assertEquals("clone(child_stack=NULL, flags=0x1200000|17, child_tidptr=0x7fb7d0705a10) = 30981", clone(Constants.RAW));
        assertEquals("clone(child_stack=NULL, flags=0x1200000 /* CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID */|17 /* SIGCHLD */, child_tidptr=0x7fb7d0705a10) = 30981",
                clone(Constants.VERBOSE));
        assertEquals("clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7fb7d0705a10) = 30981",
                clone(Constants.ABBREV));
    }

    static String clone3Arguments(Constants mode, long flags, long exitSignal) {
        ByteBuffer a = ByteBuffer.allocate(88).order(ByteOrder.LITTLE_ENDIAN).putLong(0, flags).putLong(32, exitSignal);
        FakeMemory m = new FakeMemory().put(P, a.array());
        int nr = Strace.D.number(Arch.X86_64, "clone3");
        long[] args = {P, 88, 0, 0, 0, 0};
        SyscallEntry e = new SyscallEntry(1, 0, Arch.X86_64, nr, args, 0, 0,
                Strace.D.capturePlanner(4096).atEntry(Arch.X86_64, nr, args, m), -1);
        return Strace.DECODER.entryText(e, new DecodeContext(new DecodeOptions(32, 0, false, mode, 0), 1,
                DecodeContext.FdNames.NONE));
    }

    @Test
    void clone3Flags() {
        assertEquals("{flags=0x3d0f00, exit_signal=0, stack=NULL, stack_size=0}", clone3Arguments(Constants.RAW, 0x3d0f00, 0));
        assertEquals("{flags=0x3d0f00 /* CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID */, exit_signal=0, stack=NULL, stack_size=0}",
                clone3Arguments(Constants.VERBOSE, 0x3d0f00, 0));
        assertEquals("{flags=0, exit_signal=17 /* SIGCHLD */, stack=NULL, stack_size=0}", clone3Arguments(Constants.VERBOSE, 0, 17));
        assertEquals("{flags=0, exit_signal=17, stack=NULL, stack_size=0}", clone3Arguments(Constants.RAW, 0, 17));
    }
}
