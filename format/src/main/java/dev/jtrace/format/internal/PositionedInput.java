package dev.jtrace.format.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * A buffered reader of a file that knows the offset of the next byte, and reads Avro's zig-zag varints.
 * Reading past the current end of the file throws {@link EOFException}; a file that grows (a live trace)
 * can be read further after more data arrives.
 */
final class PositionedInput implements Closeable {
    private static final int BUFFER_SIZE = 1 << 16;

    private final FileChannel channel;
    private final InputStream in;
    private long position;

    PositionedInput(FileChannel channel) {
        this.channel = channel;
        this.in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER_SIZE);
    }

    /** Offset in the file of the next byte to read. */
    long position() {
        return position;
    }

    /** Bytes in the file after the next byte to read, as of now. */
    long remaining() throws IOException {
        return channel.size() - position;
    }

    /** True when the file holds no byte after the last one read. */
    boolean atEnd() throws IOException {
        in.mark(1);
        int b = in.read();
        in.reset();
        return b < 0;
    }

    int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("end of file at byte " + position);
        }
        position++;
        return b;
    }

    void readFully(byte[] buffer) throws IOException {
        int done = 0;
        while (done < buffer.length) {
            int n = in.read(buffer, done, buffer.length - done);
            if (n < 0) {
                throw new EOFException("end of file at byte " + position);
            }
            done += n;
            position += n;
        }
    }

    /** An Avro {@code long}: zig-zag varint, at most 10 bytes. */
    long readVarLong() throws IOException {
        long raw = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = readByte();
            raw |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw new MalformedContainerException("malformed varint before byte " + position);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The bytes follow the framing of an Avro container file but make no sense there. */
    static final class MalformedContainerException extends IOException {
        MalformedContainerException(String message) {
            super(message);
        }
    }
}
