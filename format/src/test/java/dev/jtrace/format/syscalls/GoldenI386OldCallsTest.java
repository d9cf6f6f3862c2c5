package dev.jtrace.format.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.Arch;
import dev.jtrace.format.SyscallEntry;
import dev.jtrace.format.SyscallExit;
import dev.jtrace.format.decode.DecodeContext;
import dev.jtrace.format.decode.DecodeOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines strace 6.1 printed here for testdata/c/int80_old.c (a 64-bit program making the i386 ABI's old calls
 * through int $0x80): old signal calls, old select and mmap (their arguments in a struct), socketcall and ipc
 * (printed as the call they carry), rebuilt from registers and fake memory through the capture planner.
 */
class GoldenI386OldCallsTest {
    private static final long A = 0x404080L, B = 0x4040c0L, C = 0x404100L;
    private static final FakeMemory NONE = new FakeMemory();

    private static String line(String name, FakeMemory mem, long rval, long... args) {
        return Strace.line(Arch.I386, DecodeOptions.DEFAULT, DecodeContext.FdNames.NONE, name, mem, rval, args);
    }

    private static String raw(String name, FakeMemory mem, long rval, long... args) {
        DecodeOptions rawOptions = new DecodeOptions(DecodeOptions.DEFAULT.stringLimit(), DecodeOptions.DEFAULT.hexStrings(),
                DecodeOptions.DEFAULT.verbose(), DecodeOptions.Constants.RAW, 0, true);
        return Strace.line(Arch.I386, rawOptions, DecodeContext.FdNames.NONE, name, mem, rval, args);
    }

    @Test
    void signalPrintsHandlersAndTheOldOne() {
        assertEquals("signal(SIGUSR1, SIG_IGN) = 0 (SIG_DFL)", line("signal", NONE, 0, 10, 1));
        assertEquals("signal(SIGUSR1, 0x4011ae) = 0x1 (SIG_IGN)", line("signal", NONE, 1, 10, 0x4011ae));
        assertEquals("signal(SIGUSR1, SIG_DFL) = 0x4011ae", line("signal", NONE, 0x4011ae, 10, 0));
        assertEquals("signal(99, SIG_DFL) = -1 EINVAL (Invalid argument)", line("signal", NONE, -22, 99, 0));
        assertEquals("signal(10, 0x1) = 0 (SIG_DFL)", raw("signal", NONE, 0, 10, 1));
    }

    @Test
    void sigactionReadsTheOldStructLayout() {
        FakeMemory m = new FakeMemory().ints(A, 1, 1 << 11, 0x04000000, 0).ints(B, 0, 0, 0xc0000000, 0);
        assertEquals("sigaction(SIGUSR1, {sa_handler=SIG_IGN, sa_mask=[USR2], sa_flags=SA_RESTORER, sa_restorer=NULL},"
                + " {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_NODEFER|SA_RESETHAND}) = 0", line("sigaction", m, 0, 10, A, B));
        FakeMemory h = new FakeMemory().ints(A, 0x4011ae, 0, 0x10000000, 0);
        assertEquals("sigaction(SIGUSR2, {sa_handler=0x4011ae, sa_mask=[], sa_flags=SA_RESTART}, NULL) = 0",
                line("sigaction", h, 0, 12, A, 0));
        assertEquals("sigaction(SIGUSR2, 0x1, 0x2) = -1 EFAULT (Bad address)", line("sigaction", NONE, -14, 12, 1, 2));
    }

    @Test
    void masksInRegistersAndResults() {
        assertEquals("sgetmask() = 0 (mask [])", line("sgetmask", NONE, 0));
        assertEquals("sgetmask() = 0x200 (mask [USR1])", line("sgetmask", NONE, 0x200));
        assertEquals("ssetmask([USR1]) = 0 (old mask [])", line("ssetmask", NONE, 0, 0x200));
        assertEquals("ssetmask(~[]) = 0 (old mask [])", line("ssetmask", NONE, 0, 0xffffffffL));
        assertEquals("ssetmask([]) = 0xfffbfeff (old mask ~[KILL STOP])", line("ssetmask", NONE, 0xfffbfeffL, 0));
        assertEquals("sigsuspend([USR1]) = ? ERESTARTNOHAND (To be restarted if no handler)",
                line("sigsuspend", NONE, -514, 0, 0, 0x200));
    }

