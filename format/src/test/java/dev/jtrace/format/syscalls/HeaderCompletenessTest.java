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
 * and a description.
 */
class HeaderCompletenessTest {
    private static final SyscallDescriptions D = SyscallDescriptions.builtIn();
    private static final Pattern DEFINE = Pattern.compile("^#define __NR_(\\w+)\\s+(\\d+)\\s*$", Pattern.MULTILINE);

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
            } else if (D.described(arch, nr) == null) {
                undescribed.put(nr, name);
            }
        }
        assertTrue(numbers > 300, "read only " + numbers + " numbers from " + header);
        assertEquals(Map.of(), wrongName, arch + ": names differ from " + header);
        assertEquals(Map.of(), undescribed, arch + ": numbers without a description");
    }
}
