package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.Arrays;

/**
 * perf_event_open's struct perf_event_attr as strace prints it. The caller says how big the struct is
 * ({@code size}, 0 meaning PERF_ATTR_SIZE_VER0): that many bytes are read, up to the size strace knows, and a field
 * prints when it starts within them. Without -v only the head prints: type, size, config, the sample settings, the
 * bit-flags that are set (precise_ip always), then {@code ...}.
 */
public final class PerfStructs {
    private static final String LAYOUT = "perf_event_attr";
    private static final int SIZE_VER0 = 64;
    /** What strace reads without -v: up to the end of the bit-flags. */
    private static final int HEAD = 48;
    private static final long TYPE_HARDWARE = 0;
    private static final long TYPE_SOFTWARE = 1;
    private static final long TYPE_TRACEPOINT = 2;
    private static final long TYPE_HW_CACHE = 3;
    private static final long TYPE_BREAKPOINT = 5;
    private static final long SAMPLE_BRANCH_STACK = 0x800;
    private static final long SAMPLE_STACK_USER = 0x2000;
    /** The one-bit flags of the bit-field word, bit 0 upwards; precise_ip (2 bits) sits at 15. */
    private static final String[] LOW_BITS = {"disabled", "inherit", "pinned", "exclusive", "exclude_user",
        "exclude_kernel", "exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat", "enable_on_exec",
        "task", "watermark"};
    private static final String[] HIGH_BITS = {"mmap_data", "sample_id_all", "exclude_host", "exclude_guest",
        "exclude_callchain_kernel", "exclude_callchain_user", "mmap2", "comm_exec", "use_clockid", "context_switch",
        "write_backward", "namespaces", "ksymbol", "bpf_event", "aux_output", "cgroup", "text_poke", "build_id",
        "inherit_thread", "remove_on_exec", "sigtrap"};
    private static final int PRECISE_IP_BIT = 15;
    private static final int RESERVED_1_BIT = 38;
    private static final String[] SKID = {"arbitrary skid", "constant skid", "requested to have 0 skid",
        "must have 0 skid"};

    private PerfStructs() {
    }

    public static final Pointee ATTR = new Pointee() {
        @Override
        public long size(CaptureSite s, int arg) {
            return known(s.arch());
        }

        @Override
        public void capture(CaptureSite site, int arg, long address) {
            Capture size = site.bytes(arg, "size", address + 4, 4, 4);
            if (size.data().length == 4) {
                long n = readSize(size.data(), known(site.arch()));
                site.bytes(arg, "", address, n, n);
            }
        }

        @Override
        public void print(CallView c, int arg, Capture data, StringBuilder out) {
            int known = (int) known(c.arch());
            Capture sizeCapture = c.entryCapture(arg, "size");
            if (sizeCapture == null || sizeCapture.data().length < 4) {
                throw new StructReader.Short();
            }
            long declared = new StructReader(sizeCapture, c.arch()).u32(0);
            long read = readSize(sizeCapture.data(), known);
            long needed = c.options().verbose() ? read : Math.min(read, HEAD);
            if (declared != 0 && declared < SIZE_VER0 || data.data().length < needed) {
                throw new StructReader.Short(); // strace shows the address of an attr it cannot make sense of
            }
            StructView v = c.struct(LAYOUT, new Capture(arg, "", data.address(), Arrays.copyOf(data.data(), known),
                    known, 0));
            attr(c, v, declared == 0 ? SIZE_VER0 : declared, out);
        }
    };

    private static long known(dev.jtrace.format.Arch arch) {
        return StructLayouts.builtIn().get(LAYOUT, arch).size();
    }

    private static long readSize(byte[] sizeField, long known) {
        long size = (sizeField[0] & 0xff) | (sizeField[1] & 0xff) << 8 | (sizeField[2] & 0xff) << 16
                | (long) (sizeField[3] & 0xff) << 24;
        return size == 0 ? SIZE_VER0 : Math.min(size, known);
    }

    private static void attr(CallView c, StructView v, long size, StringBuilder out) {
        long type = v.get("type");
        long config = v.get("config");
        long bits = v.get("bits");
        boolean verbose = c.options().verbose();
        out.append("{type=").append(c.constant("perf_type", type))
                .append(", size=").append(c.constant("perf_attr_size", v.get("size")))
                .append(", config=");
        config(c, type, config, out);
        out.append((bits & 1L << 10) != 0 ? ", sample_freq=" : ", sample_period=")
                .append(Long.toUnsignedString(v.get("sample_period")))
                .append(", sample_type=").append(c.constant("perf_sample", v.get("sample_type")))
                .append(", read_format=").append(c.constant("perf_read_format", v.get("read_format")));
        for (int k = 0; k < LOW_BITS.length; k++) {
            flag(LOW_BITS[k], bits >>> k & 1, verbose, out);
        }
        int precise = (int) (bits >>> PRECISE_IP_BIT & 3);
        out.append(", precise_ip=").append(precise).append(" /* ").append(SKID[precise]).append(" */");
        for (int k = 0; k < HIGH_BITS.length; k++) {
            flag(HIGH_BITS[k], bits >>> (PRECISE_IP_BIT + 2 + k) & 1, verbose, out);
        }
        long reserved = bits >>> RESERVED_1_BIT;
        if (reserved != 0) {
            out.append(", __reserved_1=").append(Scalars.hex(reserved)).append(" /* Bits 63..")
                    .append(RESERVED_1_BIT).append(" */");
        }
        if (!verbose) {
            out.append(", ...}");
            return;
        }
        tail(c, v, size, type, bits, out);
        if (size > known(c.arch())) {
            out.append(", ...");
        }
        out.append('}');
    }

