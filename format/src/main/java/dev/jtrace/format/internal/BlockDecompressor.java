package dev.jtrace.format.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import org.apache.avro.file.DeflateCodec;
import org.apache.avro.file.ZstandardCodec;
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
            case "zstandard" -> new ZstandardCodec(3, false, true)::decompress;
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
}
