package dev.jtrace.format.syscalls.structs;

import dev.jtrace.format.Arch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between a struct's bytes in its ABI's layout and its field values: a scalar is a {@link Long}, a nested
 * struct a {@code Map}, an array a {@code List} of either. Decoding a union yields every member (each a view of
 * the same bytes); encoding writes the members present in the map, in layout order.
 */
public final class StructCodec {
    private StructCodec() {
    }

    /** The field values of {@code data}, which holds at least {@code layout.size()} bytes. */
    public static Map<String, Object> decode(StructLayout layout, byte[] data) {
        if (data.length < layout.size()) {
            throw new IllegalArgumentException(layout + ": only " + data.length + " bytes");
        }
        return decode(layout, data, 0);
    }

    /** The bytes of a struct whose fields have {@code values} (absent fields and padding are zero). */
    public static byte[] encode(StructLayout layout, Map<String, ?> values) {
        byte[] data = new byte[(int) layout.size()];
        encode(layout, values, data, 0);
        return data;
    }

    private static Map<String, Object> decode(StructLayout layout, byte[] data, int base) {
        Arch arch = layout.arch();
        Map<String, Object> values = new LinkedHashMap<>();
        for (StructField f : layout.fields()) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < f.count(); i++) {
                int off = base + f.offset() + i * f.elementSize(arch);
                elements.add(f.scalar() ? (Object) f.kind().read(data, off, arch) : decode(f.nested(), data, off));
            }
            values.put(f.name(), f.array() ? List.copyOf(elements) : elements.get(0));
        }
        return values;
    }

    private static void encode(StructLayout layout, Map<String, ?> values, byte[] data, int base) {
        Arch arch = layout.arch();
        for (StructField f : layout.fields()) {
            Object v = values.get(f.name());
            if (v == null) {
                continue;
            }
            List<?> elements = f.array() ? (List<?>) v : List.of(v);
            if (elements.size() > f.count()) {
                throw new IllegalArgumentException(layout + ": " + f.name() + " has " + f.count() + " elements");
            }
            for (int i = 0; i < elements.size(); i++) {
                int off = base + f.offset() + i * f.elementSize(arch);
                Object e = elements.get(i);
                if (f.scalar()) {
                    f.kind().write(data, off, arch, ((Number) e).longValue());
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> nested = (Map<String, ?>) e;
                    encode(f.nested(), nested, data, off);
                }
            }
        }
    }

    /** {@code v} as the field would hold it (truncated and sign- or zero-extended). */
    public static long normalize(StructField f, Arch arch, long v) {
        return f.kind().normalize(v, arch);
    }
}
