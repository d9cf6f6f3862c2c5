package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Capture;
import dev.jtrace.format.decode.StringQuoter;

/** String and buffer types: str, path, ibuf[len], obuf[len], obufx[len], argv, envp. */
public final class Strings {
    private Strings() {
    }

    /** Prints a captured string/buffer limited by -s (paths are never cut: {@code limit} < 0). */
    public static void quoted(CallView c, Capture cap, long available, boolean nulTerminated, boolean forceHex,
                              int limit, StringBuilder out) {
        byte[] d = cap.data();
        long full = nulTerminated ? (cap.length() < 0 ? Long.MAX_VALUE : cap.length()) : available;
        int shown = (int) Math.min(d.length, Math.min(full, limit < 0 ? Long.MAX_VALUE : limit));
        boolean cut = full > shown;
        StringQuoter.quote(d, shown, cut, c.options().hexStrings(), forceHex, out);
    }

    /** A NUL-terminated string: -s limited ({@code str}) or whole ({@code path}). */
    public static ArgType string(boolean path) {
        return new ArgType() {
            @Override
            public void captureAtEntry(CaptureSite s, int i) {
                if (s.arg(i) != 0) {
                    s.string(i, "", s.arg(i), path ? CaptureSite.PATH_MAX : s.snap());
                }
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                printString(c, c.arg(i), c.entryCapture(i, ""), path, out);
            }
        };
    }

    static void printString(CallView c, long address, Capture cap, boolean path, StringBuilder out) {
        if (address == 0) {
            out.append("NULL");
        } else if (cap == null || !cap.readable()) {
            out.append(CallView.pointer(address));
        } else {
            quoted(c, cap, cap.length(), true, false, path ? -1 : c.options().stringLimit(), out);
        }
    }

    /** {@code ibuf[len]}: bytes passed in, {@code len} long. */
    public static ArgType inputBuffer(String len) {
        return new ArgType() {
            @Override
            public void captureAtEntry(CaptureSite s, int i) {
                if (s.arg(i) != 0) {
                    s.bytes(i, "", s.arg(i), s.length(len));
                }
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                buffer(c, c.entryCapture(i, ""), c.arg(i), c.length(len), false, out);
            }
        };
    }

    /** {@code opath[len]}: a NUL-terminated path the kernel wrote into {@code len} bytes (getcwd), never cut. */
    public static ArgType outputPath(String len) {
        return new ArgType() {
            @Override
            public boolean printsAtExit() {
                return true;
            }

            @Override
            public void captureAtExit(CaptureSite s, int i) {
                if (s.arg(i) != 0 && !s.failed()) {
                    s.bytes(i, "", s.arg(i), s.length(len), CaptureSite.PATH_MAX);
                }
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                Capture cap = c.exitCapture(i, "");
                if (!c.succeeded() || cap == null || !cap.readable()) {
                    out.append(CallView.pointer(c.arg(i)));
                    return;
                }
                byte[] d = cap.data();
                int n = 0;
                while (n < d.length && d[n] != 0) {
                    n++;
                }
                StringQuoter.quote(d, n, false, c.options().hexStrings(), false, out);
            }
        };
    }

    /** {@code obuf[len]} / {@code obufx[len]}: bytes the kernel filled, printed only on success. */
    public static ArgType outputBuffer(String len, boolean forceHex) {
        return new ArgType() {
            @Override
            public boolean printsAtExit() {
                return true;
            }

            @Override
            public void captureAtExit(CaptureSite s, int i) {
                if (s.arg(i) != 0 && !s.failed()) {
                    s.bytes(i, "", s.arg(i), s.length(len));
                }
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                if (!c.succeeded()) {
                    out.append(CallView.pointer(c.arg(i)));
                } else {
                    buffer(c, c.exitCapture(i, ""), c.arg(i), c.length(len), forceHex, out);
                }
            }
        };
    }

    static void buffer(CallView c, Capture cap, long address, long len, boolean forceHex, StringBuilder out) {
        if (address == 0) {
            out.append("NULL");
        } else if (len == 0) {
            out.append("\"\"");
        } else if (cap == null || !cap.readable() || cap.data().length < Math.min(len, c.options().stringLimit())) {
            out.append(CallView.pointer(address));
        } else {
            quoted(c, cap, len, false, forceHex, c.options().stringLimit(), out);
        }
    }

    /**
     * {@code argv}/{@code envp}: a NULL-terminated array of string pointers; the array is captured at
     * path "" (the pointers) and each string at "[i]". envp prints as {@code 0x... /* N vars *}{@code /}
     * unless -v.
     */
    public static ArgType stringArray(boolean environment) {
        return new ArgType() {
            @Override
            public void captureAtEntry(CaptureSite s, int i) {
                long base = s.arg(i);
                if (base == 0) {
                    return;
                }
                int word = s.arch() == dev.jtrace.format.Arch.I386 ? 4 : 8;
                Capture ptrs = s.bytes(i, "", base, (long) word * 4096, (long) word * 4096);
                StructReader r = new StructReader(ptrs.data(), s.arch());
                for (int k = 0; (k + 1) * word <= r.size(); k++) {
                    long p = r.word(k * word);
                    if (p == 0) {
                        return;
                    }
                    s.string(i, "[" + k + "]", p, s.snap());
                }
            }

            @Override
            public void print(CallView c, int i, StringBuilder out) {
                long base = c.arg(i);
                Capture ptrs = c.entryCapture(i, "");
                if (base == 0 || ptrs == null || !ptrs.readable()) {
                    out.append(CallView.pointer(base));
                    return;
                }
                StructReader r = new StructReader(ptrs.data(), c.arch());
                int word = c.wordSize();
                int count = 0;
                while ((count + 1) * word <= r.size() && r.word(count * word) != 0) {
                    count++;
                }
                if (environment && !c.options().verbose()) {
                    out.append(CallView.pointer(base)).append(" /* ").append(count)
                            .append(count == 1 ? " var */" : " vars */");
                    return;
                }
                out.append('[');
                int limit = c.options().stringLimit();
                for (int k = 0; k < count; k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    if (k >= limit) {
                        out.append("...");
                        break;
                    }
                    printString(c, r.word(k * word), c.entryCapture(i, "[" + k + "]"), false, out);
                }
                out.append(']');
            }
        };
    }
}
