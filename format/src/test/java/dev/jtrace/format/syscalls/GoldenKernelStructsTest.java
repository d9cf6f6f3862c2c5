package dev.jtrace.format.syscalls;

import static dev.jtrace.format.syscalls.Strace.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jtrace.format.decode.DecodeOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Lines strace 6.1 printed here for testdata/c/sc_structs_kernel.c and sc_bpf.c (io_uring_params, perf_event_attr,
 * user_desc, NUMA node masks, move_pages, AIO, mount, union bpf_attr), rebuilt from the registers and fake tracee
 * memory holding what the programs passed.
 */
class GoldenKernelStructsTest {
    private static final DecodeOptions VERBOSE = new DecodeOptions(32, 0, true, DecodeOptions.Constants.ABBREV, 0);
    private static final FakeMemory NONE = new FakeMemory();
    private static final String FEATURES = "IORING_FEAT_SINGLE_MMAP|IORING_FEAT_NODROP|IORING_FEAT_SUBMIT_STABLE"
            + "|IORING_FEAT_RW_CUR_POS|IORING_FEAT_CUR_PERSONALITY|IORING_FEAT_FAST_POLL|IORING_FEAT_POLL_32BITS"
            + "|IORING_FEAT_SQPOLL_NONFIXED|IORING_FEAT_EXT_ARG|IORING_FEAT_NATIVE_WORKERS|IORING_FEAT_RSRC_TAGS"
            + "|IORING_FEAT_CQE_SKIP|IORING_FEAT_LINKED_FILE|0x3e000";

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void ioUringSetupPrintsWhatTheKernelFilledInOnlyOnSuccess() {
        long p = 0x7fffffffe400L;
        ByteBuffer params = le(120).putInt(0, 1).putInt(4, 2).putInt(20, 0x3ffff);
        int[] sq = {0, 4, 16, 24, 36, 32, 128};
        int[] cq = {8, 12, 20, 28, 44, 64, 40};
        for (int k = 0; k < 7; k++) {
            params.putInt(40 + 4 * k, sq[k]).putInt(80 + 4 * k, cq[k]);
        }
        assertEquals("io_uring_setup(1, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=1, cq_entries=2, "
                + "features=" + FEATURES + ", sq_off={head=0, tail=4, ring_mask=16, ring_entries=24, flags=36, "
                + "dropped=32, array=128}, cq_off={head=8, tail=12, ring_mask=20, ring_entries=28, overflow=44, "
                + "cqes=64, flags=40}}) = 3", line("io_uring_setup", new FakeMemory().put(p, params.array()), 3, 1, p));
        ByteBuffer bad = le(120).putInt(8, 0xffffc000).putInt(32, 5);
        assertEquals("io_uring_setup(0, {flags=0xffffc000 /* IORING_SETUP_??? */, sq_thread_cpu=0, sq_thread_idle=0, "
                + "resv=[0, 0x5, 0]}) = -1 EINVAL (Invalid argument)",
                line("io_uring_setup", new FakeMemory().put(p, bad.array()), -22, 0, p));
        ByteBuffer attach = le(120).putInt(8, 0x3fff).putInt(12, 3).putInt(16, 10).putInt(24, 5);
        assertEquals("io_uring_setup(0, {flags=IORING_SETUP_IOPOLL|IORING_SETUP_SQPOLL|IORING_SETUP_SQ_AFF"
                + "|IORING_SETUP_CQSIZE|IORING_SETUP_CLAMP|IORING_SETUP_ATTACH_WQ|IORING_SETUP_R_DISABLED"
                + "|IORING_SETUP_SUBMIT_ALL|IORING_SETUP_COOP_TASKRUN|IORING_SETUP_TASKRUN_FLAG|IORING_SETUP_SQE128"
                + "|IORING_SETUP_CQE32|0x3000, sq_thread_cpu=0x3, sq_thread_idle=10, wq_fd=5}) = -1 EINVAL "
                + "(Invalid argument)", line("io_uring_setup", new FakeMemory().put(p, attach.array()), -22, 0, p));
        assertEquals("io_uring_setup(1, 0x8) = -1 EFAULT (Bad address)", line("io_uring_setup", NONE, -14, 1, 8));
    }

