package dev.jtrace.format.internal;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import dev.jtrace.format.Compression;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.xerial.snappy.Snappy;

/**
 * Compresses the payload of one Avro container block the way Avro's codec of the same name does, so that any
 * Avro reader (and {@link BlockDecompressor}) reads it. Not thread-safe: one per writer.
 */
public interface BlockCompressor extends AutoCloseable {
    /** Zstandard level 3: near level-9 ratios on traces at a fraction of the CPU cost. */
    int ZSTANDARD_LEVEL = 3;
    int DEFLATE_LEVEL = 6;

    /** The compressed form of {@code data[0, length)}. */
    byte[] compress(byte[] data, int length) throws IOException;

    /** Frees the native memory of the codec, if it has any. */
    @Override
    default void close() {
    }

    static BlockCompressor of(Compression compression) {
        return switch (compression) {
            case ZSTANDARD -> zstandard();
            case DEFLATE -> deflate();
            case SNAPPY -> BlockCompressor::snappy;
            case NULL -> (data, length) -> Arrays.copyOf(data, length);
        };
    }

    /**
     * A zstd frame with its checksum (4 bytes a block), which lets the reader tell a corrupt block from a good one.
     * zstd's native library (unpacked from the jar, then loaded: about 15 ms) is loaded by a thread of its own,
     * so that a recording's start-up does not wait for it; the first block waits if it must.
     */
    private static BlockCompressor zstandard() {
        Thread loader = new Thread(() -> {
            try {
                com.github.luben.zstd.util.Native.load();
            } catch (Throwable t) {
                // the first block fails with the same error, and the writer reports it
            }
        }, "jtrace-zstd-load");
        loader.setDaemon(true);
        loader.start();
        return new BlockCompressor() {
            private ZstdCompressCtx context;

            @Override
            public byte[] compress(byte[] data, int length) {
                if (context == null) {
                    context = new ZstdCompressCtx().setLevel(ZSTANDARD_LEVEL).setChecksum(true);
                }
                byte[] out = new byte[(int) Zstd.compressBound(length)];
                int n = context.compressByteArray(out, 0, out.length, data, 0, length);
                return Arrays.copyOf(out, n);
            }

            @Override
            public void close() {
                if (context != null) {
                    context.close();
                }
            }
        };
    }

    /** Raw deflate (no zlib header), as Avro's deflate codec writes it. */
    private static BlockCompressor deflate() {
        Deflater deflater = new Deflater(DEFLATE_LEVEL, true);
        return new BlockCompressor() {
            @Override
            public byte[] compress(byte[] data, int length) {
                deflater.reset();
                deflater.setInput(data, 0, length);
                deflater.finish();
                byte[] out = new byte[length + length / 1000 + 64];
                int n = 0;
                while (!deflater.finished()) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    n += deflater.deflate(out, n, out.length - n);
                }
                return Arrays.copyOf(out, n);
            }

            @Override
            public void close() {
                deflater.end();
            }
        };
    }

    /** Avro's snappy blocks: the snappy-compressed bytes, then the CRC32 of the uncompressed bytes, big-endian. */
    private static byte[] snappy(byte[] data, int length) throws IOException {
        byte[] out = new byte[Snappy.maxCompressedLength(length) + 4];
        int n = Snappy.compress(data, 0, length, out, 0);
        CRC32 crc = new CRC32();
        crc.update(data, 0, length);
        ByteBuffer.wrap(out, n, 4).putInt((int) crc.getValue());
        return Arrays.copyOf(out, n + 4);
    }
}
