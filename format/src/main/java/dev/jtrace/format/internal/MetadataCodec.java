package dev.jtrace.format.internal;

import dev.jtrace.format.TraceMetadata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link TraceMetadata} as the text values of the Avro file metadata keys {@code jtrace.*}
 * (documented in format/README.md).
 */
public final class MetadataCodec {
    public static final String FORMAT_VERSION = "jtrace.format.version";
    public static final String JTRACE_VERSION = "jtrace.version";
    public static final String HOSTNAME = "jtrace.hostname";
    public static final String KERNEL_RELEASE = "jtrace.kernel.release";
    public static final String MACHINE = "jtrace.machine";
    public static final String COMMAND = "jtrace.command";
    public static final String ATTACHED_PIDS = "jtrace.attached.pids";
    public static final String START_REALTIME_NS = "jtrace.start.realtime.ns";
    public static final String START_MONOTONIC_NS = "jtrace.start.monotonic.ns";
    public static final String RECORDER_PID = "jtrace.recorder.pid";
    public static final String RECORDER_PIDNS = "jtrace.recorder.pidns";
    public static final String SNAP_LENGTH = "jtrace.snaplen";
    public static final String FOLLOW_FORKS = "jtrace.follow.forks";
    public static final String DESCRIPTIONS_HASH = "jtrace.descriptions.sha256";

    private MetadataCodec() {
    }

    public static Map<String, String> toMap(TraceMetadata m) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(FORMAT_VERSION, Integer.toString(m.formatVersion()));
        map.put(JTRACE_VERSION, required(m.jtraceVersion(), "jtraceVersion"));
        map.put(HOSTNAME, required(m.hostname(), "hostname"));
        map.put(KERNEL_RELEASE, required(m.kernelRelease(), "kernelRelease"));
        map.put(MACHINE, required(m.machine(), "machine"));
        map.put(COMMAND, JsonArrays.ofStrings(m.command()));
        map.put(ATTACHED_PIDS, JsonArrays.ofInts(m.attachedPids()));
        map.put(START_REALTIME_NS, Long.toString(m.startRealtimeNs()));
        map.put(START_MONOTONIC_NS, Long.toString(m.startMonotonicNs()));
        map.put(RECORDER_PID, Integer.toString(m.recorderPid()));
        map.put(RECORDER_PIDNS, Long.toString(m.recorderPidNs()));
        map.put(SNAP_LENGTH, Integer.toString(m.snapLength()));
        map.put(FOLLOW_FORKS, Boolean.toString(m.followForks()));
        map.put(DESCRIPTIONS_HASH, required(m.descriptionsHash(), "descriptionsHash"));
        return map;
    }

    private static String required(String value, String component) {
        if (value == null) {
            throw new NullPointerException("TraceMetadata." + component + " is null");
        }
        return value;
    }

    /**
     * The metadata stored in {@code map}.
     *
     * @throws IllegalArgumentException naming the first key that is missing or whose value is malformed
     */
    public static TraceMetadata fromMap(Map<String, String> map) {
        return new TraceMetadata(
                parseInt(map, FORMAT_VERSION),
                text(map, JTRACE_VERSION),
                text(map, HOSTNAME),
                text(map, KERNEL_RELEASE),
                text(map, MACHINE),
                parse(map, COMMAND, JsonArrays::toStrings),
                parse(map, ATTACHED_PIDS, JsonArrays::toInts),
                parseLong(map, START_REALTIME_NS),
                parseLong(map, START_MONOTONIC_NS),
                parseInt(map, RECORDER_PID),
                parseLong(map, RECORDER_PIDNS),
                parseInt(map, SNAP_LENGTH),
                parse(map, FOLLOW_FORKS, MetadataCodec::parseBoolean),
                text(map, DESCRIPTIONS_HASH));
    }

    private static String text(Map<String, String> map, String key) {
        String value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the metadata key " + key + " is missing");
        }
        return value;
    }

    private static int parseInt(Map<String, String> map, String key) {
        return parse(map, key, Integer::parseInt);
    }

    private static long parseLong(Map<String, String> map, String key) {
        return parse(map, key, Long::parseLong);
    }

    private static boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    private static <T> T parse(Map<String, String> map, String key, java.util.function.Function<String, T> parser) {
        String value = text(map, key);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the metadata " + key + "=" + abbreviate(value) + " is malformed");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? "'" + value + "'" : "'" + value.substring(0, 40) + "...'";
    }
}
