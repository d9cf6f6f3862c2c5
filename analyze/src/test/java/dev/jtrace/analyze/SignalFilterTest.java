package dev.jtrace.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignalFilterTest {
    @Test
    void namesWithOrWithoutSigAndNumbers() {
        SignalFilter f = SignalFilter.parse("SIGCHLD,usr1,15");
        assertTrue(f.traces(17));
        assertTrue(f.traces(10));
        assertTrue(f.traces(15));
        assertFalse(f.traces(2));
    }

    @Test
    void negationAllAndNone() {
        assertFalse(SignalFilter.parse("!chld").traces(17));
        assertTrue(SignalFilter.parse("!chld").traces(10));
        assertTrue(SignalFilter.parse("all").traces(64));
        assertFalse(SignalFilter.parse("none").traces(10));
        assertTrue(SignalFilter.ALL.traces(1));
    }

    @Test
    void unknownSignalsAreRejected() {
        assertEquals("invalid signal 'SIGFOO'",
                assertThrows(IllegalArgumentException.class, () -> SignalFilter.parse("SIGFOO")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SignalFilter.parse("65"));
    }
}