    @Test
    void perfEventAttrHeadWithoutVerbose() {
        long a = 0x555555559060L;
        ByteBuffer sw = le(128).putInt(0, 1).putInt(4, 128).putLong(8, 1).putLong(40, 0x61).putInt(48, 5)
                .putLong(120, 9);
        assertEquals("perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_SW_TASK_CLOCK, "
                + "sample_period=0, sample_type=0, read_format=0, disabled=1, exclude_kernel=1, exclude_hv=1, "
                + "precise_ip=0 /* arbitrary skid */, ...}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = 3",
                line("perf_event_open", new FakeMemory().put(a, sw.array()), 3, a, 0, -1, -1, 8));
        ByteBuffer tp = le(128).putInt(0, 2).putInt(4, 0).putLong(8, 1).putLong(16, 4000)
                .putLong(40, 1L << 10 | 1L << 14).putInt(48, 77);
        assertEquals("perf_event_open({type=PERF_TYPE_TRACEPOINT, size=0 /* PERF_ATTR_SIZE_??? */, config=1, "
                + "sample_freq=4000, sample_type=0, read_format=0, freq=1, watermark=1, precise_ip=0 /* arbitrary "
                + "skid */, ...}, -1, 0, -1, PERF_FLAG_FD_CLOEXEC) = -1 EINVAL (Invalid argument)",
                line("perf_event_open", new FakeMemory().put(a, tp.array()), -22, a, -1, 0, -1, 8));
        ByteBuffer cache = le(128).putInt(0, 3).putInt(4, 73).putLong(8, 0x10000).putLong(40, 2 | 1L << 37 | 3L << 38);
        assertEquals("perf_event_open({type=PERF_TYPE_HW_CACHE, size=0x49 /* PERF_ATTR_SIZE_??? */, "
                + "config=PERF_COUNT_HW_CACHE_RESULT_MISS<<16|PERF_COUNT_HW_CACHE_OP_READ<<8|PERF_COUNT_HW_CACHE_L1D, "
                + "sample_period=0, sample_type=0, read_format=0, inherit=1, precise_ip=0 /* arbitrary skid */, "
                + "sigtrap=1, __reserved_1=0x3 /* Bits 63..38 */, ...}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = -1 EINVAL "
                + "(Invalid argument)", line("perf_event_open", new FakeMemory().put(a, cache.array()), -22, a, 0, -1,
                -1, 8));
    }

    @Test
    void perfEventAttrThatCannotBeReadPrintsTheAddress() {
        long a = 0x555555559060L;
        assertEquals("perf_event_open(0x555555559060, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = -1 E2BIG (Argument list too long)",
                line("perf_event_open", new FakeMemory().put(a, le(128).putInt(0, 1).putInt(4, 16).array()), -7, a, 0,
                        -1, -1, 8));
        long end = 0x7ffff7fbf000L;
        byte[] head48 = le(48).putInt(0, 1).putInt(4, 72).array();
        assertEquals("perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER1, config=PERF_COUNT_SW_CPU_CLOCK, "
                + "sample_period=0, sample_type=0, read_format=0, precise_ip=0 /* arbitrary skid */, ...}, 0, -1, -1, "
                + "PERF_FLAG_FD_CLOEXEC) = -1 EFAULT (Bad address)",
                line("perf_event_open", new FakeMemory().put(end - 48, head48), -14, end - 48, 0, -1, -1, 8));
        byte[] head47 = le(47).putInt(0, 1).putInt(4, 72).array();
        assertEquals("perf_event_open(0x7ffff7fbefd1, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = -1 EFAULT (Bad address)",
                line("perf_event_open", new FakeMemory().put(end - 47, head47), -14, end - 47, 0, -1, -1, 8));
    }

