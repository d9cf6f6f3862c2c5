package dev.jtrace.format.syscalls.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.TypeExpr;
import dev.jtrace.format.syscalls.structs.CompiledValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The size the capture planner reads for each pointee that is not one struct of structs.def (whose layouts
 * {@code StructLayoutCompilerTest} checks field by field) equals {@code sizeof} of the kernel's type as the C compiler
 * computes it, for x86_64 ({@code gcc}) and i386 ({@code gcc -m32}): arrays of structs and siginfo_t
 * ({@link CompiledValues}).
 */
class StructLayoutTest {
    /** Pointee type in syscalls.def, the C object whose size it must have, and the ABI it exists on (null: both). */
    private record Layout(String type, String sizeofOperand, Arch only) {
    }

    private static final List<String> HEADERS = List.of("asm/siginfo.h", "linux/time.h", "linux/time_types.h",
            "linux/capability.h");

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
        List<Long> sizes = CompiledValues.of(arch, HEADERS,
                layouts.stream().map(l -> "sizeof(" + l.sizeofOperand + ")").toList());
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
}
