package dev.jtrace.format.internal;

import com.github.luben.zstd.RecyclingBufferPool;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.avro.file.DeflateCodec;
import org.xerial.snappy.Snappy;

/** Undoes the compression of one Avro container block, for the codecs a trace may use. */
@FunctionalInterface
public interface BlockDecompressor {
    ByteBuffer decompress(ByteBuffer block) throws IOException;

    /**
     * The decompressor for an {@code avro.codec} name ({@code null} means uncompressed).
     *
     * @throws IllegalArgumentException for a codec jtrace does not read
     */
    static BlockDecompressor forCodec(String avroName) {
        if (avroName == null) {
            return block -> block;
        }
        return switch (avroName) {
            case "null" -> block -> block;
            case "deflate" -> new DeflateCodec(6)::decompress;
            case "zstandard" -> BlockDecompressor::unzstd;
            case "snappy" -> BlockDecompressor::unsnappy;
            default -> throw new IllegalArgumentException("unsupported Avro codec '" + avroName
                    + "' (jtrace reads zstandard, deflate, snappy and null)");
        };
    }

    /** Avro's snappy blocks: the snappy-compressed bytes, then the CRC32 of the uncompressed bytes (big-endian). */
    private static ByteBuffer unsnappy(ByteBuffer block) throws IOException {
        if (block.remaining() < 4) {
            throw new IOException("snappy block shorter than its checksum");
        }
        byte[] in = new byte[block.remaining()];
        block.duplicate().get(in);
        int compressedLength = in.length - 4;
        if (!Snappy.isValidCompressedBuffer(in, 0, compressedLength)) {
            throw new IOException("snappy block does not decompress");
        }
        byte[] out = new byte[Snappy.uncompressedLength(in, 0, compressedLength)];
        Snappy.uncompress(in, 0, compressedLength, out, 0);
        CRC32 crc = new CRC32();
        crc.update(out);
        int expected = ByteBuffer.wrap(in, compressedLength, 4).getInt();
        if ((int) crc.getValue() != expected) {
            throw new IOException("snappy block fails its CRC32 check");
        }
        return ByteBuffer.wrap(out);
    }

    /**
     * Zstandard frames as Avro writes them (streamed, so without a content size). Avro's own codec copies
     * through small buffers, which measured 3-4 times slower than reading the frame in large chunks.
     */
    private static ByteBuffer unzstd(ByteBuffer block) throws IOException {
        byte[] out = new byte[Math.max(1 << 16, block.remaining() * 4)];
        int size = 0;
        try (var in = new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(block.array(),
                block.arrayOffset() + block.position(), block.remaining()), RecyclingBufferPool.INSTANCE)) {
            for (int n; (n = in.read(out, size, out.length - size)) >= 0; ) {
                size += n;
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
            }
        }
        return ByteBuffer.wrap(out, 0, size);
    }
}