    @Test
    void perfEventAttrInFullWithVerbose() {
        long a = 0x555555559060L;
        ByteBuffer bp = le(128).putInt(0, 5).putInt(4, 128).putInt(52, 3).putLong(56, 0x1000).putLong(64, 8)
                .putShort(110, (short) 5).putInt(116, 7);
        String zeros = "disabled=0, inherit=0, pinned=0, exclusive=0, exclude_user=0, exclude_kernel=0, exclude_hv=0, "
                + "exclude_idle=0, mmap=0, comm=0, freq=0, inherit_stat=0, enable_on_exec=0, task=0, watermark=0, "
                + "precise_ip=0 /* arbitrary skid */, mmap_data=0, sample_id_all=0, exclude_host=0, exclude_guest=0, "
                + "exclude_callchain_kernel=0, exclude_callchain_user=0, mmap2=0, comm_exec=0, use_clockid=0, "
                + "context_switch=0, write_backward=0, namespaces=0, ksymbol=0, bpf_event=0, aux_output=0, cgroup=0, "
                + "text_poke=0, build_id=0, inherit_thread=0, remove_on_exec=0, sigtrap=0";
        assertEquals("perf_event_open({type=PERF_TYPE_BREAKPOINT, size=PERF_ATTR_SIZE_VER7, config=0, sample_period=0, "
                + "sample_type=0, read_format=0, " + zeros + ", wakeup_events=0, bp_type=HW_BREAKPOINT_RW, "
                + "bp_addr=0x1000, bp_len=8, sample_regs_user=0, sample_regs_intr=0, aux_watermark=0, "
                + "sample_max_stack=0 /* bytes 110..111: 0x5 */, aux_sample_size=0 /* bytes 116..119: 0x7 */, "
                + "sig_data=0}, 0, -1, -1, PERF_FLAG_FD_CLOEXEC) = -1 EINVAL (Invalid argument)",
                line(VERBOSE, "perf_event_open", new FakeMemory().put(a, bp.array()), -22, a, 0, -1, -1, 8));
    }

    @Test
    void userDescriptors() {
        long d = 0x7fffffffe3f0L;
        byte[] desc = le(16).putInt(0, 1).putInt(4, 0x1000).putInt(8, 0xfff).putInt(12, 0x5d).array();
        assertEquals("modify_ldt(17, {entry_number=1, base_addr=0x001000, limit=0x000fff, seg_32bit=1, contents=2, "
                + "read_exec_only=1, limit_in_pages=1, seg_not_present=0, useable=1, lm=0}, 16) = 0",
                line("modify_ldt", new FakeMemory().put(d, desc), 0, 17, d, 16));
        assertEquals("modify_ldt(1, 0x7fffffffe3f0, 8) = 4294967274 EINVAL (Invalid argument)",
                line("modify_ldt", new FakeMemory().put(d, desc), 0xffffffeaL, 1, d, 8));
        byte[] query = le(16).putInt(0, 12).putInt(4, 0x1000).array();
        assertEquals("get_thread_area({entry_number=12, ...}) = -1 ENOSYS (Function not implemented)",
                line("get_thread_area", new FakeMemory().put(d, query), -38, d));
    }

    @Test
    void numaMasksAndPageArrays() {
        long m = 0x7fffffffe3c0L;
        FakeMemory masks = new FakeMemory().ints(m - 4, 2).words(m, 1, 0, 0);
        assertEquals("get_mempolicy([MPOL_BIND], [0x00000000000001, 0000000000000000, 0000000000000000], 130, NULL, 0) = 0",
                line("get_mempolicy", masks, 0, m - 4, m, 130, 0, 0));
        assertEquals("get_mempolicy([MPOL_BIND], 0x7fffffffe3c0, 1, NULL, 0) = 0",
                line("get_mempolicy", masks, 0, m - 4, m, 1, 0, 0));
        assertEquals("set_mempolicy(MPOL_BIND, [], 0) = -1 EINVAL (Invalid argument)",
                line("set_mempolicy", masks, -22, 2, m, 0));
        long page = 0x7ffff7fbe000L;
        long p = 0x7fffffffe3a0L;
        FakeMemory arrays = new FakeMemory().words(p, page, 0x1000).ints(p + 0x20, 0, 0).ints(p + 0x40, 0, -14);
        assertEquals("move_pages(0, 2, [0x7ffff7fbe000, 0x1000], [0, 0], [0, -EFAULT], 0) = 0",
                line("move_pages", arrays, 0, 0, 2, p, p + 0x20, p + 0x40, 0));
        assertEquals("move_pages(0, 2, [0x7ffff7fbe000, 0x1000], NULL, 0x7fffffffe3e0, 0) = -1 ENODEV (No such device)",
                line("move_pages", arrays, -19, 0, 2, p, 0, p + 0x40, 0));
    }

