package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import org.junit.jupiter.api.Test;

/** The {@code @replay=} attribute of syscalls.def lines (what jtrace replay does with a call). */
class ReplayAttributeTest {
    @Test
    void theParserReadsTheAttributeInAnyPositionAndRejectsOtherValues() {
        Description d = DescriptionParser.parseSyscall("kill(pid pid, signo sig) -> int %process @replay=never %signal");
        assertEquals("never", d.replay());
        assertEquals(java.util.Set.of("process", "signal"), d.classes());
        assertNull(DescriptionParser.parseSyscall("close(fd fd) -> int %desc").replay());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DescriptionParser.parseSyscalls("close(fd fd) -> int %desc @replay=sometimes\n"));
        assertTrue(e.getMessage().startsWith("syscalls.def line 1: "), e.getMessage());
    }

    @Test
    void theBuiltInDescriptionsDeclareWhatMustNeverBeReplayed() {
        SyscallDescriptions d = SyscallDescriptions.builtIn();
        for (String name : new String[] {"execve", "clone", "exit_group", "kill", "reboot", "mount", "ptrace"}) {
            assertEquals("never", d.described(Arch.X86_64, d.number(Arch.X86_64, name)).description().replay(), name);
        }
        assertEquals("emulate", d.described(Arch.X86_64, d.number(Arch.X86_64, "getrandom")).description().replay());
        assertNull(d.described(Arch.X86_64, d.number(Arch.X86_64, "openat")).description().replay());
    }
}
