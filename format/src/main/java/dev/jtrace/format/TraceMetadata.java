package dev.jtrace.format;

import java.util.List;

/**
 * What a trace file says about its recording (stored as Avro file metadata, keys {@code jtrace.*}).
 *
 * @param formatVersion       the trace format version (see format/README.md)
 * @param jtraceVersion       the recorder's version
 * @param hostname            uname nodename
 * @param kernelRelease       uname release
 * @param machine             uname machine
 * @param command             the command line that was run, empty when attaching
 * @param attachedPids        the pids given with -p, empty when running a command
 * @param startRealtimeNs     CLOCK_REALTIME ns at the start of the recording
 * @param startMonotonicNs    CLOCK_MONOTONIC ns of the same instant (stop times are CLOCK_MONOTONIC)
 * @param recorderPid         the recorder's pid
 * @param recorderPidNs       inode number of the recorder's pid namespace
 * @param snapLength          the capture snap length in bytes
 * @param followForks         -f: children were followed
 * @param descriptionsHash    sha-256 (hex) of the syscall description table used for capture
 */
public record TraceMetadata(int formatVersion, String jtraceVersion, String hostname, String kernelRelease,
                            String machine, List<String> command, List<Integer> attachedPids,
                            long startRealtimeNs, long startMonotonicNs, int recorderPid, long recorderPidNs,
                            int snapLength, boolean followForks, String descriptionsHash) {
    public static final int CURRENT_FORMAT_VERSION = 2;

    public TraceMetadata {
        command = List.copyOf(command);
        attachedPids = List.copyOf(attachedPids);
    }
}
