package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every syscall number of this machine's {@code asm/unistd_64.h} and {@code asm/unistd_32.h} has the header's name
 * and a description, except the calls listed in {@link #UNDESCRIBED}, each with the reason it still prints raw.
 */
class HeaderCompletenessTest {
    private static final SyscallDescriptions D = SyscallDescriptions.builtIn();
    private static final Pattern DEFINE = Pattern.compile("^#define __NR_(\\w+)\\s+(\\d+)\\s*$", Pattern.MULTILINE);

    /** Calls printed raw (all six registers), and why. */
    private static final Map<String, String> UNDESCRIBED = Map.of(
            "restart_syscall", "strace names the interrupted call (<... resuming interrupted read ...>), which "
                    + "needs the task's previous syscall, not this stop's registers",
            "keyctl", "the arguments depend on the operation (KEY_SPEC_* serials, strings, buffers): needs custom code",
            "sigaction", "i386 old struct sigaction (not yet laid out)",
            "signal", "i386 old signal(): handler printing (SIG_IGN/SIG_DFL) not yet described",
            "sgetmask", "i386: the result prints as a mask ((mask [...])), a return type the DSL lacks",
            "ssetmask", "i386: the argument and result print as masks",
            "sigsuspend", "i386 old sigsuspend: a mask in a register",
            "select", "i386 old select: one pointer to a struct of the five arguments",
            "mmap", "i386 old mmap: one pointer to a struct of the six arguments",
            "sigreturn", "i386 sigreturn: the mask lives in the signal frame at a different offset than rt_sigreturn's");

    @ParameterizedTest
    @EnumSource(Arch.class)
    void everyHeaderNumberIsNamedAndDescribed(Arch arch) throws IOException {
        Path header = Path.of("/usr/include/x86_64-linux-gnu/asm", arch == Arch.X86_64 ? "unistd_64.h" : "unistd_32.h");
        assertTrue(Files.exists(header), header + " is missing: install the linux-libc-dev package");
        Matcher m = DEFINE.matcher(Files.readString(header));
        Map<Integer, String> wrongName = new TreeMap<>();
        Map<Integer, String> undescribed = new TreeMap<>();
        int numbers = 0;
        while (m.find()) {
            String name = m.group(1);
            int nr = Integer.parseInt(m.group(2));
            numbers++;
            if (!name.equals(D.name(arch, nr))) {
                wrongName.put(nr, name + " is " + D.name(arch, nr));
            } else if (D.described(arch, nr) == null && !UNDESCRIBED.containsKey(name)) {
                undescribed.put(nr, name);
            }
        }
        assertTrue(numbers > 300, "read only " + numbers + " numbers from " + header);
        assertEquals(Map.of(), wrongName, arch + ": names differ from " + header);
        assertEquals(Map.of(), undescribed, arch + ": numbers without a description (nor a reason in UNDESCRIBED)");
    }
}
