package dev.jtrace.cli.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineNormaliserTest {
    private static void same(String expected, String line) {
        assertEquals(expected, LineNormaliser.normalise(line));
    }

    @Test
    void keepsStableLinesAndCollapsesAlignment() {
        same("close(3) = 0", "close(3)                          = 0");
        same("openat(AT_FDCWD, \"a\", O_RDONLY) = -1 ENOENT (No such file or directory)",
                "openat(AT_FDCWD, \"a\", O_RDONLY) = -1 ENOENT (No such file or directory)");
    }

    @Test
    void hidesTheInodesPortsAndPortIdsOfMinusYYSocketDetails() {
        same("close(3<UNIX-STREAM:[INODE->INODE]>) = 0", "close(3<UNIX-STREAM:[1403377->1403378]>) = 0");
        same("bind(3<UNIX:[INODE,\"/tmp/s\"]>) = 0", "bind(3<UNIX:[1416780,\"/tmp/s\"]>) = 0");
        same("listen(3<TCP:[127.0.0.1:EPHEMERAL]>, 4) = 0", "listen(3<TCP:[127.0.0.1:33403]>, 4) = 0");
        same("close(5<TCP:[127.0.0.1:EPHEMERAL->127.0.0.1:EPHEMERAL]>) = 0",
                "close(5<TCP:[127.0.0.1:33403->127.0.0.1:45504]>) = 0");
        same("close(3<TCPv6:[[::1]:EPHEMERAL]>) = 0", "close(3<TCPv6:[[::1]:52505]>) = 0");
        same("close(3<TCP:[0.0.0.0:80]>) = 0", "close(3<TCP:[0.0.0.0:80]>) = 0");
        same("close(3<NETLINK:[ROUTE:PORTID]>) = 0", "close(3<NETLINK:[ROUTE:29584]>) = 0");
    }

    @Test
    void hidesTimesAddressesInodesAndPorts() {
        same("read(3, \"x\", 1) = 1", "15:04:05.123456 read(3, \"x\", 1) = 1 <0.000012>");
        same("mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0xADDR",
                "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7ffff7fbc000");
        same("brk(NULL) = 0x1000", "brk(NULL) = 0x1000");
        same("read(3<pipe:[INODE]>, \"\", 1) = 0", "read(3<pipe:[123456]>, \"\", 1) = 0");
        same("clock_gettime(CLOCK_REALTIME, {tv_sec=T, tv_nsec=T}) = 0",
                "clock_gettime(CLOCK_REALTIME, {tv_sec=1795792524, tv_nsec=251860471}) = 0");
        same("gettimeofday({tv_sec=T, tv_usec=T}, NULL) = 0", "gettimeofday({tv_sec=1795792524, tv_usec=253056}, NULL) = 0");
        same("connect(6, {sa_family=AF_INET, sin_port=htons(EPHEMERAL), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                "connect(6, {sa_family=AF_INET, sin_port=htons(46189), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
        same("bind(5, {sa_family=AF_INET, sin_port=htons(80)}, 16) = 0", "bind(5, {sa_family=AF_INET, sin_port=htons(80)}, 16) = 0");
        same("getrandom(\"RANDOM\", 8, GRND_NONBLOCK) = 8", "getrandom(\"\\x3f\\x54\\x9f\\x12\\x82\\x6b\\xa7\\x59\", 8, GRND_NONBLOCK) = 8");
    }

    @Test
    void hidesTheEnvironmentOfExecs() {
        same("execve(\"/bin/true\", [\"true\", \"a, b\"], ENV) = 0",
                "execve(\"/bin/true\", [\"true\", \"a, b\"], 0x7fffffffe6b0 /* 23 vars */) = 0");
        same("execve(\"/usr/bin/id\", [\"id\"], ENV) = 0",
                "execve(\"/usr/bin/id\", [\"id\"], [\"A=1\", \"B=x]\\\"y\"...]) = 0");
        same("execveat(3, \"\", [\"x\"], ENV, AT_EMPTY_PATH) = -1 ENOENT (No such file or directory)",
                "execveat(3, \"\", [\"x\"], 0x7fffffffe6b0 /* 1 var */, AT_EMPTY_PATH) = -1 ENOENT (No such file or directory)");
        same("execve(0x1, [\"true\"], ENV) = -1 EFAULT (Bad address)",
                "execve(0x1, [\"true\"], 0x7fffffffe6b0 /* 2 vars */) = -1 EFAULT (Bad address)");
    }

    @Test
    void hidesClocksWithoutTimespecNames() {
        same("time(NULL) = T", "time(NULL)                        = 1795792524 (2026-11-27T15:15:24+0000)");
        same("time([T /* DATE */]) = T",
                "time([1795792524 /* 2026-11-27T15:15:24+0000 */]) = 1795792524 (2026-11-27T15:15:24+0000)");
        same("times({tms_utime=N, tms_stime=N, tms_cutime=N, tms_cstime=N}) = T",
                "times({tms_utime=0, tms_stime=1, tms_cutime=0, tms_cstime=0}) = 1718001173");
        same("sysinfo({uptime=N, loads=N, totalram=25276514304, freeram=N, sharedram=N, bufferram=N, procs=N, mem_unit=1}) = 0",
                "sysinfo({uptime=443, loads=[7264, 11072, 5632], totalram=25276514304, freeram=24933335040, "
                        + "sharedram=8998912, bufferram=4059136, procs=96, mem_unit=1}) = 0");
        same("semctl(0, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, sem_otime=T, "
                        + "sem_ctime=T, sem_nsems=2}) = 0",
                "semctl(0, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}, "
                        + "sem_otime=1795802260, sem_ctime=1795802260, sem_nsems=2}) = 0");
    }
}
