package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.Arrays;

/** SysV IPC structs as strace prints them: semop's operations, a message, and the *ctl buffers. */
final class IpcStructs {
    private IpcStructs() {
    }

    /** {@code sembuf[n]}: {@code [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}]}, at most -s elements then {@code ...}. */
    static Pointee sembufs(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                long each = StructLayouts.builtIn().get("sembuf", s.arch()).size();
                return Math.max(0, Math.min(s.length(len), s.snap())) * each;
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(len) == 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructLayout l = StructLayouts.builtIn().get("sembuf", c.arch());
                int each = (int) l.size();
                long n = Math.max(0, c.length(len));
                ArrayText.append(c, n, out, k -> {
                    if ((k + 1) * each > data.data().length) {
                        throw new StructReader.Short();
                    }
                    StructView v = l.view(Arrays.copyOfRange(data.data(), k * each, (k + 1) * each));
                    out.append("{sem_num=").append(v.get("sem_num")).append(", sem_op=").append(v.get("sem_op"))
                            .append(", sem_flg=").append(c.constant("sem_flg", v.get("sem_flg") & 0xffff))
                            .append('}');
                });
            }
        };
    }

    /** msgsnd's and msgrcv's {@code struct msgbuf} with {@code len} bytes of text: {@code {mtype=1, mtext="hello"}}. */
    static Pointee message(String len) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return StructLayouts.builtIn().get("msgbuf", s.arch()).offset("mtext") + Math.max(0, Math.min(s.length(len), s.snap()));
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                StructView v = c.struct("msgbuf", data);
                int text = v.layout().offset("mtext");
                long n = Math.max(0, c.length(len));
                byte[] d = data.data();
                if (d.length < text + Math.min(n, c.options().stringLimit())) {
                    throw new StructReader.Short();
                }
                out.append("{mtype=").append(v.get("mtype")).append(", mtext=");
                Strings.quoted(c, new Capture(arg, "", 0, Arrays.copyOfRange(d, text, d.length), n, 0), n, false,
                        false, c.options().stringLimit(), out);
                out.append('}');
            }
        };
    }

    /** {@code sem_perm=}, {@code shm_perm=}, {@code msg_perm=}: the owner and mode, and with IPC_STAT the rest. */
    private static void perm(StructView p, boolean stat, StringBuilder out) {
        out.append("{uid=").append(p.get("uid")).append(", gid=").append(p.get("gid")).append(", mode=")
                .append(Scalars.octal(p.get("mode")));
        if (stat) {
            out.append(", key=").append(p.get("key")).append(", cuid=").append(p.get("cuid")).append(", cgid=")
                    .append(p.get("cgid"));
        }
        out.append('}');
    }

    /** A time field, joined with its {@code _high} half where the ABI splits it (i386). */
    private static long time(StructView v, String field) {
        long t = v.get(field);
        return v.layout().has(field + "_high") ? t & 0xffffffffL | v.get(field + "_high") << 32 : t;
    }

    /** semctl's {@code struct semid64_ds}: everything for IPC_STAT and SEM_STAT, the owner and mode for IPC_SET. */
    static Pointee semid(boolean stat) {
        return Pointees.struct("semid64_ds", (c, v, out) -> {
            out.append("{sem_perm=");
            perm(v.struct("sem_perm"), stat, out);
            if (stat) {
                out.append(", sem_otime=").append(time(v, "sem_otime")).append(", sem_ctime=")
                        .append(time(v, "sem_ctime")).append(", sem_nsems=").append(v.get("sem_nsems"));
            }
            out.append('}');
        });
    }

    static Pointee shmid(boolean stat) {
        return Pointees.struct("shmid64_ds", (c, v, out) -> {
            out.append("{shm_perm=");
            perm(v.struct("shm_perm"), stat, out);
            if (stat) {
                out.append(", shm_segsz=").append(Long.toUnsignedString(v.get("shm_segsz")))
                        .append(", shm_cpid=").append(c.context().pidText((int) v.get("shm_cpid")))
                        .append(", shm_lpid=").append(c.context().pidText((int) v.get("shm_lpid")))
                        .append(", shm_nattch=").append(Long.toUnsignedString(v.get("shm_nattch")))
                        .append(", shm_atime=").append(time(v, "shm_atime"))
                        .append(", shm_dtime=").append(time(v, "shm_dtime"))
                        .append(", shm_ctime=").append(time(v, "shm_ctime"));
            }
            out.append('}');
        });
    }

    static Pointee msqid(boolean stat) {
        return Pointees.struct("msqid64_ds", (c, v, out) -> {
            out.append("{msg_perm=");
            perm(v.struct("msg_perm"), stat, out);
            if (stat) {
                out.append(", msg_stime=").append(time(v, "msg_stime"))
                        .append(", msg_rtime=").append(time(v, "msg_rtime"))
                        .append(", msg_ctime=").append(time(v, "msg_ctime"))
                        .append(", msg_qnum=").append(Long.toUnsignedString(v.get("msg_qnum")));
            }
            out.append(", msg_qbytes=").append(Long.toUnsignedString(v.get("msg_qbytes")));
            if (stat) {
                out.append(", msg_lspid=").append(c.context().pidText((int) v.get("msg_lspid")))
                        .append(", msg_lrpid=").append(c.context().pidText((int) v.get("msg_lrpid")));
            }
            out.append('}');
        });
    }

    /** A struct printed as every one of the named fields, in order: {@code {semmap=..., semmni=...}}. */
    static Pointee fields(String struct, String... names) {
        return Pointees.struct(struct, (c, v, out) -> {
            out.append('{');
            for (int k = 0; k < names.length; k++) {
                long value = v.get(names[k]);
                out.append(k > 0 ? ", " : "").append(names[k]).append('=')
                        .append(v.layout().field(names[k]).kind().signed() ? Long.toString(value)
                                : Long.toUnsignedString(value));
            }
            out.append('}');
        });
    }

    static final Pointee SEMINFO = fields("seminfo", "semmap", "semmni", "semmns", "semmnu", "semmsl", "semopm",
            "semume", "semusz", "semvmx", "semaem");
    static final Pointee SHMINFO = fields("shminfo64", "shmmax", "shmmin", "shmmni", "shmseg", "shmall");
    static final Pointee SHM_INFO = fields("shm_info", "used_ids", "shm_tot", "shm_rss", "shm_swp", "swap_attempts",
            "swap_successes");
    static final Pointee MSGINFO = fields("msginfo", "msgpool", "msgmap", "msgmax", "msgmnb", "msgmni", "msgssz",
            "msgtql", "msgseg");
}