    @Test
    void aioSubmitAndEvents() {
        long ctx = 0x7ffff7fbf000L;
        long pp = 0x7fffffffe300L;
        long write = 0x7fffffffe400L;
        long sync = 0x7fffffffe440L;
        FakeMemory m = new FakeMemory().words(pp, write, sync)
                .put(write, le(64).putShort(16, (short) 1).putShort(18, (short) 1).putInt(20, 1)
                        .putLong(24, 0x555555557000L).array())
                .put(sync, le(64).putShort(16, (short) 2).putInt(20, 3).array()).string(0x555555557000L, "");
        assertEquals("io_submit(0x7ffff7fbf000, 2, [{aio_data=0, aio_lio_opcode=IOCB_CMD_PWRITE, aio_reqprio=1, "
                + "aio_fildes=1, aio_buf=\"\", aio_nbytes=0, aio_offset=0}, {aio_data=0, aio_lio_opcode=IOCB_CMD_FSYNC, "
                + "aio_fildes=3}]) = 1", line("io_submit", m, 1, ctx, 2, pp));
        long ev = 0x7fffffffe390L;
        FakeMemory events = new FakeMemory().words(ev, 0x1234, 0x7fffffffe470L, 3, 0);
        assertEquals("io_getevents(0x7ffff7fbf000, 1, 2, [{data=0x1234, obj=0x7fffffffe470, res=3, res2=0}], NULL) = 1",
                line("io_getevents", events, 1, ctx, 1, 2, ev, 0));
        long rd = 0x7fffffffe470L;
        FakeMemory cb = new FakeMemory().put(rd, le(64).putLong(0, 0x1234).putInt(20, 3).array());
        assertEquals("io_cancel(0x7ffff7fbf000, {aio_data=0x1234, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3}, "
                + "0x7fffffffe390) = -1 EINVAL (Invalid argument)", line("io_cancel", cb, -22, ctx, rd, ev));
        assertEquals("io_setup(4, [0x7ffff7fbf000]) = 0", line("io_setup", new FakeMemory().words(pp, ctx), 0, 4, pp));
    }

    @Test
    void mountShowsTypeAndDataOnlyWhereTheKernelReadsThem() {
        FakeMemory m = new FakeMemory().string(0x555555557000L, "none").string(0x555555557010L, "/nonexistent")
                .string(0x555555557049L, "x").string(0x55555555703fL, "data");
        assertEquals("mount(\"none\", \"/nonexistent\", 0x555555557049, MS_BIND, 0x55555555703f) = -1 ENOENT "
                + "(No such file or directory)", line("mount", m, -2, 0x555555557000L, 0x555555557010L,
                0x555555557049L, 0x1000, 0x55555555703fL));
        assertEquals("mount(\"none\", \"/nonexistent\", 0x555555557049, MS_REMOUNT|MS_BIND, \"data\") = -1 ENOENT "
                + "(No such file or directory)", line("mount", m, -2, 0x555555557000L, 0x555555557010L,
                0x555555557049L, 0x1020, 0x55555555703fL));
    }

    @Test
    void kexecSegmentsUpToTheKernelsMaximum() {
        long s = 0x555555558060L;
        FakeMemory m = new FakeMemory().words(s, 0x1000, 16, 0x100000, 4096, 0, 0, 0, 0).put(s + 64, new byte[32 * 15]);
        assertEquals("kexec_load(0x100000, 2, [{buf=0x1000, bufsz=16, mem=0x100000, memsz=4096}, {buf=NULL, bufsz=0, "
                + "mem=NULL, memsz=0}], KEXEC_ARCH_DEFAULT) = -1 ENOSYS (Function not implemented)",
                line("kexec_load", m, -38, 0x100000, 2, s, 0));
        assertEquals("kexec_load(NULL, 17, 0x555555558060, KEXEC_ARCH_DEFAULT) = -1 ENOSYS (Function not implemented)",
                line("kexec_load", m, -38, 0, 17, s, 0));
        assertEquals("kexec_load(NULL, 0, [], KEXEC_ARCH_DEFAULT) = -1 ENOSYS (Function not implemented)",
                line("kexec_load", m, -38, 0, 0, s, 0));
    }

