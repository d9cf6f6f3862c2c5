package dev.jtrace.record.inject;

import jnr.ffi.Pointer;
import jnr.ffi.Variable;

/** The C library functions a {@link SyscallHost} needs (public only because jnr-ffi implements it). */
public interface HostLibC {
    long ptrace(int request, int pid, long addr, long data);

    long ptrace(int request, int pid, long addr, Pointer data);

    int waitpid(int pid, Pointer status, int options);

    int kill(int pid, int sig);

    long process_vm_readv(int pid, Pointer localIov, long localCount, Pointer remoteIov, long remoteCount, long flags);

    long process_vm_writev(int pid, Pointer localIov, long localCount, Pointer remoteIov, long remoteCount, long flags);

    int posix_spawn(Pointer pid, String path, Pointer fileActions, Pointer attr, Pointer argv, long envp);

    int posix_spawnattr_init(Pointer attr);

    int posix_spawnattr_destroy(Pointer attr);

    int posix_spawnattr_setflags(Pointer attr, short flags);

    int posix_spawnattr_setsigmask(Pointer attr, Pointer sigmask);

    int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigdefault);

    int posix_spawn_file_actions_init(Pointer actions);

    int posix_spawn_file_actions_destroy(Pointer actions);

    int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int from);

    int posix_spawn_file_actions_addopen(Pointer actions, int fd, String path, int oflag, int mode);

    int sigemptyset(Pointer set);

    int sigfillset(Pointer set);

    String strerror(int errnum);

    Variable<Long> environ();
}
