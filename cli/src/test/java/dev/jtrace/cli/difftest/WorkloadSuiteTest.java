package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.testdata.TestPrograms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadSuiteTest {
    private static Path fakeProgram(String name) {
        return Path.of("/bin/test-programs", name);
    }

    @Test
    void parsesOptionsCommandsAndProgramReferences() {
        List<Workload> ws = WorkloadSuite.parse(List.of(
                "# a comment", "", ";; true",
                "-s 64 -e trace=%file ;; @files /tmp/x",
                "-c ;; sh -c 'a;; b'"), WorkloadSuiteTest::fakeProgram);
        assertEquals(3, ws.size());
        assertEquals(List.of(), ws.get(0).options());
        assertEquals(List.of("true"), ws.get(0).command());
        assertEquals(List.of("-s", "64", "-e", "trace=%file"), ws.get(1).options());
        assertEquals(List.of("/bin/test-programs/files", "/tmp/x"), ws.get(1).command());
        assertFalse(ws.get(1).isSummary());
        assertEquals(List.of("sh", "-c", "a;; b"), ws.get(2).command());
        assertTrue(ws.get(2).isSummary());
    }

    @Test
    void namesTheBadLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkloadSuite.parse(List.of(";; true", "-s 64 true"), WorkloadSuiteTest::fakeProgram));
        assertEquals("suite line 2: workload line lacks ';;' between options and command: -s 64 true", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> WorkloadSuite.parse(List.of("-v ;;  "), WorkloadSuiteTest::fakeProgram));
    }

    @Test
    void theDifferentialSuiteIsLargeAndNamesOnlyBuiltPrograms() {
        Path suite = TestPrograms.projectRoot().resolve("testdata/workloads/differential.suite");
        List<Workload> ws = WorkloadSuite.read(suite, TestPrograms::path);
        assertTrue(ws.stream().filter(w -> !w.isSummary()).count() >= 30, "at least 30 text workloads");
        assertTrue(ws.stream().filter(Workload::isSummary).count() >= 5, "at least 5 summary workloads");
    }
}
