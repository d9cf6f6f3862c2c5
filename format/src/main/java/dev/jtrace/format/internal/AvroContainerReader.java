package dev.jtrace.format.internal;

import dev.jtrace.format.internal.PositionedInput.MalformedContainerException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the framing of an Avro object container file block by block, keeping only one block in memory,
 * and tells a clean end from a truncated or corrupt file (which Avro's own readers do not).
 *
 * <p>Layout: magic {@code Obj\1}, a map of metadata (string keys, bytes values), a 16-byte sync marker;
 * then blocks, each a record count, a byte size, that many (compressed) bytes, and the sync marker again.
 */
public final class AvroContainerReader implements Closeable {
    private static final byte[] MAGIC = {'O', 'b', 'j', 1};
    private static final int SYNC_SIZE = 16;
    private static final long MAX_BLOCK_SIZE = Integer.MAX_VALUE - 16;

    /** One block as stored: {@code count} records, still compressed. */
    public record Block(int index, long offset, long count, ByteBuffer data) {
    }

    /** The file is not a complete Avro container header. */
    public static final class HeaderException extends IOException {
        HeaderException(String message) {
            super(message);
        }
    }

    /** A block that cannot be used: the file is cut inside it, or it is corrupt. */
    public static final class DamageException extends IOException {
        private final boolean truncation;

        DamageException(String message, boolean truncation) {
            super(message);
            this.truncation = truncation;
        }

        /** True when the file ends inside the block (rather than the block being corrupt). */
        public boolean truncation() {
            return truncation;
        }
    }

    private final FileChannel channel;
    private final PositionedInput in;
    private final Map<String, byte[]> metadata;
    private final byte[] sync;
    private int blocksRead;

    private AvroContainerReader(FileChannel channel, PositionedInput in, Map<String, byte[]> metadata, byte[] sync) {
        this.channel = channel;
        this.in = in;
        this.metadata = metadata;
        this.sync = sync;
    }

    /** Reads the header. The reader owns the channel from then on (also when this throws). */
    public static AvroContainerReader open(FileChannel channel) throws IOException {
        PositionedInput in = new PositionedInput(channel);
        try {
            checkMagic(in, channel.size());
            Map<String, byte[]> metadata = readMetadata(in);
            byte[] sync = new byte[SYNC_SIZE];
            in.readFully(sync);
            return new AvroContainerReader(channel, in, metadata, sync);
        } catch (EOFException e) {
            in.close();
            throw new HeaderException("incomplete trace: the file ends at byte " + in.position()
                    + ", inside the header (recording interrupted as it began?)");
        } catch (MalformedContainerException e) {
            in.close();
            throw new HeaderException("corrupt trace: its header is malformed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static void checkMagic(PositionedInput in, long size) throws IOException {
        if (size == 0) {
            throw new HeaderException("empty file, not a jtrace trace");
        }
        for (byte expected : MAGIC) {
            if (in.position() == size) {
                throw new EOFException();
            }
            if (in.readByte() != expected) {
                throw new HeaderException("not a jtrace trace (not an Avro object container file)");
            }
        }
    }

    private static Map<String, byte[]> readMetadata(PositionedInput in) throws IOException {
        Map<String, byte[]> metadata = new LinkedHashMap<>();
        for (long count = in.readVarLong(); count != 0; count = in.readVarLong()) {
            if (count < 0) {
                count = -count;
                in.readVarLong(); // the byte size of the entries, which we do not need
            }
            for (long i = 0; i < count; i++) {
                String key = new String(readBytes(in), StandardCharsets.UTF_8);
                metadata.put(key, readBytes(in));
            }
        }
        return Collections.unmodifiableMap(metadata);
    }

    private static byte[] readBytes(PositionedInput in) throws IOException {
        long length = in.readVarLong();
        if (length < 0) {
            throw new MalformedContainerException("negative length before byte " + in.position());
        }
        if (length > in.remaining()) {
            throw new EOFException();
        }
        byte[] bytes = new byte[(int) length];
        in.readFully(bytes);
        return bytes;
    }

    /** The file metadata (keys such as {@code avro.schema}, {@code avro.codec}, {@code jtrace.*}). */
    public Map<String, byte[]> metadata() {
        return metadata;
    }

    /** A metadata value as UTF-8 text, or null when absent. */
    public String metadataString(String key) {
        byte[] value = metadata.get(key);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** Number of complete blocks returned so far. */
    public int blocksRead() {
        return blocksRead;
    }

    /** Offset of the first byte after the last complete block (or after the header). */
    public long position() {
        return in.position();
    }

    /**
     * The next complete block, or null at the end of the file.
     *
     * @throws DamageException when the file ends inside the next block or the block is corrupt; the
     *                         blocks returned before remain good
     */
    public Block nextBlock() throws IOException {
        if (in.atEnd()) {
            return null;
        }
        long offset = in.position();
        int index = blocksRead;
        try {
            long count = in.readVarLong();
            long size = in.readVarLong();
            if (count < 0 || size < 0 || size > MAX_BLOCK_SIZE) {
                throw corrupt(offset, index, "has an impossible record count " + count + " or size " + size);
            }
            if (size + SYNC_SIZE > in.remaining()) {
                throw new EOFException();
            }
            byte[] data = new byte[(int) size];
            in.readFully(data);
            byte[] marker = new byte[SYNC_SIZE];
            in.readFully(marker);
            if (!Arrays.equals(marker, sync)) {
                throw corrupt(offset, index, "is not followed by the file's sync marker");
            }
            blocksRead++;
            return new Block(index, offset, count, ByteBuffer.wrap(data));
        } catch (EOFException e) {
            throw new DamageException("trace is truncated at byte " + channel.size() + ": the last block (from byte "
                    + offset + ") is incomplete (recording interrupted?)", true);
        } catch (MalformedContainerException e) {
            throw corrupt(offset, index, "has a malformed header (" + e.getMessage() + ")");
        }
    }

    /** The message for a block that is complete but cannot be used. */
    public static DamageException corrupt(long offset, int index, String why) {
        return new DamageException("trace is corrupt at byte " + offset + ": block " + index + " " + why, false);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
