package dev.jtrace.format.syscalls.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constant C expressions ({@code sizeof}, {@code offsetof}) as gcc (x86_64) or gcc -m32 (i386) evaluates them: read
 * from the assembly of a generated {@code const unsigned long values[]}, so no 32-bit libraries are needed.
 */
public final class CompiledValues {
    private CompiledValues() {
    }

    /** The value of each of {@code operands}, in order, with {@code headers} included (and stddef.h) first. */
    public static List<Long> of(Arch arch, List<String> headers, List<String> operands)
            throws IOException, InterruptedException {
        StringBuilder c = new StringBuilder("#include <stddef.h>\n");
        headers.forEach(h -> c.append("#include <").append(h).append(">\n"));
        c.append("const unsigned long values[] = {\n");
        operands.forEach(o -> c.append("    ").append(o).append(",\n"));
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
            List<Long> values = new ArrayList<>();
            Matcher m = Pattern.compile("^\\s+\\.(quad|long|zero)\\s+(\\d+)\\s*$", Pattern.MULTILINE)
                    .matcher(Files.readString(asm));
            int word = arch == Arch.I386 ? 4 : 8;
            while (m.find()) {
                long v = Long.parseLong(m.group(2));
                if (m.group(1).equals("zero")) { // a run of zero values, v bytes long
                    for (long k = 0; k < v / word; k++) {
                        values.add(0L);
                    }
                } else {
                    values.add(v);
                }
            }
            assertEquals(operands.size(), values.size(), "values in gcc's output");
            return values;
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }
}