    @Test
    void oldSelectAndMmapDecodeTheirArgumentStruct() {
        FakeMemory sel = new FakeMemory().ints(A, 5, 0, (int) B, 0, (int) C).ints(B, 1 << 4).ints(C, 0, 0);
        assertEquals("select(5, NULL, [4], NULL, {tv_sec=0, tv_usec=0}) = 1 (out [4], left {tv_sec=0, tv_usec=0})",
                line("select", sel, 1, A));
        assertEquals("select(NULL) = -1 EFAULT (Bad address)", line("select", NONE, -14, 0));
        FakeMemory map = new FakeMemory().ints(A, 0, 4096, 3, 0x22, -1, 0);
        assertEquals("mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xf7f93000",
                line("mmap", map, 0xf7f93000L, A));
        FakeMemory bad = new FakeMemory().ints(A, 0, 4096, 3, 0x4, -1, 0);
        assertEquals("mmap(NULL, 4096, PROT_READ|PROT_WRITE, 0x4 /* MAP_??? */, -1, 0) = -1 EBADF (Bad file descriptor)",
                line("mmap", bad, -9, A));
        assertEquals("mmap(0x1) = -1 EFAULT (Bad address)", line("mmap", NONE, -14, 1));
    }

    @Test
    void socketcallPrintsTheSocketCallItCarries() {
        assertEquals("socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 5",
                line("socketcall", new FakeMemory().ints(A, 2, 1, 0), 5, 1, A));
        FakeMemory bind = new FakeMemory().ints(A, 5, (int) B, 16).put(B, new byte[] {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0});
        assertEquals("bind(5, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"0.0.0.0\")}, 16) = 0",
                line("socketcall", bind, 0, 2, A));
        assertEquals("shutdown(5, SHUT_WR) = -1 ENOTCONN (Transport endpoint is not connected)",
                line("socketcall", new FakeMemory().ints(A, 5, 1), -107, 13, A));
        assertEquals("socketcall(SYS_SOCKET, NULL) = -1 EFAULT (Bad address)", line("socketcall", NONE, -14, 1, 0));
        assertEquals("socketcall(99, 0x404080) = -1 EINVAL (Invalid argument)", line("socketcall", NONE, -22, 99, A));
        assertEquals("socketcall(1, NULL) = -1 EFAULT (Bad address)", raw("socketcall", NONE, -14, 1, 0));
    }

    @Test
    void ipcPrintsTheSystemVCallItCarries() {
        assertEquals("semget(IPC_PRIVATE, 1, IPC_CREAT|0600) = 3", line("ipc", NONE, 3, 2, 0, 1, 01600));
        assertEquals("semget(IPC_PRIVATE, 1048576, IPC_CREAT|0600) = -1 EINVAL (Invalid argument)",
                line("ipc", NONE, -22, 2, 0, 1 << 20, 01600));
        assertEquals("semctl(-1, 0, IPC_RMID, [0x5]) = -1 EINVAL (Invalid argument)",
                line("ipc", new FakeMemory().ints(A, 5), -22, 3, 0xffffffffL, 0, 0, A));
        assertEquals("semctl(4, 0, IPC_RMID, NULL) = -1 EINVAL (Invalid argument)", line("ipc", NONE, -22, 3, 4, 0, 0, 0));
        assertEquals("shmat(-1, 0x404030, 0) = -1 EINVAL (Invalid argument)",
                line("ipc", NONE, -22, 21, 0xffffffffL, 0, 0x404030, 0x404030));
        assertEquals("msgrcv(-1, 0x404030, 16, 0) = -1 EINVAL (Invalid argument)",
                line("ipc", NONE, -22, 12, 0xffffffffL, 16, 0, 0x404030));
        assertEquals("semget(IPC_PRIVATE, 1048576, 000) = -1 EINVAL (Invalid argument)",
                line("ipc", NONE, -22, 0x10002, 0, 1 << 20, 0));
        assertEquals("ipc(99, 0, 0x1, 0x2, 0, 0) = -1 ENOSYS (Function not implemented)",
                line("ipc", NONE, -38, 99, 0, 1, 2, 0, 0));
    }

    @Test
    void sigreturnPrintsAStackAboveFourGibAsItsAddress() {
        SyscallDescriptions d = Strace.D;
        int nr = d.number(Arch.I386, "sigreturn");
        long[] args = new long[6];
        long sp = 0x7ffecc2bbff0L;
        CapturePlanner p = d.capturePlanner(4096);
        FakeMemory stack = new FakeMemory().put(sp, new byte[1024]);
        SyscallEntry e = new SyscallEntry(100, 1, Arch.I386, nr, args, 0, sp, p.atEntry(Arch.I386, nr, args, sp, stack), -1);
        SyscallExit x = new SyscallExit(100, 2, Arch.I386, nr, 0, false, List.of(), -1);
        DecodeContext ctx = new DecodeContext(DecodeOptions.DEFAULT, 100, DecodeContext.FdNames.NONE);
        assertEquals("sigreturn(0x7ffecc2bbff0) = 0", Strace.DECODER.name(e) + "(" + Strace.DECODER.entryText(e, ctx)
                + Strace.DECODER.exitText(e, x, ctx) + ") = " + Strace.DECODER.resultText(e, x, ctx));
    }
}
