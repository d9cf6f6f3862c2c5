package dev.jtrace.replay.diff;

import dev.jtrace.replay.Call;

/**
 * A call written so that two runs of the same program give the same text: fds by provenance, and pids,
 * addresses, times and random bytes as {@code *}.
 */
public record NormalizedCall(Call call, String text) {
}
