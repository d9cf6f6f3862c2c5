package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Lines strace 6.1 printed for testdata/c/sc_threads.c here. */
class GoldenThreadsTest {
    static final long P = 0x7ffd0000L;
    static final DecodeContext CTX = new DecodeContext(DecodeOptions.DEFAULT, 1, DecodeContext.FdNames.NONE);

    static byte[] msghdr(long name, int namelen, long iov, long iovlen, long control, long controllen) {
        ByteBuffer b = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, name).putInt(8, namelen).putLong(16, iov).putLong(24, iovlen).putLong(32, control)
                .putLong(40, controllen).putInt(48, 0);
        return b.array();
    }

    static byte[] rights(int fd) {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, 20).putInt(8, 1).putInt(12, 1).putInt(16, fd);
        return b.array();
    }

    @Test
    void sendmsgWithRights() {
        FakeMemory m = new FakeMemory().put(P, msghdr(0, 0, P + 0x100, 1, P + 0x200, 24))
                .words(P + 0x100, P + 0x300, 5).put(P + 0x300, "hello".getBytes()).put(P + 0x200, rights(3));
        assertEquals("sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hello\", iov_len=5}], msg_iovlen=1, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}], msg_controllen=24, msg_flags=0}, 0) = 5",
                line("sendmsg", m, 5, 3, P, 0));
        FakeMemory plain = new FakeMemory().put(P, msghdr(0, 0, P + 0x100, 1, 0, 0))
                .words(P + 0x100, P + 0x300, 5).put(P + 0x300, "hello".getBytes());
        assertEquals("sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hello\", iov_len=5}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_DONTWAIT) = 5",
                line("sendmsg", plain, 5, 3, P, 0x40));
    }

    @Test
    void recvmsgPrintsWhatTheKernelWrote() {
        byte[] buf = new byte[16];
        System.arraycopy("hello".getBytes(), 0, buf, 0, 5);
        FakeMemory m = new FakeMemory().put(P, msghdr(0, 0, P + 0x100, 1, P + 0x200, 24))
                .words(P + 0x100, P + 0x300, 16).put(P + 0x300, buf).put(P + 0x200, rights(5));
        assertEquals("recvmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hello\", iov_len=16}], msg_iovlen=1, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[5]}], msg_controllen=24, msg_flags=0}, 0) = 5",
                line("recvmsg", m, 5, 4, P, 0));
    }

    @Test
    void recvmsgShowsTheNameLengthTheKernelWrote() {
        byte[] sin = {2, 0, (byte) 0xad, 0x3a, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        FakeMemory m = new FakeMemory().put(P, msghdr(P + 0x400, 128, P + 0x100, 1, 0, 0))
                .words(P + 0x100, P + 0x300, 8).put(P + 0x300, "hi\0\0\0\0\0\0".getBytes()).put(P + 0x400, sin);
        int nr = Strace.D.number(Arch.X86_64, "recvmsg");
        long[] args = {3, P, 0, 0, 0, 0};
        CapturePlanner p = Strace.D.capturePlanner(4096);
        SyscallEntry e = new SyscallEntry(1, 0, Arch.X86_64, nr, args, 0, 0, p.atEntry(Arch.X86_64, nr, args, m), -1);
        m.put(P, msghdr(P + 0x400, 16, P + 0x100, 1, 0, 0));
        SyscallExit x = new SyscallExit(1, 0, Arch.X86_64, nr, 2, false, p.atExit(Arch.X86_64, nr, args, 2, false, m), -1);
        assertEquals("recvmsg(3, {msg_name={sa_family=AF_INET, sin_port=htons(44346), sin_addr=inet_addr(\"127.0.0.1\")}, msg_namelen=128 => 16, msg_iov=[{iov_base=\"hi\", iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 2",
                "recvmsg(" + Strace.DECODER.entryText(e, CTX) + Strace.DECODER.exitText(e, x, CTX) + ") = "
                        + Strace.DECODER.resultText(e, x, CTX));
    }

    @Test
    void clone3ShowsTheParentTidAfterTheCall() {
        ByteBuffer a = ByteBuffer.allocate(88).order(ByteOrder.LITTLE_ENDIAN);
        a.putLong(0, 0x3d0f00).putLong(16, 0x7fe125bac990L).putLong(24, 0x7fe125bac990L).putLong(32, 0)
                .putLong(40, 0x7fe1253ac000L).putLong(48, 0x7fff80).putLong(56, 0x7fe125bac6c0L);
        FakeMemory m = new FakeMemory().put(P, a.array());
        int nr = Strace.D.number(Arch.X86_64, "clone3");
        long[] args = {P, 88, 0, 0, 0, 0};
        CapturePlanner p = Strace.D.capturePlanner(4096);
        SyscallEntry e = new SyscallEntry(1, 0, Arch.X86_64, nr, args, 0, 0, p.atEntry(Arch.X86_64, nr, args, m), -1);
        m.ints(0x7fe125bac990L, 8763);
        SyscallExit x = new SyscallExit(1, 0, Arch.X86_64, nr, 8763, false, p.atExit(Arch.X86_64, nr, args, 8763, false, m), -1);
        String entry = Strace.DECODER.entryText(e, CTX);
        assertEquals("{flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x7fe125bac990, parent_tid=0x7fe125bac990, exit_signal=0, stack=0x7fe1253ac000, stack_size=0x7fff80, tls=0x7fe125bac6c0}",
                entry);
        assertEquals(" => {parent_tid=[8763]}, 88", Strace.DECODER.exitText(e, x, CTX));
    }

    @Test
    void futexOperations() {
        long f = 0x7ffee33f574cL;
        FakeMemory t = new FakeMemory().words(P, 0, 1000);
        assertEquals("futex(0x7ffee33f574c, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 1, {tv_sec=0, tv_nsec=1000}, FUTEX_BITSET_MATCH_ANY) = -1 EAGAIN (Resource temporarily unavailable)",
                line("futex", t, -11, f, 9 | 0x80 | 0x100, 1, P, 0, 0xffffffffL));
        assertEquals("futex(0x7ffee33f574c, FUTEX_WAIT_PRIVATE, 0, {tv_sec=0, tv_nsec=1000}) = -1 ETIMEDOUT (Connection timed out)",
                line("futex", t, -110, f, 0x80, 0, P, 0, 0));
        assertEquals("futex(0x7ffee33f574c, FUTEX_WAIT, 1, NULL) = -1 EAGAIN (Resource temporarily unavailable)",
                line("futex", t, -11, f, 0, 1, 0, 0, 0));
        assertEquals("futex(0x7ffee33f574c, FUTEX_WAKE_BITSET, 1, 0x3) = 0", line("futex", t, 0, f, 10, 1, 0, 0, 3));
        assertEquals("futex(0x7ffee33f574c, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, 0x7ffee33f574c, 0) = 0",
                line("futex", t, 0, f, 4 | 0x80, 1, 2, f, 0));
        assertEquals("futex(0x7ffee33f574c, FUTEX_WAKE_OP_PRIVATE, 1, 2, 0x7ffee33f574c, FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678) = 0",
                line("futex", t, 0, f, 5 | 0x80, 1, 2, f, 0x12345678));
        assertEquals("futex(0x7ffee33f574c, FUTEX_LOCK_PI_PRIVATE, NULL) = -1 ESRCH (No such process)",
                line("futex", t, -3, f, 6 | 0x80, 0, 0, 0, 0));
        assertEquals("futex(0x7ffee33f574c, FUTEX_UNLOCK_PI) = -1 EPERM (Operation not permitted)",
                line("futex", t, -1, f, 7, 0, 0, 0, 0));
    }

    @Test
    void forkAndWait() {
        assertEquals("clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7fe125bada10) = 8764",
                line("clone", new FakeMemory(), 8764, 0x1200011, 0, 0, 0x7fe125bada10L, 0));
        assertEquals("wait4(8764, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 8764",
                line("wait4", new FakeMemory().ints(P, 3 << 8), 8764, 8764, P, 0, 0));
        assertEquals("rt_sigprocmask(SIG_BLOCK, ~[], [], 8) = 0",
                line("rt_sigprocmask", new FakeMemory().words(P, -1L).words(P + 8, 0), 0, 0, P, P + 8, 8));
        assertEquals("mmap(NULL, 8392704, PROT_NONE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK, -1, 0) = 0x7fe1253ac000",
                line("mmap", new FakeMemory(), 0x7fe1253ac000L, 0, 8392704, 0, 0x20022, -1, 0));
        assertEquals("exit(0) = ?", line("exit", new FakeMemory(), 0, 0));
    }
}
