package dev.jtrace.format.syscalls.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Arch;
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
 * Every layout of structs.def equals the C compiler's: for each struct and ABI, {@code sizeof} and the
 * {@code offsetof} of every field, as gcc (x86_64) and gcc -m32 (i386) compute them from the header the layout
 * names. The numbers are read from the assembly of a generated {@code const unsigned long values[]}, so no 32-bit
 * libraries are needed.
 */
class StructLayoutCompilerTest {
    @ParameterizedTest
    @EnumSource(Arch.class)
    void sizesAndOffsetsEqualTheCompilers(Arch arch) throws Exception {
        List<StructLayout> layouts = StructLayouts.builtIn().all(arch).stream().toList();
        List<String> unchecked = layouts.stream().filter(l -> l.cType() == null || l.header() == null)
                .map(StructLayout::name).toList();
        assertEquals(List.of(), unchecked, "layouts without a C type and header to check against");

        Map<String, String> ours = new LinkedHashMap<>();
        List<String> operands = new ArrayList<>();
        for (StructLayout l : layouts) {
            if (!l.part()) { // a part (one arm of union bpf_attr) is smaller than its C type
                ours.put("sizeof(" + l.cType() + ")", Long.toString(l.size()));
                operands.add("sizeof(" + l.cType() + ")");
            }
            for (StructField f : l.fields()) {
                if (f.name().equals("_")) {
                    continue; // unnamed padding (C's `int :32;`): no member to take the offset of
                }
                if (f.bits()) {
                    continue; // C bit-fields have no offsetof: sizeof and the fields after the word pin it down
                }
                String operand = "offsetof(" + l.cType() + ", " + f.name() + ")";
                ours.put(operand, Integer.toString(f.offset()));
                operands.add(operand);
            }
        }
        List<String> headers = layouts.stream().map(StructLayout::header).distinct().toList();
        List<Long> compiled = compile(arch, headers, operands);
        Map<String, String> wrong = new LinkedHashMap<>();
        for (int i = 0; i < operands.size(); i++) {
            String expected = Long.toString(compiled.get(i));
            if (!expected.equals(ours.get(operands.get(i)))) {
                wrong.put(operands.get(i), "structs.def " + ours.get(operands.get(i)) + ", gcc " + expected);
            }
        }
        assertEquals(Map.of(), wrong, arch + ": layouts differ from the C compiler's");
    }

    private static List<Long> compile(Arch arch, List<String> headers, List<String> operands)
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
            assertTrue(values.size() == operands.size(), "expected " + operands.size() + " values from gcc, got "
                    + values.size());
            return values;
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }
}