    private static void flag(String name, long value, boolean verbose, StringBuilder out) {
        if (verbose || value != 0) {
            out.append(", ").append(name).append('=').append(value);
        }
    }

    private static void config(CallView c, long type, long config, StringBuilder out) {
        if (type == TYPE_HARDWARE) {
            extendedType(config, out);
            out.append(c.constant("perf_hw_id", config & 0xffffffffL));
        } else if (type == TYPE_SOFTWARE) {
            out.append(c.constant("perf_sw_id", config));
        } else if (type == TYPE_TRACEPOINT) {
            out.append(Long.toUnsignedString(config));
        } else if (type == TYPE_HW_CACHE) {
            extendedType(config, out);
            out.append(c.constant("perf_hw_cache_result", config >>> 16 & 0xff)).append("<<16|")
                    .append(c.constant("perf_hw_cache_op", config >>> 8 & 0xff)).append("<<8|")
                    .append(c.constant("perf_hw_cache_id", config & 0xff));
        } else {
            out.append(Scalars.hex(config));
        }
    }

    /** The PMU type in the upper half of a hardware event's config: {@code 0x3<<32|}. */
    private static void extendedType(long config, StringBuilder out) {
        if (config >>> 32 != 0) {
            out.append(Scalars.hex(config >>> 32)).append("<<32|");
        }
    }

    /** The fields after the bit-flags (-v), each when it starts within the caller's size. */
    private static void tail(CallView c, StructView v, long size, long type, long bits, StringBuilder out) {
        long sampleType = v.get("sample_type");
        boolean watermark = (bits & 1L << 14) != 0;
        out.append(watermark ? ", wakeup_watermark=" : ", wakeup_events=").append(v.get("wakeup_events"));
        if (type == TYPE_BREAKPOINT) {
            out.append(", bp_type=").append(c.constant("hw_breakpoint", v.get("bp_type")))
                    .append(", bp_addr=").append(Scalars.hex(v.get("bp_addr")));
            if (starts(v, "bp_len", size)) {
                out.append(", bp_len=").append(Long.toUnsignedString(v.get("bp_len")));
            }
        } else {
            out.append(", config1=").append(Scalars.hex(v.get("bp_addr")));
            if (starts(v, "bp_len", size)) {
                out.append(", config2=").append(Scalars.hex(v.get("bp_len")));
            }
        }
        if ((sampleType & SAMPLE_BRANCH_STACK) != 0 && starts(v, "branch_sample_type", size)) {
            out.append(", branch_sample_type=").append(c.constant("perf_branch_sample", v.get("branch_sample_type")));
        }
        if (starts(v, "sample_regs_user", size)) {
            out.append(", sample_regs_user=").append(Scalars.hex(v.get("sample_regs_user")));
        }
        if ((sampleType & SAMPLE_STACK_USER) != 0 && starts(v, "sample_stack_user", size)) {
            out.append(", sample_stack_user=").append(Scalars.hex(v.get("sample_stack_user")));
        }
        if ((bits & 1L << (PRECISE_IP_BIT + 2 + 8)) != 0 && starts(v, "clockid", size)) {
            out.append(", clockid=").append(c.constant("clock", v.get("clockid")));
        }
        if (starts(v, "sample_regs_intr", size)) {
            out.append(", sample_regs_intr=").append(Scalars.hex(v.get("sample_regs_intr")));
        }
        if (starts(v, "aux_watermark", size)) {
            out.append(", aux_watermark=").append(v.get("aux_watermark"));
        }
        if (starts(v, "sample_max_stack", size)) {
            out.append(", sample_max_stack=").append(v.get("sample_max_stack"));
            reservedBytes(v, "__reserved_2", out);
        }
        if (starts(v, "aux_sample_size", size)) {
            out.append(", aux_sample_size=").append(v.get("aux_sample_size"));
            reservedBytes(v, "__reserved_3", out);
        }
        if (starts(v, "sig_data", size)) {
            out.append(", sig_data=").append(Scalars.hex(v.get("sig_data")));
        }
    }

    private static boolean starts(StructView v, String field, long size) {
        return v.layout().offset(field) < size;
    }

    /** {@code  /* bytes 110..111: 0x5 *}{@code /}: padding the caller did not leave zero. */
    private static void reservedBytes(StructView v, String field, StringBuilder out) {
        long value = v.get(field);
        if (value != 0) {
            int at = v.layout().offset(field);
            int len = v.layout().field(field).elementSize(v.layout().arch());
            out.append(" /* bytes ").append(at).append("..").append(at + len - 1).append(": ")
                    .append(Scalars.hex(value)).append(" */");
        }
    }
}
