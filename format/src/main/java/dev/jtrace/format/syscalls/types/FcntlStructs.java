package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.structs.StructView;

/** The structs behind fcntl's pointer argument: struct flock (the lock commands) and struct f_owner_ex. */
final class FcntlStructs {
    /** What F_SETLK and its kin pass: the lock without l_pid, which strace shows only for a query. */
    static final Pointee FLOCK = Pointees.struct("flock", (c, v, out) -> flock(c, v, false, out));
    static final Pointee FLOCK_QUERIED = Pointees.struct("flock", (c, v, out) -> flock(c, v, true, out));
    static final Pointee FLOCK64 = Pointees.struct("flock64", (c, v, out) -> flock(c, v, false, out));
    static final Pointee FLOCK64_QUERIED = Pointees.struct("flock64", (c, v, out) -> flock(c, v, true, out));

    /** {@code {type=F_OWNER_TID, pid=0}}. */
    static final Pointee F_OWNER_EX = Pointees.struct("f_owner_ex", (c, v, out) -> out.append("{type=")
            .append(c.constant("f_owner", v.get("type") & 0xffffffffL)).append(", pid=").append((int) v.get("pid"))
            .append('}'));

    private FcntlStructs() {
    }

    /** {@code {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}}, then {@code , l_pid=0} for F_GETLK. */
    private static void flock(CallView c, StructView v, boolean withPid, StringBuilder out) {
        out.append("{l_type=").append(c.constant("lease", v.get("l_type") & 0xffff))
                .append(", l_whence=").append(c.constant("seek", v.get("l_whence") & 0xffff))
                .append(", l_start=").append(v.get("l_start"))
                .append(", l_len=").append(v.get("l_len"));
        if (withPid) {
            out.append(", l_pid=").append(c.context().pidText((int) v.get("l_pid")));
        }
        out.append('}');
    }
}
