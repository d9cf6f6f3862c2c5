package dev.jtrace.record;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the file a command name runs, as strace does before it starts a command: a name with a
 * '/' is used as given; otherwise the first executable regular file named so in a PATH directory.
 */
final class CommandPath {
    private CommandPath() {
    }

    /**
     * The path to execute for {@code name}, spelled as the exec will see it (e.g. "/usr/bin/ls" for "ls").
     *
     * @param path the PATH value (null: the default search path of /bin/sh, which runs the exec)
     * @throws RecordException "Can't stat 'NAME': No such file or directory" when nothing is found
     */
    static String resolve(String name, String path) throws RecordException {
        if (name.isEmpty()) {
            throw notFound(name);
        }
        if (name.indexOf('/') >= 0) {
            if (!Files.exists(Path.of(name))) {
                throw notFound(name);
            }
            return name;
        }
        String dirs = path != null ? path : "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        for (String dir : dirs.split(":", -1)) {
            String candidate = dir.isEmpty() ? name : dir.endsWith("/") ? dir + name : dir + "/" + name;
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return candidate;
            }
        }
        throw notFound(name);
    }

    private static RecordException notFound(String name) {
        return new RecordException("Can't stat '" + name + "': No such file or directory");
    }
}
