package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.structs.StructView;

/** What quotactl's addr points to, per command (see {@link Quotactl}). */
final class QuotaStructs {
    private static final String[] LIMITS = {"dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace", "dqb_ihardlimit",
        "dqb_isoftlimit", "dqb_curinodes"};

    private QuotaStructs() {
    }

    /** Q_GETFMT's format: {@code [QFMT_VFS_V1]}. */
    static final Pointee FORMAT = Pointees.fixed(4, 4,
            (c, r, out) -> out.append('[').append(c.constant("quota_format", r.u32(0))).append(']'));

    /** struct if_dqblk: the limits and usage, then (-v) the grace times and the valid mask, else {@code ...}. */
    static final Pointee DQBLK = Pointees.struct("if_dqblk", (c, v, out) -> {
        dqblk(c, v, out);
        out.append('}');
    });

    /** struct if_nextdqblk: as if_dqblk, then the id found. */
    static final Pointee NEXTDQBLK = Pointees.struct("if_nextdqblk", (c, v, out) -> {
        dqblk(c, v, out);
        out.append(", dqb_id=").append(v.get("dqb_id")).append('}');
    });

    private static void dqblk(CallView c, StructView v, StringBuilder out) {
        out.append('{');
        for (int k = 0; k < LIMITS.length; k++) {
            out.append(k > 0 ? ", " : "").append(LIMITS[k]).append('=').append(Long.toUnsignedString(v.get(LIMITS[k])));
        }
        if (!c.options().verbose()) {
            out.append(", ...");
            return;
        }
        out.append(", dqb_btime=").append(Long.toUnsignedString(v.get("dqb_btime")))
                .append(", dqb_itime=").append(Long.toUnsignedString(v.get("dqb_itime")))
                .append(", dqb_valid=").append(c.constant("dqblk_valid", v.get("dqb_valid")));
    }

    /** struct if_dqinfo: {@code {dqi_bgrace=604800, dqi_igrace=604800, dqi_flags=0, dqi_valid=IIF_BGRACE}}. */
    static final Pointee DQINFO = Pointees.struct("if_dqinfo", (c, v, out) -> out
            .append("{dqi_bgrace=").append(Long.toUnsignedString(v.get("dqi_bgrace")))
            .append(", dqi_igrace=").append(Long.toUnsignedString(v.get("dqi_igrace")))
            .append(", dqi_flags=").append(c.constant("dqinfo_flags", v.get("dqi_flags")))
            .append(", dqi_valid=").append(c.constant("dqinfo_valid", v.get("dqi_valid"))).append('}'));
}
