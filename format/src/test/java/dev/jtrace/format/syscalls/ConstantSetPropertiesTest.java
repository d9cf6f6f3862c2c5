package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.decode.DecodeOptions.Constants;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConstantSetPropertiesTest {
    static final SyscallDescriptions D = SyscallDescriptions.builtIn();

    @Provide
    Arbitrary<String> flagSets() {
        return Arbitraries.of(D.constants().values().stream().filter(ConstantSet::isFlags).map(ConstantSet::name)
                .toList());
    }

    @Property
    void flagRenderingParsesBackToTheSameValue(@ForAll("flagSets") String set, @ForAll int bits) {
        ConstantSet s = D.constants().get(set);
        long value = bits & 0xffffffffL;
        assertEquals(value, s.parse(s.render(value, Constants.ABBREV)), set + " " + s.render(value, Constants.ABBREV));
        assertEquals(value, s.parse(s.render(value, Constants.RAW)));
        assertEquals(value, s.parse(s.render(value, Constants.VERBOSE)));
    }
}
