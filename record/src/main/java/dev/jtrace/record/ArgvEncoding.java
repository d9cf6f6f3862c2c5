package dev.jtrace.record;

import java.nio.charset.Charset;

/** The charset the JVM decoded its own command line with, used to turn Java strings back into C strings. */
final class ArgvEncoding {
    static final Charset CHARSET = charset();

    private ArgvEncoding() {
    }

    private static Charset charset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name != null ? Charset.forName(name) : Charset.defaultCharset();
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
