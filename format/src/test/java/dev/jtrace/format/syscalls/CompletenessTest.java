package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kernel syscall number has a name and a description. */
class CompletenessTest {
    static final SyscallDescriptions D = SyscallDescriptions.builtIn();

    @Test
    void everyKernelNumberHasAName() throws IOException {
        for (Arch arch : Arch.values()) {
            Path kernel = Path.of("/work/shared/data/syscalls", arch == Arch.X86_64 ? "x86_64.tsv" : "i386.tsv");
            if (!Files.exists(kernel)) {
                continue;
            }
            for (String line : Files.readAllLines(kernel)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int nr = Integer.parseInt(line.split("\t")[0]);
                assertNotNull(D.name(arch, nr), arch + " " + nr);
                assertEquals(nr, D.number(arch, D.name(arch, nr)), arch + " " + D.name(arch, nr));
            }
        }
    }

    @Test
    void everyDescriptionNamesASyscallOfSomeAbi() {
        for (Description d : D.descriptions()) {
            assertTrue(D.number(Arch.X86_64, d.name()) >= 0 || D.number(Arch.I386, d.name()) >= 0, d.name());
        }
    }

    @Test
    void everyNumberOfBothAbisIsDescribed() {
        for (Arch arch : Arch.values()) {
            List<String> undescribed = new ArrayList<>();
            int numbers = 0;
            for (int nr = 0; nr < 1024; nr++) {
                String n = D.name(arch, nr);
                if (n != null) {
                    numbers++;
                    if (D.described(arch, nr) == null) {
                        undescribed.add(nr + " " + n);
                    }
                }
            }
            assertTrue(numbers > (arch == Arch.X86_64 ? 380 : 450), arch + ": only " + numbers + " numbers");
            assertEquals(List.of(), undescribed, arch + ": numbers without a description");
        }
    }
}
