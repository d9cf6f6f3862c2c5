package dev.jtrace.cli.difftest;

/**
 * Hides the environment argument of {@code execve}/{@code execveat} lines. The environment a traced command
 * gets is the tracer's plumbing, not its decoding: a launcher script in front of jtrace adds {@code SHLVL} and
 * {@code _} and reorders the variables, which would otherwise show in every exec of the workload
 * ({@code 0x7ffe... /* 23 vars *}{@code /} or, with {@code -v}, the whole list).
 */
final class ExecveEnvironment {
    private ExecveEnvironment() {
    }

    /** The line with the environment argument replaced by {@code ENV}; other lines unchanged. */
    static String hide(String line) {
        int argsStart;
        int envIndex;
        if (line.startsWith("execve(")) {
            argsStart = "execve(".length();
            envIndex = 2;
        } else if (line.startsWith("execveat(")) {
            argsStart = "execveat(".length();
            envIndex = 3;
        } else {
            return line;
        }
        int start = argsStart;
        for (int i = 0; i < envIndex; i++) {
            start = endOfArgument(line, start);
            if (start < 0 || !line.startsWith(", ", start)) {
                return line;
            }
            start += 2;
        }
        int end = endOfArgument(line, start);
        return end < 0 ? line : line.substring(0, start) + "ENV" + line.substring(end);
    }

    /** Index just after the argument starting at {@code i}: before the next top-level ',' or ')'; -1 if none. */
    private static int endOfArgument(String s, int i) {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i + 1);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static int endOfString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
