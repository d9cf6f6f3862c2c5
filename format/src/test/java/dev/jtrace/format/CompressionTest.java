package dev.jtrace.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CompressionTest {
    @Test
    void parsesTheNamesUsersType() {
        assertEquals(Compression.ZSTANDARD, Compression.parse("zstd"));
        assertEquals(Compression.ZSTANDARD, Compression.parse("ZStandard"));
        assertEquals(Compression.DEFLATE, Compression.parse("deflate"));
        assertEquals(Compression.SNAPPY, Compression.parse("snappy"));
        assertEquals(Compression.NULL, Compression.parse("none"));
        assertEquals(Compression.NULL, Compression.parse("null"));
    }

    @Test
    void rejectsOtherNamesWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Compression.parse("gzip"));
        assertEquals("unknown compression 'gzip': expected one of zstd, deflate, snappy, none", e.getMessage());
    }

    @Test
    void avroNamesAreTheCodecNamesInTheFile() {
        assertEquals("zstandard", Compression.ZSTANDARD.avroName());
        assertEquals("deflate", Compression.DEFLATE.avroName());
        assertEquals("snappy", Compression.SNAPPY.avroName());
        assertEquals("null", Compression.NULL.avroName());
    }
}
