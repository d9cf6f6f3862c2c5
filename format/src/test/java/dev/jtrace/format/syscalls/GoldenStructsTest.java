package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Lines strace 6.1 printed here (x86_64) for a program that filled each struct with chosen values: the structs whose
 * printers read structs.def layouts and that the other golden programs leave at zero or do not pass.
 */
class GoldenStructsTest {
    static final long P = 0x7ffd0000L;

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A struct sigevent: sival_ptr 0x1234, SIGALRM, then the notify kind and the words of its union. */
    private static FakeMemory sigevent(int notify, long... union) {
        ByteBuffer b = le(64).putLong(0x1234).putInt(14).putInt(notify);
        for (long w : union) {
            b.putLong(w);
        }
        return new FakeMemory().put(P, b.array()).ints(P + 0x100, 0);
    }

    @Test
    void sigeventPrintsTheFieldsOfItsNotification() {
        assertEquals("timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, [0]) = 0",
                line("timer_create", sigevent(0), 0, 1, P, P + 0x100));
        assertEquals("timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGALRM, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=21416}, [0]) = 0",
                line("timer_create", sigevent(4, 21416), 0, 1, P, P + 0x100));
        assertEquals("timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGALRM, sigev_notify=SIGEV_THREAD, sigev_notify_function=0x4000, sigev_notify_attributes=0x5000}, [0]) = 0",
                line("timer_create", sigevent(2, 0x4000, 0x5000), 0, 1, P, P + 0x100));
    }

    @Test
    void socketAddressesByFamily() {
        byte[] in6 = le(28).putShort((short) 10).put(new byte[] {0x10, (byte) 0x92}).put(new byte[] {0, 0, 0, 7})
                .put(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 10, 1, 2, 3}).putInt(0).array();
        assertEquals("connect(3, {sa_family=AF_INET6, sin6_port=htons(4242), sin6_flowinfo=htonl(7), inet_pton(AF_INET6, \"::ffff:10.1.2.3\", &sin6_addr), sin6_scope_id=0}, 28) = 0",
                line("connect", new FakeMemory().put(P, in6), 0, 3, P, 28));
        byte[] in = le(16).putShort((short) 2).put(new byte[] {0x1f, (byte) 0x90}).put(new byte[] {127, 0, 0, 1})
                .array();
        assertEquals("connect(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                line("connect", new FakeMemory().put(P, in), 0, 3, P, 16));
        byte[] un = le(110).putShort((short) 1).put((byte) 0).put("abstract".getBytes()).array();
        assertEquals("bind(7, {sa_family=AF_UNIX, sun_path=@\"abstract\"}, 11) = 0",
                line("bind", new FakeMemory().put(P, un), 0, 7, P, 11));
    }

    @Test
    void sendmsgWithCredentials() {
        byte[] msghdr = le(56).putLong(0).putInt(0).putInt(0).putLong(P + 0x100).putLong(1).putLong(P + 0x200)
                .putLong(32).putInt(0).array();
        byte[] control = le(32).putLong(28).putInt(1).putInt(2).putInt(21416).putInt(0).putInt(0).array();
        FakeMemory m = new FakeMemory().put(P, msghdr).words(P + 0x100, P + 0x300, 2).put(P + 0x300, "hi".getBytes())
                .put(P + 0x200, control);
        assertEquals("sendmsg(5, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hi\", iov_len=2}], msg_iovlen=1, msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=21416, uid=0, gid=0}}], msg_controllen=32, msg_flags=0}, 0) = 2",
                line("sendmsg", m, 2, 5, P, 0));
    }

    @Test
    void sigactionLimitsAndSysinfo() {
        FakeMemory act = new FakeMemory().words(P, 1, 0x14000000, 0x7fa27c983050L, 1 << 1).words(P + 0x100, 0, 0, 0, 0);
        assertEquals("rt_sigaction(SIGUSR2, {sa_handler=SIG_IGN, sa_mask=[INT], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7fa27c983050}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, 8) = 0",
                line("rt_sigaction", act, 0, 12, P, P + 0x100, 8));
        assertEquals("prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0",
                line("prlimit64", new FakeMemory().words(P, 8192 * 1024, -1), 0, 0, 3, 0, P));
        byte[] info = le(112).putLong(11529).putLong(1252416).putLong(1056640).putLong(776864).putLong(25276514304L)
                .putLong(22520115200L).putLong(8998912).putLong(18227200).putLong(0).putLong(0).putShort((short) 319)
                .putShort((short) 0).putInt(0).putLong(0).putLong(0).putInt(1).array();
        assertEquals("sysinfo({uptime=11529, loads=[1252416, 1056640, 776864], totalram=25276514304, freeram=22520115200, sharedram=8998912, bufferram=18227200, totalswap=0, freeswap=0, procs=319, totalhigh=0, freehigh=0, mem_unit=1}) = 0",
                line("sysinfo", new FakeMemory().put(P, info), 0, P));
    }
}
