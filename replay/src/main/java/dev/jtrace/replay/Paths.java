package dev.jtrace.replay;

import java.util.ArrayDeque;
import java.util.Deque;

/** Lexical path arithmetic on the recorded host's absolute paths (Strings: they need not exist here). */
public final class Paths {
    private Paths() {
    }

    /** {@code path} resolved against the absolute directory {@code base}, with . and .. removed (.. stops at /). */
    public static String resolve(String base, String path) {
        String joined = path.startsWith("/") ? path : base + "/" + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    /** The parent of a normalized absolute path ({@code /} for {@code /} itself). */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** The last component of a normalized absolute path. */
    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
