package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;

/**
 * Linux AIO's structs as strace prints them: io_submit's array of iocb pointers
 * ({@code [{aio_data=0, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=1, aio_buf="hi\n", aio_nbytes=3, aio_offset=0}]}),
 * io_cancel's iocb (its header alone) and io_event results ({@code {data=0x1234, obj=0x..., res=3, res2=0}}).
 */
public final class AioStructs {
    private static final String IOCB = "iocb";
    private static final int MAX_ELEMENTS = 1024;
    private static final long CMD_PREAD = 0;
    private static final long CMD_PWRITE = 1;
    private static final long CMD_FSYNC = 2;
    private static final long CMD_FDSYNC = 3;
    private static final long CMD_POLL = 5;
    private static final long CMD_NOOP = 6;
    private static final long CMD_PREADV = 7;
    private static final long CMD_PWRITEV = 8;
    private static final long FLAG_RESFD = 1;
    private static final long FLAG_IOPRIO = 2;

    private AioStructs() {
    }

    /** io_submit's {@code iocbpp[nr]}: the pointers at "", each iocb at "[i]", a write's data at "[i].aio_buf". */
    public static Pointee iocbArray(String count) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(Math.max(s.length(count), 0), MAX_ELEMENTS) * wordSize(s);
            }

            @Override
            public boolean empty(CallView c, int arg) {
                return c.length(count) == 0;
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                long size = size(site, arg);
                Capture pointers = site.bytes(arg, "", address, size, size);
                StructReader r = new StructReader(pointers.data(), site.arch());
                long iocbSize = StructLayouts.builtIn().get(IOCB, site.arch()).size();
                for (int k = 0; (k + 1) * r.wordSize() <= r.size(); k++) {
                    String path = "[" + k + "]";
                    Capture cb = site.bytes(arg, path, r.word(k * r.wordSize()), iocbSize, iocbSize);
                    if (cb.data().length == iocbSize) {
                        StructView v = StructLayouts.builtIn().get(IOCB, site.arch()).view(cb.data());
                        if (v.get("aio_lio_opcode") == CMD_PWRITE && v.get("aio_nbytes") >= 0) {
                            site.bytes(arg, path + ".aio_buf", v.get("aio_buf"), v.get("aio_nbytes"));
                        }
                    }
                }
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                if (c.length(count) < 0) {
                    throw new StructReader.Short();
                }
                StructReader r = new StructReader(data, c.arch());
                long n = c.length(count);
                ArrayText.append(c, n, out, k -> {
                    long address = r.word(k * r.wordSize());
                    Capture cb = c.entryCapture(arg, "[" + k + "]");
                    long size = StructLayouts.builtIn().get(IOCB, c.arch()).size();
                    if (cb == null || cb.data().length < size) {
                        out.append(CallView.pointer(address));
                    } else {
                        iocb(c, c.struct(IOCB, cb), c.entryCapture(arg, "[" + k + "].aio_buf"), out);
                    }
                });
            }
        };
    }

    private static int wordSize(CaptureSite s) {
        return s.arch() == dev.jtrace.format.Arch.I386 ? 4 : 8;
    }

    /** io_cancel's iocb: the header alone. */
    public static final Pointee IOCB_HEADER = Pointees.struct(IOCB, (c, v, out) -> {
        out.append('{');
        header(c, v, out);
        out.append('}');
    });

    /** One io_event (io_cancel's result). */
    public static final Pointee EVENT = Pointees.struct("io_event", AioStructs::event);

    /** {@code io_event[n]}: io_getevents' results, as many as it returned. */
    public static Pointee events(String count) {
        return Pointees.countedStructs("io_event", count, MAX_ELEMENTS, Pointees.OverLimit.FIRST, AioStructs::event);
    }

    private static void event(CallView c, StructView v, StringBuilder out) {
        out.append("{data=").append(Scalars.hex(v.get("data"))).append(", obj=").append(Scalars.hex(v.get("obj")))
                .append(", res=").append(v.get("res")).append(", res2=").append(v.get("res2")).append('}');
    }

    private static void header(CallView c, StructView v, StringBuilder out) {
        out.append("aio_data=").append(Scalars.hex(v.get("aio_data")));
        if (v.get("aio_key") != 0) {
            out.append(", aio_key=").append(v.get("aio_key"));
        }
        if (v.get("aio_rw_flags") != 0) {
            out.append(", aio_rw_flags=").append(c.constant("rwf", v.get("aio_rw_flags") & 0xffffffffL));
        }
        long op = v.get("aio_lio_opcode");
        String name = c.constants("iocb_cmd").symbolic(op);
        out.append(", aio_lio_opcode=").append(name != null ? c.constant("iocb_cmd", op)
                : op + " /* IOCB_CMD_??? */"); // strace names an unknown command in decimal
        long prio = v.get("aio_reqprio");
        if ((v.get("aio_flags") & FLAG_IOPRIO) != 0) {
            out.append(", aio_reqprio=").append(ioprio(c, prio & 0xffff));
        } else if (prio != 0) {
            out.append(", aio_reqprio=").append(prio);
        }
        out.append(", aio_fildes=");
        Scalars.fd(c, (int) v.get("aio_fildes"), out);
    }

    /** {@code IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)}, a request's I/O priority. */
    private static String ioprio(CallView c, long v) {
        if (c.options().constants() == dev.jtrace.format.decode.DecodeOptions.Constants.RAW) {
            return Scalars.hex(v);
        }
        String cls = c.constants("ioprio_class").symbolic(v >> 13);
        return "IOPRIO_PRIO_VALUE(" + (cls != null ? cls : Long.toString(v >> 13)) + ", " + (v & 0x1fff) + ")";
    }

    private static void iocb(CallView c, StructView v, Capture buffer, StringBuilder out) {
        out.append('{');
        header(c, v, out);
        long op = v.get("aio_lio_opcode");
        long buf = v.get("aio_buf");
        long nbytes = v.get("aio_nbytes");
        if (op == CMD_PREAD || op == CMD_PWRITE) {
            out.append(", aio_buf=");
            if (op == CMD_PWRITE && nbytes >= 0 && c.options().dereference()) {
                Strings.buffer(c, buffer, buf, nbytes, false, out);
            } else {
                out.append(Scalars.hex(buf));
            }
            out.append(", aio_nbytes=").append(Long.toUnsignedString(nbytes))
                    .append(", aio_offset=").append(v.get("aio_offset"));
        } else if (op == CMD_POLL) {
            out.append(", aio_buf=").append(c.constant("poll", buf));
        } else if (op == CMD_PREADV || op == CMD_PWRITEV) {
            out.append(", aio_buf=").append(Scalars.hex(buf)).append(", aio_nbytes=")
                    .append(Long.toUnsignedString(nbytes)).append(", aio_offset=").append(v.get("aio_offset"));
        } else {
            out.append('}'); // fsync, fdsync, noop and unknown commands: the header alone
            return;
        }
        long flags = v.get("aio_flags");
        if (flags != 0) {
            out.append(", aio_flags=").append(c.constant("iocb_flags", flags));
        }
        if ((flags & FLAG_RESFD) != 0) {
            out.append(", aio_resfd=");
            Scalars.fd(c, (int) v.get("aio_resfd"), out);
        } else if (v.get("aio_resfd") != 0) {
            out.append(", aio_resfd=").append(Scalars.hex(v.get("aio_resfd")));
        }
        out.append('}');
    }
}
