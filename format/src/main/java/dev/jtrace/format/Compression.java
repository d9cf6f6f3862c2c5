package dev.jtrace.format;

import java.util.Locale;

/** The block compression codec of a trace file (the Avro container file codec). */
public enum Compression {
    ZSTANDARD("zstandard"),
    DEFLATE("deflate"),
    SNAPPY("snappy"),
    NULL("null");

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

}
