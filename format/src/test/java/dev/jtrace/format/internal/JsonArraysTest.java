package dev.jtrace.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class JsonArraysTest {
    @Property
    void anyStringsSurviveTheRoundTrip(@ForAll List<String> values) {
        assertEquals(values, JsonArrays.toStrings(JsonArrays.ofStrings(values)));
    }

    @Property
    void anyIntsSurviveTheRoundTrip(@ForAll List<Integer> values) {
        assertEquals(values, JsonArrays.toInts(JsonArrays.ofInts(values)));
    }

    @Example
    void readsJsonWrittenByOtherTools() {
        assertEquals(List.of("a\u00e9", "/", "\b\f"), JsonArrays.toStrings(" [ \"a\\u00E9\" , \"\\/\",\"\\b\\f\" ] "));
        assertEquals(List.of(), JsonArrays.toInts("[]"));
        assertEquals(List.of(-1, 2), JsonArrays.toInts("[-1, 2]"));
    }

    @Example
    void rejectsWhatIsNotAnArray() {
        assertEquals("not a JSON array: expected '[' at character 0",
                assertThrows(IllegalArgumentException.class, () -> JsonArrays.toStrings("ls -l")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonArrays.toStrings("[\"unterminated]"));
        assertThrows(IllegalArgumentException.class, () -> JsonArrays.toInts("[1,]"));
        assertThrows(IllegalArgumentException.class, () -> JsonArrays.toInts("[1] 2"));
        assertThrows(IllegalArgumentException.class, () -> JsonArrays.toInts("[99999999999]"));
    }
}
