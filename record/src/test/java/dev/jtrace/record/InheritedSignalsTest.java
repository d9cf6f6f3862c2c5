package dev.jtrace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InheritedSignalsTest {
    @Test
    void readsTheLaunchersHexMasksAndIgnoresGarbage() {
        System.setProperty("jtrace.inherited.sigblk", "0000000000000004");
        System.setProperty("jtrace.inherited.sigign", "0000000180000002");
        try {
            assertEquals(new InheritedSignals(4, 0x180000002L), InheritedSignals.fromLauncher());
            System.setProperty("jtrace.inherited.sigign", "not hex");
            assertEquals(new InheritedSignals(4, 0), InheritedSignals.fromLauncher());
        } finally {
            System.clearProperty("jtrace.inherited.sigblk");
            System.clearProperty("jtrace.inherited.sigign");
        }
    }

    @Test
    void withoutTheLauncherNothingIsBlockedOrIgnored() throws Exception {
        assertEquals(0, Recordings.launch(false, Recordings.nothing(), "rec_sigstate").result().exitStatus());
    }

    @Test
    void theLaunchedCommandStartsWithTheInheritedSignalMask() throws Exception {
        // SIGQUIT blocked. (An inherited ignored signal stays ignored only where the JVM kept it ignored, as
        // HotSpot does for SIGHUP, SIGINT and SIGTERM; this test JVM was not started with any ignored.)
        System.setProperty("jtrace.inherited.sigblk", Long.toHexString(1L << 2));
        try {
            Recordings.Recording r = Recordings.launch(false, Recordings.nothing(), "rec_sigstate");
            assertEquals(1, r.result().exitStatus(), "SIGQUIT blocked, SIGUSR1 and SIGTERM default");
        } finally {
            System.clearProperty("jtrace.inherited.sigblk");
            System.clearProperty("jtrace.inherited.sigign");
        }
    }
}
