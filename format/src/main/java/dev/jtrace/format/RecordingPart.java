package dev.jtrace.format;

import java.util.Map;
import java.util.UUID;

/**
 * Which part of a recording a trace file holds, when the recorder split the recording into several files
 * (jtrace record --max-size): stored as the file metadata {@code jtrace.recording.id} and
 * {@code jtrace.part.index}. Every part of one recording has the same id and the same {@link TraceMetadata}.
 *
 * @param recordingId a random id shared by every part of one recording
 * @param index       the part's position in the recording, from 0
 */
public record RecordingPart(String recordingId, int index) {
    public static final String RECORDING_ID_KEY = "jtrace.recording.id";
    public static final String PART_INDEX_KEY = "jtrace.part.index";

    public RecordingPart {
        if (recordingId == null || recordingId.isEmpty()) {
            throw new IllegalArgumentException("a recording id is required");
        }
        if (index < 0) {
            throw new IllegalArgumentException("part index must not be negative: " + index);
        }
    }

    /** Part 0 of a new recording with a fresh random id. */
    public static RecordingPart first() {
        return new RecordingPart(UUID.randomUUID().toString(), 0);
    }

    /** The part after this one. */
    public RecordingPart next() {
        return new RecordingPart(recordingId, index + 1);
    }

    Map<String, String> toMetadata() {
        return Map.of(RECORDING_ID_KEY, recordingId, PART_INDEX_KEY, Integer.toString(index));
    }

    /** The part described by file metadata, or null when it has neither key (a recording in one file). */
    static RecordingPart fromMetadata(String id, String index) {
        if (id == null && index == null) {
            return null;
        }
        if (id == null || index == null) {
            throw new IllegalArgumentException("it has " + (id == null ? PART_INDEX_KEY + " without " + RECORDING_ID_KEY
                    : RECORDING_ID_KEY + " without " + PART_INDEX_KEY));
        }
        try {
            return new RecordingPart(id, Integer.parseInt(index.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the metadata " + PART_INDEX_KEY + "='" + index + "' is malformed");
        }
    }
}
