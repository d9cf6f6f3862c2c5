package dev.jtrace.format.syscalls.structs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * For every layout of structs.def and every ABI: random field values, encoded in the ABI's layout, decode to the
 * same values, and re-encoding those gives the same bytes. A union takes one member's values at a time.
 */
class StructCodecPropertiesTest {
    @Provide
    Arbitrary<Tuple2<StructLayout, Long>> layoutsAndSeeds() {
        List<StructLayout> all = new ArrayList<>();
        for (Arch arch : Arch.values()) {
            all.addAll(StructLayouts.builtIn().all(arch));
        }
        return Arbitraries.of(all).flatMap(l -> Arbitraries.longs().map(seed -> Tuple.of(l, seed)));
    }

    @Property(tries = 2000)
    void randomFieldValuesRoundTrip(@ForAll("layoutsAndSeeds") Tuple2<StructLayout, Long> layoutAndSeed) {
        StructLayout layout = layoutAndSeed.get1();
        Map<String, Object> values = randomValues(layout, new Random(layoutAndSeed.get2()));
        byte[] bytes = StructCodec.encode(layout, values);
        assertEquals(layout.size(), bytes.length);
        Map<String, Object> decoded = StructCodec.decode(layout, bytes);
        assertEquals(values, only(decoded, values), layout + ": decoded fields");
        assertArrayEquals(bytes, StructCodec.encode(layout, only(decoded, values)), layout + ": re-encoded bytes");
    }

    /** Random values for every field (a union: for one member), each within its C type's range. */
    private static Map<String, Object> randomValues(StructLayout layout, Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<StructField> fields = layout.union()
                ? List.of(layout.fields().get(random.nextInt(layout.fields().size()))) : layout.fields();
        for (StructField f : fields) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < f.count(); i++) {
                elements.add(f.scalar() ? (Object) StructCodec.normalize(f, layout.arch(), random.nextLong())
                        : randomValues(f.nested(), random));
            }
            values.put(f.name(), f.array() ? List.copyOf(elements) : elements.get(0));
        }
        return values;
    }

    /** The decoded values restricted to the fields (union members, at any depth) that {@code like} has. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(Map<String, Object> decoded, Map<String, Object> like) {
        Map<String, Object> out = new LinkedHashMap<>();
        like.forEach((name, v) -> {
            Object d = decoded.get(name);
            if (v instanceof Map<?, ?> m) {
                out.put(name, only((Map<String, Object>) d, (Map<String, Object>) m));
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                List<Object> elements = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    elements.add(only(((List<Map<String, Object>>) d).get(i), (Map<String, Object>) list.get(i)));
                }
                out.put(name, elements);
            } else {
                out.put(name, d);
            }
        });
        return out;
    }
}
