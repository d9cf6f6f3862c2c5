package dev.jtrace.replay;

/** What a syscall argument (or return value) is, as far as comparing and re-issuing calls is concerned. */
public enum ArgKind {
    /** A file descriptor: compared by provenance, remapped on replay. */
    FD,
    /** A directory fd or AT_FDCWD. */
    DIRFD,
    /** A NUL-terminated path, captured at entry. */
    PATH,
    /** Any other NUL-terminated string captured at entry. */
    STRING,
    /** A buffer the call reads from (write's data), captured at entry. */
    IN_BUFFER,
    /** A buffer the call fills (read's data), captured at exit. */
    OUT_BUFFER,
    /** A buffer the call fills with random bytes (getrandom): differs on every run. */
    OUT_RANDOM,
    /** An iovec array the call reads from; its buffers are captured at entry as {@code [i].iov_base}. */
    IN_VECTOR,
    /** An iovec array the call fills; its buffers are captured at exit. */
    OUT_VECTOR,
    /** An argv array; its strings are captured at entry as {@code [i]}. */
    STRING_ARRAY,
    /** An envp array: compared and shown by its size only (it differs between shells and holds secrets). */
    ENVIRONMENT,
    /** A pair of fds the call stores (pipe, socketpair). */
    OUT_FD_PAIR,
    /** A struct or scalar the call reads from memory. */
    IN_STRUCT,
    /** A struct or scalar the call writes to memory (stat, timespec, ...). */
    OUT_STRUCT,
    /** A struct read and written back. */
    INOUT_STRUCT,
    /** An address whose value means nothing across runs (brk, mmap hints, pointers to undescribed memory). */
    ADDRESS,
    /** A number printed in hex that may be an address or not (fcntl's and ioctl's argument, mmap's offset). */
    HEX,
    /** A process or thread id. */
    PID,
    /** A time value (time(2)'s result). */
    TIME,
    /** A plain number: flags, modes, sizes, counts, offsets. */
    VALUE,
    /** No value (a return type of {@code none}). */
    NONE
}