    @Test
    void bpfAttrPerCommand() {
        long a = 0x555555558060L;
        ByteBuffer create = le(144).putInt(0, 1).putInt(4, 4).putInt(8, 8).putInt(12, 16).putInt(16, 1);
        assertEquals("bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_HASH, key_size=4, value_size=8, max_entries=16, "
                + "map_flags=BPF_F_NO_PREALLOC}, 20) = 4",
                line("bpf", new FakeMemory().put(a, create.array()), 4, 0, a, 20));
        assertEquals("bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_HASH, key_size=0, value_size=0, max_entries=0}, 4) = -1 "
                + "EINVAL (Invalid argument)", line("bpf", new FakeMemory().put(a, create.array()), -22, 0, a, 4));
        ByteBuffer elem = le(144).putInt(0, 3).putLong(8, 0x555555558110L).putLong(16, 0x555555558030L).putLong(24, 6);
        FakeMemory em = new FakeMemory().put(a, elem.array());
        assertEquals("bpf(BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x555555558110, ...}, 144) = -1 EINVAL (Invalid argument)",
                line("bpf", em, -22, 3, a, 144));
        assertEquals("bpf(BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x555555558110, extra_data=\"\\x30\\x80\\x55\\x55\\x55"
                + "\\x55\\x00\\x00\\x06" + "\\x00".repeat(119) + "\" /* bytes 16..143 */}, 144) = -1 EINVAL (Invalid "
                + "argument)", line(VERBOSE, "bpf", em, -22, 3, a, 144));
        assertEquals("bpf(BPF_MAP_GET_NEXT_KEY, {map_fd=3, key=NULL, next_key=NULL}, 8) = -1 EFAULT (Bad address)",
                line("bpf", new FakeMemory().put(a, le(144).putInt(0, 3).putLong(8, 1).array()), -14, 4, a, 8));
        assertEquals("bpf(0x3e7 /* BPF_??? */, 0x555555558060, 144) = -1 EINVAL (Invalid argument)",
                line("bpf", em, -22, 999, a, 144));
    }

    @Test
    void bpfProgramLoadDecodesInstructionsWithVerbose() {
        long a = 0x555555558060L;
        long insns = 0x555555558040L;
        ByteBuffer attr = le(144).putInt(0, 1).putInt(4, 3).putLong(8, insns).putLong(16, 0x555555556004L)
                .putInt(28, 64).putLong(32, 0x5555555580a0L).putInt(40, 0x060112).put(48, (byte) 'p');
        ByteBuffer code = le(24).put(0, (byte) 0x61).put(1, (byte) 0x12).putShort(2, (short) 4).put(8, (byte) 0xb7)
                .putInt(12, 42).put(16, (byte) 0x95);
        FakeMemory m = new FakeMemory().put(a, attr.array()).put(insns, code.array()).string(0x555555556004L, "GPL")
                .put(0x5555555580a0L, new byte[64]);
        String tail = ", license=\"GPL\", log_level=0, log_size=64, log_buf=\"\", kern_version=KERNEL_VERSION(6, 1, 18), "
                + "prog_flags=0, prog_name=\"p\", prog_ifindex=0, expected_attach_type=BPF_CGROUP_INET_INGRESS, "
                + "prog_btf_fd=0, func_info_rec_size=0, func_info=NULL, func_info_cnt=0, line_info_rec_size=0, "
                + "line_info=NULL, line_info_cnt=0, attach_btf_id=0, attach_prog_fd=0, fd_array=NULL}, 144) = -1 "
                + "EINVAL (Invalid argument)";
        assertEquals("bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=3, insns=0x555555558040" + tail,
                line("bpf", m, -22, 5, a, 144));
        assertEquals("bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=3, insns=[{code=BPF_LDX|BPF_W"
                + "|BPF_MEM, dst_reg=BPF_REG_2, src_reg=BPF_REG_1, off=4, imm=0}, {code=BPF_ALU64|BPF_K|BPF_MOV, "
                + "dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0x2a}, {code=BPF_JMP|BPF_K|BPF_EXIT, "
                + "dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}]" + tail, line(VERBOSE, "bpf", m, -22, 5, a, 144));
    }
}
