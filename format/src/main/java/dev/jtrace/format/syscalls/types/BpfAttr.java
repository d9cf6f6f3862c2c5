package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.StringQuoter;
import dev.jtrace.format.syscalls.structs.StructLayout;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.structs.StructView;
import java.util.Arrays;

/**
 * bpf's {@code union bpf_attr}, printed as strace prints it for the command in the {@code cmd} argument: the
 * command's fields, each group only when the {@code size} argument reaches it, then {@code ...} (-v:
 * {@code extra_data="\x.." /* bytes 16..143 *}{@code /}) when bytes past the command's struct are not zero. Commands
 * this class does not decode print as the address.
 */
public final class BpfAttr {
    private static final int MAX_ATTR = 4096;
    private static final int MAP_CREATE = 0;
    private static final int MAP_LOOKUP_ELEM = 1;
    private static final int MAP_UPDATE_ELEM = 2;
    private static final int MAP_DELETE_ELEM = 3;
    private static final int MAP_GET_NEXT_KEY = 4;
    private static final int PROG_LOAD = 5;
    private static final int OBJ_PIN = 6;
    private static final int OBJ_GET = 7;
    private static final int PROG_ATTACH = 8;
    private static final int PROG_DETACH = 9;
    private static final long F_NUMA_NODE = 4;

    private BpfAttr() {
    }

