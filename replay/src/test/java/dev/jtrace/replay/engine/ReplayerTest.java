package dev.jtrace.replay.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.replay.Call;
import dev.jtrace.replay.SyscallShapes;
import dev.jtrace.replay.Trace;
import dev.jtrace.testdata.TestPrograms;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayerTest {
    @TempDir
    Path dir;

    private final SyscallShapes shapes = SyscallShapes.builtIn();
    private final Replayer replayer = new Replayer(shapes);

    @Test
    void aFileHeavyProgramReplaysWithoutDivergenceInAFreshRoot() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Trace t = Trace.record(TestPrograms.path("rp_files").toString(), work.toString());
        Path root = dir.resolve("root");

        ReplayReport r = replayer.replay(t, ReplayOptions.in(root));

        assertEquals(List.of(), r.divergences(), () -> text(r));
        assertTrue(r.replayed() >= 30, () -> text(r));
        assertTrue(r.skipped().containsKey("execve") && r.skipped().containsKey("exit_group"), r.skipped()::toString);
        assertTrue(r.emulated().containsKey("write"), "the write to the inherited stdout is emulated");
        assertTrue(Files.isDirectory(InitialState.inRoot(root, work.toString())), "the working directory was created");
        assertFalse(Files.exists(InitialState.inRoot(root, work.resolve("d").toString())), "and cleaned up by the replay");
    }

    @Test
    void withoutChrootPathsAreRewrittenIntoTheRoot() throws Exception {
        String id = UUID.randomUUID().toString();
        Path outside = Path.of("/tmp/jtrace-rewrite-" + id);
        Trace t = Trace.record("sh", "-c", "cd /tmp && mkdir jtrace-rewrite-" + id + " && cd jtrace-rewrite-" + id
                + " && echo data > f && cat f > /dev/null && rm f && cd .. && rmdir jtrace-rewrite-" + id);
        Path root = dir.resolve("root");

        ReplayReport r = replayer.replay(t, new ReplayOptions(root, 0, 0, false));

        assertEquals(List.of(), r.divergences(), () -> text(r));
        assertFalse(Files.exists(outside));
        assertTrue(Files.isDirectory(root.resolve("tmp")), "the working directory was created inside the root");
        assertTrue(r.replayed() > 5, () -> text(r));
    }

    @Test
    void onlyTheChosenTaskIsReplayedAtTheRecordedPace() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "x\n");
        Trace t = Trace.record("sh", "-c", "cat " + input + "; cat " + input);
        int second = t.tasks().get(2).tid();

        ReplayReport r = replayer.replay(t, new ReplayOptions(dir.resolve("root"), second, 1, true));

        assertEquals(List.of(), r.divergences(), () -> text(r));
        long secondsCalls = t.tasks().get(2).calls().size();
        assertTrue(r.replayed() > 0, () -> text(r));
        assertEquals(t.calls().size(), r.replayed() + r.emulatedCount() + r.skippedCount(), () -> text(r));
        assertTrue(r.replayed() + r.emulatedCount() <= secondsCalls, "only the chosen task's calls ran: " + text(r));
    }

    @Test
    void childrenStartInTheDirectoryTheyInherited() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Trace t = Trace.record("sh", "-c", "cd " + work + " && mkdir x && cd x && echo a > f && ln -s f g"
                + " && cat g > /dev/null && cd .. && tar cf t.tar x && rm -r x && tar xf t.tar && rm -r x t.tar");

        ReplayReport r = replayer.replay(t, ReplayOptions.in(dir.resolve("root")));

        assertEquals(List.of(), r.divergences(), () -> text(r));
        assertTrue(r.replayed() > 100, () -> text(r));
    }

    @Test
    void aChildWritesToThePipeItInheritedFromItsParent() throws Exception {
        Trace t = Trace.record(TestPrograms.path("rp_pipe").toString());

        ReplayReport r = replayer.replay(t, ReplayOptions.in(dir.resolve("root")));

        assertEquals(List.of(), r.divergences(), () -> text(r));
        assertFalse(r.emulated().containsKey("write"), () -> text(r));
    }

    @Test
    void aReadThatWouldBlockIsReportedInsteadOfHanging() throws Exception {
        Trace t = Trace.record(TestPrograms.path("rp_pipe").toString());

        // Replaying only the parent: the child's write never happens, and the parent keeps a write end open.
        ReplayReport r = replayer.replay(t, new ReplayOptions(dir.resolve("root"), t.root().tid(), 0, true));

        assertEquals(1, r.divergences().size(), () -> text(r));
        ReplayDivergence d = r.divergences().get(0);
        assertTrue(d.call().startsWith("read(fd<pipe2#") && d.replayed().equals("would block (not run)"), d::toString);
        assertEquals("root", d.task());
    }

    @Test
    void symbolicLinksTheTraceReadAreRecreated() throws Exception {
        Path target = Files.writeString(dir.resolve("target.txt"), "t");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("target.txt"));
        Trace t = Trace.record("readlink", link.toString());
        Path root = dir.resolve("root");

        ReplayReport r = replayer.replay(t, ReplayOptions.in(root));

        assertEquals(List.of(), r.divergences(), () -> text(r));
        assertEquals(Path.of("target.txt"), Files.readSymbolicLink(InitialState.inRoot(root, link.toString())));
        assertFalse(Files.exists(InitialState.inRoot(root, target.toString())), "readlink never looked at the target");
    }

    @Test
    void copyingATreeReplaysWithoutDivergence() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/sub"));
        Files.writeString(dir.resolve("src/a.txt"), "alpha\n");
        Files.writeString(src.resolve("b.txt"), "beta ".repeat(1000));
        Trace t = Trace.record("cp", "-r", dir.resolve("src").toString(), dir.resolve("dst").toString());
        Path root = dir.resolve("root");

        ReplayReport r = replayer.replay(t, ReplayOptions.in(root));

        assertEquals(List.of(), r.divergences(), () -> text(r));
        // cp copies with copy_file_range, so the trace never saw the bytes: the copy has the recorded size.
        assertEquals(5000, Files.size(InitialState.inRoot(root, dir.resolve("dst/sub/b.txt").toString())));
        assertEquals("alpha\n".length(), Files.size(InitialState.inRoot(root, dir.resolve("dst/a.txt").toString())));
    }

    @Test
    void nothingOutsideTheRootIsTouched() throws Exception {
        String id = UUID.randomUUID().toString();
        Path file = Path.of("/tmp/jtrace-outside-" + id);
        Path madeDir = Path.of("/tmp/jtrace-outside-dir-" + id);
        Path victim = Files.writeString(Path.of("/tmp/jtrace-victim-" + id), "keep me");
        try {
            Trace t = Trace.record("sh", "-c", "echo hi > " + file + "; mkdir " + madeDir + "; rm " + victim
                    + "; mv " + file + " " + madeDir + "/moved");
            Files.delete(madeDir.resolve("moved"));
            Files.delete(madeDir);
            Files.writeString(victim, "keep me");
            Path root = dir.resolve("root");

            ReplayReport r = replayer.replay(t, ReplayOptions.in(root));

            assertEquals(List.of(), r.divergences(), () -> text(r));
            assertFalse(Files.exists(file) || Files.exists(madeDir), "nothing was created outside the root");
            assertEquals("keep me", Files.readString(victim), "nothing was deleted outside the root");
            assertEquals("hi\n", Files.readString(InitialState.inRoot(root, madeDir + "/moved")));
            assertFalse(Files.exists(InitialState.inRoot(root, victim.toString())));
        } finally {
            Files.deleteIfExists(madeDir.resolve("moved"));
            Files.deleteIfExists(madeDir);
            Files.deleteIfExists(file);
            Files.deleteIfExists(victim);
        }
    }

    @Test
    void aFileMadeUnreadableInTheRootDivergesWhereItIsOpened() throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "some input\n");
        Trace t = Trace.record("cat", input.toString());
        Path root = dir.resolve("root");
        InitialState.materialize(InitialState.of(t, shapes), root);
        Path inRoot = InitialState.inRoot(root, input.toString());
        assertEquals("some input\n", Files.readString(inRoot), "the initial state holds what cat read");
        Files.setPosixFilePermissions(inRoot, PosixFilePermissions.fromString("---------"));

        ReplayReport r = replayer.replay(t, ReplayOptions.in(root));

        assertEquals(1, r.divergences().size(), () -> text(r));
        ReplayDivergence d = r.divergences().get(0);
        Call open = t.root().calls().stream().filter(c -> c.name().equals("openat")
                && c.stringArg(1).filter(input.toString()::equals).isPresent()).findFirst().orElseThrow();
        assertEquals(open.index(), d.index());
        assertEquals("-1 EACCES", d.replayed());
        assertEquals("an fd", d.recorded());
    }

    private static String text(ReplayReport r) {
        StringWriter w = new StringWriter();
        r.printText(new PrintWriter(w));
        return w.toString();
    }
}
