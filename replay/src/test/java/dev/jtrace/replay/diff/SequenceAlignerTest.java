package dev.jtrace.replay.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceAlignerTest {
    private static List<String> calls(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add("call" + i + "()");
        }
        return l;
    }

    @Test
    void aChangedCallAndAnExtraCallAreTwoStretches() {
        List<String> a = calls(20);
        List<String> b = new ArrayList<>(a);
        b.set(5, "other()");
        b.add(12, "extra()");

        List<Divergence> d = SequenceAligner.divergences(a, b, 2, 10);

        assertEquals(2, d.size());
        assertEquals(new Divergence(5, 5, List.of("call3()", "call4()"), List.of("call5()"), List.of("other()")), d.get(0));
        assertEquals(new Divergence(12, 12, List.of("call10()", "call11()"), List.of(), List.of("extra()")), d.get(1));
    }

    @Test
    void aTruncatedSequenceEndsInOneStretch() {
        List<String> a = calls(10);
        List<String> b = calls(7);

        assertEquals(List.of(new Divergence(7, 7, List.of("call6()"), List.of("call7()", "call8()", "call9()"), List.of())),
                SequenceAligner.divergences(a, b, 1, 10));
    }

    @Test
    void equalSequencesHaveNoStretchAndTheLimitHolds() {
        assertEquals(List.of(), SequenceAligner.divergences(calls(5), calls(5), 3, 10));
        List<String> b = calls(30);
        b.set(3, "x()");
        b.set(10, "y()");
        b.set(20, "z()");
        assertEquals(2, SequenceAligner.divergences(calls(30), b, 0, 2).size());
    }
}