    /** {@code bpf_attr[size]}. */
    public static Pointee attr(String size) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return Math.min(Math.max(s.length(size), 0), MAX_ATTR);
            }

            @Override
            public void capture(CaptureSite site, int arg, long address) {
                long n = size(site, arg);
                Capture attr = site.bytes(arg, "", address, n, n);
                int cmd = (int) site.arg("cmd");
                if (cmd == PROG_LOAD) {
                    StructView v = view("bpf_prog_load_attr", site.arch(), attr.data(), n);
                    site.string(arg, "license", v.get("license"), site.snap());
                    site.string(arg, "log_buf", v.get("log_buf"), (int) Math.min(v.get("log_size"), site.snap()));
                    long insns = Math.min(v.get("insn_cnt"), MAX_ATTR) * BpfInsns.SIZE;
                    site.bytes(arg, "insns", v.get("insns"), insns, insns);
                } else if (cmd == OBJ_PIN || cmd == OBJ_GET) {
                    StructView v = view("bpf_obj_attr", site.arch(), attr.data(), n);
                    site.string(arg, "pathname", v.get("pathname"), CaptureSite.PATH_MAX);
                }
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long len = Math.min(Math.max(c.length(size), 0), MAX_ATTR);
                if (data.data().length < len) {
                    throw new StructReader.Short();
                }
                Fields f = new Fields(c, arg, (int) len, out);
                String layout = switch ((int) c.arg("cmd")) {
                    case MAP_CREATE -> f.mapCreate();
                    case MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM -> f.mapElement(true, false);
                    case MAP_DELETE_ELEM -> f.mapElement(false, false);
                    case MAP_GET_NEXT_KEY -> f.mapElement(false, true);
                    case PROG_LOAD -> f.progLoad();
                    case OBJ_PIN, OBJ_GET -> f.object();
                    case PROG_ATTACH -> f.attach(true);
                    case PROG_DETACH -> f.attach(false);
                    default -> throw new StructReader.Short(); // a command strace decodes but this class does not
                };
                f.tail(data.data(), layout);
                out.append('}');
            }
        };
    }

    private static StructView view(String layout, dev.jtrace.format.Arch arch, byte[] data, long len) {
        StructLayout l = StructLayouts.builtIn().get(layout, arch);
        byte[] padded = Arrays.copyOf(Arrays.copyOf(data, (int) Math.min(len, data.length)), (int) l.size());
        return l.view(padded);
    }

    /** Writes one command's fields; {@link #reaches} says whether the caller's size covers a field. */
    private static final class Fields {
        private final CallView c;
        private final int arg;
        private final int len;
        private final StringBuilder out;
        private StructView v;
        private String end;

        Fields(CallView c, int arg, int len, StringBuilder out) {
            this.c = c;
            this.arg = arg;
            this.len = len;
            this.out = out;
        }

        private StructView open(String layout, byte[] data) {
            v = view(layout, c.arch(), data, len);
            out.append('{');
            return v;
        }

        private boolean reaches(String field) {
            return v.layout().offset(field) < len;
        }

        private Fields put(String name, String text) {
            out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ").append(name).append('=').append(text);
            return this;
        }

        private String fd(String field) {
            StringBuilder b = new StringBuilder();
            Scalars.fd(c, (int) v.get(field), b);
            return b.toString();
        }

        private String u(String field) {
            return Long.toUnsignedString(v.get(field));
        }

        private String name(String field) {
            byte[] bytes = v.bytes(field);
            int nul = 0;
            while (nul < bytes.length && bytes[nul] != 0) {
                nul++;
            }
            StringBuilder b = new StringBuilder();
            StringQuoter.quote(bytes, nul, false, c.options().hexStrings(), false, b);
            return b.toString();
        }

        private String string(String path, long address, boolean whole) {
            StringBuilder b = new StringBuilder();
            Strings.printString(c, address, c.entryCapture(arg, path), whole, b);
            return b.toString();
        }

        String mapCreate() {
            open("bpf_map_create_attr", c.entryCapture(arg, "").data());
            put("map_type", c.constant("bpf_map_type", v.get("map_type"))).put("key_size", u("key_size"))
                    .put("value_size", u("value_size")).put("max_entries", u("max_entries"));
            if (!reaches("map_flags")) {
                return "bpf_map_create_attr";
            }
            put("map_flags", c.constant("bpf_map_flags", v.get("map_flags")));
            if (!reaches("inner_map_fd")) {
                return "bpf_map_create_attr";
            }
            put("inner_map_fd", fd("inner_map_fd"));
            if ((v.get("map_flags") & F_NUMA_NODE) != 0) {
                put("numa_node", u("numa_node"));
            }
            if (reaches("map_name")) {
                put("map_name", name("map_name"));
            }
            if (reaches("map_ifindex")) {
                put("map_ifindex", u("map_ifindex"));
            }
            if (reaches("btf_fd")) {
                put("btf_fd", fd("btf_fd")).put("btf_key_type_id", u("btf_key_type_id"))
                        .put("btf_value_type_id", u("btf_value_type_id"));
            }
            if (reaches("btf_vmlinux_value_type_id")) {
                put("btf_vmlinux_value_type_id", u("btf_vmlinux_value_type_id"));
            }
            if (reaches("map_extra")) {
                put("map_extra", Scalars.hex(v.get("map_extra")));
            }
            return "bpf_map_create_attr";
        }

        /** LOOKUP/UPDATE: key, value, flags; DELETE: key; GET_NEXT_KEY: key, next_key (whatever the size). */
        String mapElement(boolean valueAndFlags, boolean nextKey) {
            open("bpf_map_elem_attr", c.entryCapture(arg, "").data());
            put("map_fd", fd("map_fd")).put("key", CallView.pointer(v.get("key")));
            if (valueAndFlags || nextKey) {
                put(nextKey ? "next_key" : "value", CallView.pointer(v.get("value")));
            }
            if (valueAndFlags) {
                put("flags", c.constant("bpf_elem_flags", v.get("flags")));
            }
            end = valueAndFlags ? "flags" : nextKey ? "value" : "key";
            return "bpf_map_elem_attr";
        }

        String progLoad() {
            open("bpf_prog_load_attr", c.entryCapture(arg, "").data());
            put("prog_type", c.constant("bpf_prog_type", v.get("prog_type"))).put("insn_cnt", u("insn_cnt"))
                    .put("insns", BpfInsns.print(c, c.entryCapture(arg, "insns"), v.get("insns"), v.get("insn_cnt")))
                    .put("license", string("license", v.get("license"), false));
            if (reaches("log_level")) {
                put("log_level", u("log_level")).put("log_size", u("log_size"))
                        .put("log_buf", string("log_buf", v.get("log_buf"), false));
            }
            if (reaches("kern_version")) {
                long k = v.get("kern_version");
                put("kern_version", "KERNEL_VERSION(" + (k >>> 16) + ", " + (k >>> 8 & 0xff) + ", " + (k & 0xff)
                        + ")");
            }
            if (reaches("prog_flags")) {
                put("prog_flags", c.constant("bpf_prog_flags", v.get("prog_flags")));
            }
            if (reaches("prog_name")) {
                put("prog_name", name("prog_name"));
            }
            if (reaches("prog_ifindex")) {
                put("prog_ifindex", u("prog_ifindex"));
            }
            if (reaches("expected_attach_type")) {
                put("expected_attach_type", c.constant("bpf_attach_type", v.get("expected_attach_type")));
            }
            if (reaches("prog_btf_fd")) {
                put("prog_btf_fd", fd("prog_btf_fd")).put("func_info_rec_size", u("func_info_rec_size"))
                        .put("func_info", CallView.pointer(v.get("func_info")))
                        .put("func_info_cnt", u("func_info_cnt")).put("line_info_rec_size", u("line_info_rec_size"))
                        .put("line_info", CallView.pointer(v.get("line_info")))
                        .put("line_info_cnt", u("line_info_cnt"));
            }
            if (reaches("attach_btf_id")) {
                put("attach_btf_id", u("attach_btf_id")).put("attach_prog_fd", fd("attach_prog_fd"));
            }
            if (reaches("fd_array")) {
                put("fd_array", CallView.pointer(v.get("fd_array")));
            }
            return "bpf_prog_load_attr";
        }

        String object() {
            open("bpf_obj_attr", c.entryCapture(arg, "").data());
            put("pathname", string("pathname", v.get("pathname"), true)).put("bpf_fd", fd("bpf_fd"))
                    .put("file_flags", c.constant("bpf_file_flags", v.get("file_flags")));
            return "bpf_obj_attr";
        }

        /** PROG_ATTACH: every field; PROG_DETACH: the target and the attach type. */
        String attach(boolean attaching) {
            open("bpf_prog_attach_attr", c.entryCapture(arg, "").data());
            put("target_fd", fd("target_fd"));
            if (attaching) {
                put("attach_bpf_fd", fd("attach_bpf_fd"));
            }
            put("attach_type", c.constant("bpf_attach_type", v.get("attach_type")));
            if (attaching) {
                put("attach_flags", c.constant("bpf_attach_flags", v.get("attach_flags")))
                        .put("replace_bpf_fd", fd("replace_bpf_fd"));
            }
            end = attaching ? null : "attach_type";
            return "bpf_prog_attach_attr";
        }

        /** The bytes past what the command's struct holds: {@code ...} or -v's extra_data when any is set. */
        void tail(byte[] data, String layout) {
            StructLayout l = StructLayouts.builtIn().get(layout, c.arch());
            int from = end == null ? (int) l.size()
                    : l.offset(end) + l.field(end).elementSize(c.arch()) * l.field(end).count();
            if (len <= from) {
                return;
            }
            boolean set = false;
            for (int k = from; k < len; k++) {
                set |= data[k] != 0;
            }
            if (!set) {
                return;
            }
            if (!c.options().verbose()) {
                out.append(", ...");
                return;
            }
            out.append(", extra_data=");
            StringQuoter.quote(Arrays.copyOfRange(data, from, len), len - from, false, c.options().hexStrings(), true,
                    out);
            out.append(" /* bytes ").append(from).append("..").append(len - 1).append(" */");
        }
    }
}
