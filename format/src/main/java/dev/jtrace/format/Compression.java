package dev.jtrace.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.zip.CRC32;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DeflateCodec;
import org.apache.avro.file.ZstandardCodec;
import org.xerial.snappy.Snappy;

/** The block compression codec of a trace file (the Avro container file codec). */
public enum Compression {
    ZSTANDARD("zstandard"),
    DEFLATE("deflate"),
    SNAPPY("snappy"),
    NULL("null");

    /** Zstandard level 3: near level-9 ratios on traces at a fraction of the CPU cost. */
    private static final int ZSTANDARD_LEVEL = 3;
    private static final int DEFLATE_LEVEL = 6;

    private final String avroName;

    Compression(String avroName) {
        this.avroName = avroName;
    }

    /** The codec name as stored in the file's {@code avro.codec} metadata. */
    public String avroName() {
        return avroName;
    }

    /**
     * The codec named by a user: {@code zstd}/{@code zstandard}, {@code deflate}, {@code snappy}, {@code null}/{@code none}
     * (case-insensitive).
     */
    public static Compression parse(String name) {
        switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "zstd", "zstandard" -> {
                return ZSTANDARD;
            }
            case "deflate" -> {
                return DEFLATE;
            }
            case "snappy" -> {
                return SNAPPY;
            }
            case "null", "none" -> {
                return NULL;
            }
            default -> throw new IllegalArgumentException("unknown compression '" + name
                    + "': expected one of zstd, deflate, snappy, none");
        }
    }

    /** The codec of a file whose {@code avro.codec} metadata is {@code avroName}; absent means null. */
    static Compression ofAvroName(String avroName) {
        if (avroName == null) {
            return NULL;
        }
        for (Compression c : values()) {
            if (c.avroName.equals(avroName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unsupported Avro codec '" + avroName
                + "' (jtrace reads zstandard, deflate, snappy and null)");
    }

    CodecFactory codecFactory() {
        return switch (this) {
            // The zstd frame checksum (4 bytes a block) lets the reader tell a corrupt block from a good one.
            case ZSTANDARD -> CodecFactory.zstandardCodec(ZSTANDARD_LEVEL, true, true);
            case DEFLATE -> CodecFactory.deflateCodec(DEFLATE_LEVEL);
            case SNAPPY -> CodecFactory.snappyCodec();
            case NULL -> CodecFactory.nullCodec();
        };
    }

    /** The compressed form of no bytes at all: the payload of the empty block that ends a trace. */
    byte[] compressedEmpty() throws IOException {
        ByteBuffer empty = ByteBuffer.allocate(0);
        ByteBuffer compressed = switch (this) {
            case ZSTANDARD -> new ZstandardCodec(ZSTANDARD_LEVEL, true, false).compress(empty);
            case DEFLATE -> new DeflateCodec(DEFLATE_LEVEL).compress(empty);
            case SNAPPY -> {
                // Avro's snappy blocks: compressed bytes, then the CRC32 of the uncompressed bytes, big-endian
                byte[] snappy = Snappy.compress(new byte[0]);
                ByteBuffer b = ByteBuffer.allocate(snappy.length + 4).put(snappy);
                b.putInt((int) new CRC32().getValue());
                yield b.flip();
            }
            case NULL -> empty;
        };
        byte[] bytes = new byte[compressed.remaining()];
        compressed.get(bytes);
        return bytes;
    }
}
