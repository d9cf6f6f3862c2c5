package dev.jtrace.record;

import jnr.ffi.Pointer;
import jnr.ffi.Variable;

/**
 * The C library functions the recorder calls. Addresses and structs are passed as native
 * {@link Pointer}s allocated once ({@link Native#allocate}); errno is read with {@link Native#errno()}
 * right after a call, on the same thread.
 */
public interface LibC {
    long ptrace(int request, int pid, long addr, long data);

    long ptrace(int request, int pid, long addr, Pointer data);

    int waitpid(int pid, Pointer status, int options);

    int kill(int pid, int sig);

    int tgkill(int tgid, int tid, int sig);

    int getpid();

    int gettid();

    long process_vm_readv(int pid, Pointer localIov, long localCount, Pointer remoteIov, long remoteCount, long flags);

    long process_vm_writev(int pid, Pointer localIov, long localCount, Pointer remoteIov, long remoteCount, long flags);

    String strerror(int errnum);

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

    int mkfifo(String path, int mode);

    int open(String path, int flags, int mode);

    int close(int fd);

    int sigemptyset(Pointer set);

    int sigfillset(Pointer set);

    int sigaction(int sig, Pointer act, Pointer oldact);

    int sigaddset(Pointer set, int sig);

    int pthread_sigmask(int how, Pointer set, Pointer oldset);

    int setrlimit(int resource, Pointer rlim);

    int uname(Pointer buf);

    int clock_gettime(int clock, Pointer timespec);

    /** The process environment, {@code char **environ}. */
    Variable<Long> environ();
}
