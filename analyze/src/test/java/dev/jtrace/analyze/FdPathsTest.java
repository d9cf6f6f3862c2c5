package dev.jtrace.analyze;

import static dev.jtrace.analyze.Stops.event;
import static dev.jtrace.analyze.Stops.in;
import static dev.jtrace.analyze.Stops.out;
import static dev.jtrace.analyze.Stops.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jtrace.format.Capture;
import dev.jtrace.format.PtraceEvent.Kind;
import dev.jtrace.format.Stop;
import dev.jtrace.format.decode.DecodeOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -y: descriptors named from the calls that created them. */
class FdPathsTest {
    private static final long AT_FDCWD = -100;
    private static final long O_CLOEXEC = 0x80000;
    private static final AnalyzeOptions Y = AnalyzeOptions.builder().followForks(true)
            .decode(new DecodeOptions(32, 0, false, DecodeOptions.Constants.ABBREV, 1)).build();

    private static String run(Stop... stops) throws IOException {
        return AnalyzerTest.run(Stops.attached(), Y, stops);
    }

    private static Stop open(int tid, long t, String path, long flags, int fd) {
        return in(tid, t, "openat", List.of(string(1, path)), AT_FDCWD, 0x1000, flags, 0);
    }

    @Test
    void openedFdsAreNamedInLaterCallsAndClosedOnesAreNot() throws IOException {
        assertEquals("""
                1     openat(-100, 4096, 0, 0)          = 3</etc/passwd>
                1     read(3</etc/passwd>, 4096, 10)    = 10
                1     close(3</etc/passwd>)             = 0
                1     read(3, 4096, 10)                 = -1 EBADF (Bad file descriptor)
                """,
                run(open(1, 0, "/etc/passwd", 0, 3), out(1, 1, "openat", 3),
                        in(1, 2, "read", 3, 4096, 10), out(1, 3, "read", 10),
                        in(1, 4, "close", 3), out(1, 5, "close", 0),
                        in(1, 6, "read", 3, 4096, 10), Stops.fail(1, 7, "read", 9)));
    }

    @Test
    void onTheRecordingHostSymbolicLinksAreFollowedAsTheKernelReportsThem(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.writeString(real.resolve("f"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        String s = AnalyzerTest.run(Stops.attached(), Y, Host.local(),
                open(1, 0, link.resolve("f").toString(), 0, 3), out(1, 1, "openat", 3),
                open(1, 2, link.resolve("gone").toString(), 0, 4), out(1, 3, "openat", 4),
                in(1, 4, "close", 3), out(1, 5, "close", 0), in(1, 6, "close", 4), out(1, 7, "close", 0));
        assertTrue(s.contains("close(3<" + real.toRealPath().resolve("f") + ">)"), s);
        assertTrue(s.contains("close(4<" + link.resolve("gone") + ">)"), s);
    }

    @Test
    void dup2NamesTheNewFdAfterTheCallOnly() throws IOException {
        assertEquals("""
                1     openat(-100, 4096, 0, 0)          = 3</dev/null>
                1     dup2(3</dev/null>, 1)             = 1</dev/null>
                """,
                run(open(1, 0, "/dev/null", 0, 3), out(1, 1, "openat", 3),
                        in(1, 2, "dup2", 3, 1), out(1, 3, "dup2", 1)));
    }

    @Test
    void relativePathsResolveAgainstTheWorkingDirectoryOnceKnown() throws IOException {
        assertEquals("""
                1     chdir(4096)                       = 0
                1     openat(-100, 4096, 0, 0)          = 3</tmp/x/y>
                """,
                run(in(1, 0, "chdir", List.of(string(0, "/tmp/./x")), 0x1000), out(1, 1, "chdir", 0),
                        open(1, 2, "z/../y", 0, 3), out(1, 3, "openat", 3)));
    }

    @Test
    void execveClosesCloseOnExecFds() throws IOException {
        assertEquals("""
                1     openat(-100, 4096, 524288, 0)     = 3</a>
                1     openat(-100, 4096, 0, 0)          = 4</b>
                1     execve(1, 2, 3)                   = 0
                1     close(3)                          = 0
                1     close(4</b>)                      = 0
                """,
                run(open(1, 0, "/a", O_CLOEXEC, 3), out(1, 1, "openat", 3),
                        open(1, 2, "/b", 0, 4), out(1, 3, "openat", 4),
                        in(1, 4, "execve", 1, 2, 3), out(1, 5, "execve", 0),
                        in(1, 6, "close", 3), out(1, 7, "close", 0),
                        in(1, 8, "close", 4), out(1, 9, "close", 0)));
    }

    @Test
    void forkCopiesTheTableAndThreadsShareIt() throws IOException {
        long cloneFiles = 0x400;
        String s = run(open(1, 0, "/a", 0, 3), out(1, 1, "openat", 3),
                in(1, 2, "clone", 0x11, 0), event(1, 3, Kind.FORK, 2), out(1, 4, "clone", 2),
                in(1, 5, "clone", cloneFiles, 0), event(1, 6, Kind.CLONE, 3), out(1, 7, "clone", 3),
                in(2, 8, "close", 3), out(2, 9, "close", 0),
                in(1, 10, "read", 3, 0, 0), out(1, 11, "read", 0),
                in(3, 12, "close", 3), out(3, 13, "close", 0),
                in(1, 14, "read", 3, 0, 0), out(1, 15, "read", 0));
        assertEquals("""
                2     close(3</a>)                      = 0
                1     read(3</a>, 0, 0)                 = 0
                3     close(3</a>)                      = 0
                1     read(3, 0, 0)                     = 0
                """, s.substring(s.indexOf("2     close")));
    }

    @Test
    void pipeFdsComeFromTheExitCaptureWithUnknownInodes() throws IOException {
        byte[] fds = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(5).putInt(6).array();
        assertEquals("""
                1     pipe2(4096, 0)                    = 0
                1     close(6<pipe:[?]>)                = 0
                """,
                run(in(1, 0, "pipe2", 4096, 0), out(1, 1, "pipe2", 0, List.of(new Capture(0, "", 4096, fds, 8, 0))),
                        in(1, 2, "close", 6), out(1, 3, "close", 0)));
    }
}
