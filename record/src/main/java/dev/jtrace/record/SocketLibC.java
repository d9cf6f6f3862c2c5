package dev.jtrace.record;

import jnr.ffi.Pointer;

/** The C library's socket, xattr and pidfd calls, with which the recorder describes a tracee's sockets. */
public interface SocketLibC {
    int socket(int domain, int type, int protocol);

    long send(int fd, Pointer buf, long len, int flags);

    long recv(int fd, Pointer buf, long len, int flags);

    int getsockname(int fd, Pointer addr, Pointer addrlen);

    int getpeername(int fd, Pointer addr, Pointer addrlen);

    int getsockopt(int fd, int level, int name, Pointer value, Pointer len);

    long getxattr(String path, String name, Pointer value, long size);

    /** pidfd_open(pid, flags) and pidfd_getfd(pidfd, fd, flags). */
    int syscall(long number, int a, int b, int c);

    int close(int fd);
}
