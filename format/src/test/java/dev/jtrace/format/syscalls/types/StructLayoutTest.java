package dev.jtrace.format.syscalls.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.TypeExpr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The size the capture planner reads for each pointee that is not one struct of structs.def (whose layouts
 * {@code StructLayoutCompilerTest} checks field by field) equals {@code sizeof} of the kernel's type as the C compiler
 * computes it, for x86_64 ({@code gcc}) and i386 ({@code gcc -m32}): arrays of structs and siginfo_t. The sizes are
 * read from the assembly of a generated {@code const unsigned long sizes[]} (no 32-bit libraries are needed for -S).
 */
class StructLayoutTest {
    /** Pointee type in syscalls.def, the C object whose size it must have, and the ABI it exists on (null: both). */
    private record Layout(String type, String sizeofOperand, Arch only) {
    }

    private static final String HEADERS = """
            #include <asm/siginfo.h>
            #include <linux/time.h>
            #include <linux/time_types.h>
            #include <linux/capability.h>
            """;

    private static final List<Layout> LAYOUTS = List.of(
            new Layout("utimens", "struct timespec[2]", null),
            new Layout("utimens64", "struct __kernel_timespec[2]", null),
            new Layout("timeval_pair", "struct timeval[2]", null),
            new Layout("cap_data", "struct __user_cap_data_struct[_LINUX_CAPABILITY_U32S_3]", null),
            new Layout("siginfo", "siginfo_t", null));

    @ParameterizedTest
    @EnumSource(Arch.class)
    void capturedSizesEqualTheCompilersSizeof(Arch arch) throws Exception {
        List<Layout> layouts = LAYOUTS.stream().filter(l -> l.only == null || l.only == arch).toList();
        List<Long> sizes = compilerSizes(arch, layouts);
        Map<String, String> wrong = new LinkedHashMap<>();
        CaptureSite site = new CaptureSite(arch, new long[6], 0, null, null, 4096, 0, false, new ArrayList<>());
        for (int i = 0; i < layouts.size(); i++) {
            Layout l = layouts.get(i);
            long ours = ArgTypes.pointee(new TypeExpr(l.type, null, null), true, Map.of()).size(site, 0);
            if (ours != sizes.get(i)) {
                wrong.put(l.type, "jtrace " + ours + ", sizeof(" + l.sizeofOperand + ") " + sizes.get(i));
            }
        }
        assertEquals(Map.of(), wrong, arch + ": struct sizes differ from the C compiler's");
    }

    /** sizeof of each layout's operand as gcc computes it for {@code arch}. */
    private static List<Long> compilerSizes(Arch arch, List<Layout> layouts) throws IOException, InterruptedException {
        StringBuilder c = new StringBuilder(HEADERS).append("const unsigned long sizes[] = {\n");
        layouts.forEach(l -> c.append("    sizeof(").append(l.sizeofOperand).append("),\n"));
        c.append("};\n");
        Path dir = Files.createTempDirectory("jtrace-layout-");
        try {
            Path src = Files.writeString(dir.resolve("layout.c"), c.toString());
            Path asm = dir.resolve("layout.s");
            List<String> cmd = new ArrayList<>(List.of("gcc", "-S", "-o", asm.toString(), src.toString()));
            if (arch == Arch.I386) {
                // the uapi asm/ headers serve both ABIs (they test __i386__); -m32 only misses their multiarch path
                cmd.addAll(1, List.of("-m32", "-idirafter", "/usr/include/x86_64-linux-gnu"));
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "gcc failed: " + out);
            List<Long> sizes = new ArrayList<>();
            Matcher m = Pattern.compile("^\\s+\\.(?:quad|long)\\s+(\\d+)\\s*$", Pattern.MULTILINE)
                    .matcher(Files.readString(asm));
            while (m.find()) {
                sizes.add(Long.parseLong(m.group(1)));
            }
            assertTrue(sizes.size() == layouts.size(), "expected " + layouts.size() + " sizes in gcc's output, got " + sizes);
            return sizes;
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }
}
