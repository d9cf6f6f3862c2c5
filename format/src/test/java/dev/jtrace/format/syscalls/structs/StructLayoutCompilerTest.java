package dev.jtrace.format.syscalls.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every layout of structs.def equals the C compiler's: for each struct and ABI, {@code sizeof} and the
 * {@code offsetof} of every field, as gcc (x86_64) and gcc -m32 (i386) compute them from the header the layout
 * names ({@link CompiledValues}).
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
        List<Long> compiled = CompiledValues.of(arch, headers, operands);
        Map<String, String> wrong = new LinkedHashMap<>();
        for (int i = 0; i < operands.size(); i++) {
            String expected = Long.toString(compiled.get(i));
            if (!expected.equals(ours.get(operands.get(i)))) {
                wrong.put(operands.get(i), "structs.def " + ours.get(operands.get(i)) + ", gcc " + expected);
            }
        }
        assertEquals(Map.of(), wrong, arch + ": layouts differ from the C compiler's");
    }
}
