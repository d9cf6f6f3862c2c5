package dev.jtrace.replay.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.replay.TracedTask;
import dev.jtrace.testdata.TestPrograms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyzProgramWriterTest {
    @TempDir
    Path dir;

    private final ExportPlanner planner = new ExportPlanner(SyscallShapes.builtIn());

    @Test
    void writesTheGoldenProgram() throws IOException {
        String program = SyzProgramWriter.write(planner.plan(SyntheticTrace.build(), "root"));

        assertEquals(golden("golden.syz"), program);
    }

    @Test
    void theGoldenProgramParsesWithResourcesBoundBeforeUse() {
        SyzProgram p = SyzProgramParser.parse(SyzProgramWriter.write(planner.plan(SyntheticTrace.build(), "root")));

        assertEquals(7, p.calls().size());
        assertEquals(0, p.calls().get(0).result());
        assertEquals(new SyzProgram.Ref(0), p.calls().get(1).args().get(0));
        SyzProgram.Pointer readBuffer = (SyzProgram.Pointer) p.calls().get(1).args().get(1);
        assertEquals(new SyzProgram.Out(16), readBuffer.pointee());
        assertEquals(new SyzProgram.Ref(2), p.calls().get(3).args().get(0), "write goes to the pipe's write end");
    }

    @Test
    void everyTaskOfARecordingIsWellFormed() throws Exception {
        Trace t = Trace.record("sh", "-c", TestPrograms.path("rp_files") + " " + dir + " | cat");

        for (TracedTask task : t.tasks()) {
            String program = SyzProgramWriter.write(planner.plan(t, task.lineageName()));
            SyzProgram p = SyzProgramParser.parse(program);
            assertTrue(p.calls().size() > 0, program);
        }
    }

    @Test
    void theParserRejectsWhatIsNotAProgram() {
        assertThrows(IllegalArgumentException.class, () -> SyzProgramParser.parse("close(r0)\n"));
        assertThrows(IllegalArgumentException.class, () -> SyzProgramParser.parse("read(0x0, &(0x7f00)=\"\"/4\n"));
        assertThrows(IllegalArgumentException.class, () -> SyzProgramParser.parse("r0 = dup(0x1)\nr0 = dup(0x1)\n"));
        assertThrows(IllegalArgumentException.class, () -> SyzProgramParser.parse("write(0x1, &(0x7f00)=\"abc\", 0x1)\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyzProgramParser.parse("# c\nopenat(0x1, 'x\n"));
        assertTrue(e.getMessage().startsWith("line 2, column "), e.getMessage());
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SyzProgramWriterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
