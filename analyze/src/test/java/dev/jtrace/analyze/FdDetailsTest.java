package dev.jtrace.analyze;

import static dev.jtrace.analyze.Stops.in;
import static dev.jtrace.analyze.Stops.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.OpenFd;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.TaskSeen;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** -yy's fd names from what the recorder saw of devices, pidfds and sockets, replayed through strace's cache. */
class FdDetailsTest {
    private static final int PID = 7;

    private final FdTracker fds = new FdTracker(UnaryOperator.identity());

    private void call(String name, long rval, List<OpenFd> recorded, long... args) {
        SyscallEntry e = in(PID, 1, name, args);
        fds.returned(name, e, new SyscallExit(PID, t(2), Arch.X86_64, Stops.nr(name), rval, rval < 0, List.of(), -1,
                recorded));
    }

    private String yy(int fd) {
        return fds.detailedName(PID, fd).orElse("(none)");
    }

    private void snapshot(OpenFd... open) {
        fds.seen(new TaskSeen(PID, t(0), PID, 1, List.of(PID), List.of(PID), 1, Optional.of("/"), List.of(open)));
    }

    @Test
    void devicesShowTheirNumbersAfterThePathAndDupsKeepThem() {
        snapshot(new OpenFd(1, "/dev/null", "char 1:3"), new OpenFd(2, "/home/u/log"));
        call("dup", 9, List.of(new OpenFd(9, "/dev/null", "char 1:3")), 1);
        call("fcntl", 12, List.of(), 1, 0, 10);
        assertEquals("/dev/null<char 1:3>", yy(1));
        assertEquals("/dev/null<char 1:3>", yy(9));
        assertEquals("/dev/null<char 1:3>", yy(12));
        assertEquals("/home/u/log", yy(2));
        assertEquals(Optional.of("/dev/null"), fds.name(PID, 1)); // -y keeps the path alone
    }

    @Test
    void aPidfdIsNamedByItsPid() {
        call("pidfd_open", 3, List.of(new OpenFd(3, "anon_inode:[pidfd]", "pid:4242")), 4242, 0);
        assertEquals("pid:4242", yy(3));
        assertEquals(Optional.of("anon_inode:[pidfd]"), fds.name(PID, 3));
    }

    @Test
    void aSocketWithoutAddressShowsItsProtocolAndInodeUntilItHasOne() {
        call("socket", 3, List.of(new OpenFd(3, "socket:[5678]", "TCP")), 2, 1, 0);
        assertEquals("TCP:[5678]", yy(3));
        call("bind", 0, List.of(new OpenFd(3, "socket:[5678]", "TCP:[127.0.0.1:8080]")), 3, 0x1000, 16);
        assertEquals("TCP:[127.0.0.1:8080]", yy(3));
    }

    @Test
    void aSocketKeepsTheAddressesItWasFirstPrintedWithAsStracesCacheDoes() {
        call("socket", 3, List.of(new OpenFd(3, "socket:[100]", "UDP")), 2, 2, 0);
        call("bind", 0, List.of(new OpenFd(3, "socket:[100]", "UDP:[127.0.0.1:5000]")), 3, 0x1000, 16);
        assertEquals("UDP:[127.0.0.1:5000]", yy(3));
        call("connect", 0, List.of(new OpenFd(3, "socket:[100]", "UDP:[127.0.0.1:5000->127.0.0.1:9]")), 3, 0x1000, 16);
        assertEquals("UDP:[127.0.0.1:5000]", yy(3));
    }

    @Test
    void aSocketNotPrintedMeanwhileShowsItsLatestAddresses() {
        call("socket", 3, List.of(new OpenFd(3, "socket:[100]", "UDP")), 2, 2, 0);
        call("bind", 0, List.of(new OpenFd(3, "socket:[100]", "UDP:[127.0.0.1:5000]")), 3, 0x1000, 16);
        call("connect", 0, List.of(new OpenFd(3, "socket:[100]", "UDP:[127.0.0.1:5000->127.0.0.1:9]")), 3, 0x1000, 16);
        assertEquals("UDP:[127.0.0.1:5000->127.0.0.1:9]", yy(3));
    }

    @Test
    void aNewerInodeInTheSameCacheSlotEvictsTheRememberedAddresses() {
        call("socket", 3, List.of(new OpenFd(3, "socket:[100]", "UDP:[127.0.0.1:5000]")), 2, 2, 0);
        assertEquals("UDP:[127.0.0.1:5000]", yy(3));
        call("connect", 0, List.of(new OpenFd(3, "socket:[100]", "UDP:[127.0.0.1:5000->127.0.0.1:9]")), 3, 0x1000, 16);
        call("socket", 4, List.of(new OpenFd(4, "socket:[1124]", "UDP:[127.0.0.1:6000]")), 2, 2, 0);
        assertEquals("UDP:[127.0.0.1:6000]", yy(4));
        assertEquals("UDP:[127.0.0.1:5000->127.0.0.1:9]", yy(3));
    }

    @Test
    void protocolsStraceDoesNotKnowKeepTheKernelsName() {
        call("socket", 3, List.of(new OpenFd(3, "socket:[77]", "PACKET")), 17, 3, 0);
        assertEquals("socket:[77]", yy(3));
    }

    @Test
    void aTraceWithoutDetailsNamesSocketsAsMinusYDoes() {
        call("socket", 3, List.of(new OpenFd(3, "socket:[77]")), 2, 1, 0);
        assertEquals("socket:[77]", yy(3));
    }

    @Test
    void aUnixClientLearnsItsPeerWhenTheServerAcceptsAndLosesItWhenThePeerCloses() {
        snapshot(new OpenFd(3, "socket:[10]", "UNIX-STREAM"), new OpenFd(4, "socket:[30]", "UNIX-STREAM:[30,\"/s\"]"));
        call("accept", 5, List.of(new OpenFd(5, "socket:[20]", "UNIX-STREAM:[20->10,\"/s\"]")), 4, 0, 0);
        call("close", 0, List.of(), 5);
        assertEquals("UNIX-STREAM:[10]", yy(3)); // strace has not seen it with a peer: the peer inode is 0 now
    }

    @Test
    void aUnixClientPrintedWhileConnectedKeepsItsPeer() {
        snapshot(new OpenFd(3, "socket:[10]", "UNIX-STREAM:[10,\"/c\"]"), new OpenFd(4, "socket:[30]", "UNIX-STREAM"));
        call("accept", 5, List.of(new OpenFd(5, "socket:[20]", "UNIX-STREAM:[20->10]")), 4, 0, 0);
        assertEquals("UNIX-STREAM:[10->20,\"/c\"]", yy(3));
        call("close", 0, List.of(), 5);
        assertEquals("UNIX-STREAM:[10->20,\"/c\"]", yy(3));
    }
}
