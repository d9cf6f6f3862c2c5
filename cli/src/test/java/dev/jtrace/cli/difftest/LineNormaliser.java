package dev.jtrace.cli.difftest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites what legitimately differs between two traced runs of the same deterministic command into fixed
 * tokens, so that equal behaviour gives equal lines. The rules are those of {@code /work/shared/bin/strace-diff}
 * plus a few for values that are clocks in disguise (microseconds, {@code time()}, {@code times()},
 * {@code sysinfo} load figures) and the environment passed to {@code execve} (see {@link ExecveEnvironment}).
 * Process ids are handled by {@link StraceText}, which knows the process tree.
 */
public final class LineNormaliser {
    private record Rule(Pattern pattern, String replacement) {
        String apply(String s) {
            return pattern.matcher(s).replaceAll(replacement);
        }
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }

    private static final List<Rule> RULES = List.of(
            rule("\\s+<\\d+\\.\\d+>$", ""),                                         // -T
            rule("^(\\d+:\\d+:\\d+(\\.\\d+)?|\\d+\\.\\d+)\\s+", ""),                // -t/-tt/-ttt/-r
            rule("\\s{2,}= ", " = "),                                               // column alignment
            rule("(pipe|socket|anon_inode:\\[?\\w*\\]?):\\[\\d+\\]", "$1:[INODE]"),
            rule("(si_utime|si_stime)=\\d+", "$1=N"),
            rule("^(getrandom\\()\"[^\"]*\"(\\.\\.\\.)?", "$1\"RANDOM\""),
            rule("(tv_sec|tv_nsec|st_[amc]time(_nsec)?|stx_[abcm]time)=[\\w.:+-]+", "$1=T"),
            rule("0x[0-9a-f]{9,}", "0xADDR"),
            rule("port=htons\\((3[2-9]\\d{3}|[4-6]\\d{4})\\)", "port=htons(EPHEMERAL)"),
            // -yy socket details: inodes, ephemeral ports, netlink port ids (a pid)
            rule("((?:UNIX|UNIX-STREAM|TCP|UDP|TCPv6|UDPv6|UDPLITEv6|RAW|RAWv6|NETLINK):\\[)\\d+(?=]|->|,)",
                    "$1INODE"),
            rule("(:\\[INODE)->\\d+", "$1->INODE"),
            rule("(NETLINK:\\[\\w+:)\\d+]", "$1PORTID]"),
            rule(":(3[2-9]\\d{3}|[4-6]\\d{4})(?=]|->)", ":EPHEMERAL"),
            // beyond strace-diff: clocks that strace prints without a tv_sec/tv_nsec name
            rule("tv_usec=\\d+", "tv_usec=T"),
            rule("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?[+-]\\d{4}", "DATE"),
            rule("^(time\\((NULL|\\[\\d+[^\\]]*\\]|0x\\w+)\\)) = \\d+.*$", "$1 = T"),
            rule("^time\\(\\[\\d+", "time([T"),
            rule("(tms_[cs]?[us]time)=\\d+", "$1=N"),
            rule("^(times\\(.*\\)) = \\d+$", "$1 = T"),
            rule("(?<=^(add_key|keyctl|request_key)\\(.{0,300})\\b\\d{7,}\\b", "SERIAL"),   // key serials are random
            rule("(uptime|loads|freeram|sharedram|bufferram|freeswap|procs)=(\\[[^\\]]*\\]|\\d+)", "$1=N"),
            rule("((?:sem|shm|msg)_[acdorst]time)=\\d+", "$1=T"));                // SysV IPC object times

    private LineNormaliser() {
    }

    /** The line (already without its pid column) with every run-dependent value replaced by a token. */
    public static String normalise(String line) {
        String s = ExecveEnvironment.hide(line);
        for (Rule r : RULES) {
            s = r.apply(s);
        }
        return s;
    }
}
