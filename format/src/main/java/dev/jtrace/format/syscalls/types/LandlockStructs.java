package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;

/** landlock_create_ruleset's struct landlock_ruleset_attr and landlock_add_rule's struct landlock_path_beneath_attr. */
public final class LandlockStructs {
    private static final int LANDLOCK_RULE_PATH_BENEATH = 1;

    private LandlockStructs() {
    }

    /**
     * {@code landlock_ruleset_attr[size]}: {@code {handled_access_fs=LANDLOCK_ACCESS_FS_READ_FILE}}; a size below the
     * struct's prints the address, a larger one (a newer struct) adds {@code , ...}.
     */
    public static Pointee rulesetAttr(String size) {
        Pointee known = Pointees.struct("landlock_ruleset_attr", (c, v, out) -> out.append("{handled_access_fs=")
                .append(c.constant("landlock_access_fs", v.get("handled_access_fs"))));
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return known.size(s, arg);
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                long given = c.length(size);
                if (given < data.data().length) {
                    throw new StructReader.Short();
                }
                known.print(c, arg, data, out);
                out.append(given > data.data().length ? ", ...}" : "}");
            }
        };
    }

    /**
     * {@code landlock_rule_attr[rule_type]}: the rule's struct for the rule type strace knows,
     * LANDLOCK_RULE_PATH_BENEATH; for any other type the address.
     */
    public static Pointee ruleAttr(String ruleType) {
        return new Pointee() {
            @Override
            public long size(CaptureSite s, int arg) {
                return s.length(ruleType) == LANDLOCK_RULE_PATH_BENEATH ? PATH_BENEATH.size(s, arg) : 0;
            }

            @Override
            public void print(CallView c, int arg, Capture data, StringBuilder out) {
                if (c.length(ruleType) != LANDLOCK_RULE_PATH_BENEATH) {
                    throw new StructReader.Short();
                }
                PATH_BENEATH.print(c, arg, data, out);
            }
        };
    }

    private static final Pointee PATH_BENEATH = Pointees.struct("landlock_path_beneath_attr", (c, v, out) -> {
        out.append("{allowed_access=").append(c.constant("landlock_access_fs", v.get("allowed_access")))
                .append(", parent_fd=");
        Scalars.fd(c, (int) v.get("parent_fd"), out);
        out.append('}');
    });
}
