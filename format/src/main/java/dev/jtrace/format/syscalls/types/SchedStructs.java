package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.syscalls.structs.StructView;

/**
 * sched_setattr's and sched_getattr's {@code struct sched_attr}, printed as far as its own {@code size} field says
 * (0 meaning the first version's 48 bytes): {@code {size=8}} for a size too small, no utilization clamps below 56
 * bytes, {@code , ...} for a size beyond what is known. SCHED_FLAG_KEEP_POLICY hides the policy and
 * SCHED_FLAG_KEEP_PARAMS the parameters, as the kernel ignores them then.
 */
final class SchedStructs {
    private static final long SIZE_VER0 = 48, SIZE_VER1 = 56;
    private static final long KEEP_POLICY = 0x8, KEEP_PARAMS = 0x10;

    private SchedStructs() {
    }

    static final Pointee SCHED_ATTR = Pointees.struct("sched_attr", SchedStructs::print);

    static void print(CallView c, StructView v, StringBuilder out) {
        long size = v.get("size");
        long effective = size == 0 ? SIZE_VER0 : size;
        out.append("{size=").append(size);
        if (effective >= SIZE_VER0) {
            long flags = v.get("sched_flags");
            if ((flags & KEEP_POLICY) == 0) {
                out.append(", sched_policy=").append(c.constant("sched_policy", v.get("sched_policy")));
            }
            out.append(", sched_flags=").append(c.constant("sched_attr_flags", flags));
            if ((flags & KEEP_PARAMS) == 0) {
                out.append(", sched_nice=").append(v.get("sched_nice"))
                        .append(", sched_priority=").append(v.get("sched_priority"))
                        .append(", sched_runtime=").append(Long.toUnsignedString(v.get("sched_runtime")))
                        .append(", sched_deadline=").append(Long.toUnsignedString(v.get("sched_deadline")))
                        .append(", sched_period=").append(Long.toUnsignedString(v.get("sched_period")));
            }
            if (effective >= SIZE_VER1) {
                out.append(", sched_util_min=").append(v.get("sched_util_min"))
                        .append(", sched_util_max=").append(v.get("sched_util_max"));
            }
        }
        if (effective > SIZE_VER1) {
            out.append(", ...");
        }
        out.append('}');
    }
}
