package dev.jtrace.record;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.RemoteMemory;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.util.Arrays;

/**
 * Recognises where a launched command begins: the start-up shell's execve of the command's file.
 * The shell may first try other PATH directories (failing execve calls), which are not part of the
 * recording, so the file name is compared with the one the command resolved to.
 */
final class LaunchStart {
    private final byte[] path;
    private final int execve;
    private final byte[] buf;

    LaunchStart(String path, SyscallDescriptions descriptions) {
        this.path = path.getBytes(ArgvEncoding.CHARSET);
        this.execve = descriptions.number(Arch.X86_64, "execve");
        this.buf = new byte[this.path.length + 1];
    }

    /** True at the entry of the shell's execve of the command's file. */
    boolean isCommandExec(Arch arch, int nr, long[] args, RemoteMemory memory) {
        if (arch != Arch.X86_64 || nr != execve) {
            return false;
        }
        int n = memory.read(args[0], buf, 0, buf.length);
        return n == buf.length && buf[path.length] == 0 && Arrays.equals(buf, 0, path.length, path, 0, path.length);
    }
}
