package dev.jtrace.replay.engine;

import dev.jtrace.record.inject.HostException;
import dev.jtrace.record.inject.SyscallHost;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A {@link SyscallHost} confined to a replay root, with scratch memory for arguments. With {@code chroot}
 * (needs root) the host enters a private mount namespace and chroots into the root, so the kernel resolves
 * every path, symlink and {@code ..} inside it; without, it only changes into the root and the replayer
 * rewrites absolute paths. Either way it then drops CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER,
 * so file permission bits count as for an ordinary owner.
 */
final class SandboxedHost implements AutoCloseable {
    private static final int MMAP = 9;
    private static final int MUNMAP = 11;
    private static final int CHDIR = 80;
    private static final int CAPGET = 125;
    private static final int CAPSET = 126;
    private static final int CHROOT = 161;
    private static final int MOUNT = 165;
    private static final int UNSHARE = 272;
    private static final long CLONE_NEWNS = 0x20000;
    private static final long MS_REC = 0x4000;
    private static final long MS_PRIVATE = 0x40000;
    private static final int CAPABILITY_VERSION_3 = 0x20080522;
    private static final int DAC_CAPS = (1 << 1) | (1 << 2) | (1 << 3);
    private static final int INITIAL_SCRATCH = 1 << 20;

    final SyscallHost host;
    final boolean chrooted;
    final Path root;
    private long scratch;
    private long scratchSize;

    private SandboxedHost(SyscallHost host, boolean chrooted, Path root) {
        this.host = host;
        this.chrooted = chrooted;
        this.root = root;
    }

    /**
     * Starts a host confined to {@code root}, in the directory {@code cwd} (a recorded absolute path, taken
     * inside the root) when that exists there, else at the top of the root.
     */
    static SandboxedHost start(Path root, boolean chroot, String cwd) throws HostException {
        SyscallHost h = SyscallHost.start();
        SandboxedHost s = new SandboxedHost(h, chroot, root);
        try {
            s.ensureScratch(INITIAL_SCRATCH);
            if (chroot) {
                s.check("unshare(CLONE_NEWNS)", h.syscall(UNSHARE, CLONE_NEWNS));
                s.check("mount(/, MS_REC|MS_PRIVATE)", h.syscall(MOUNT, 0, s.string("/", 0), 0, MS_REC | MS_PRIVATE, 0));
                s.check("chroot(" + root + ")", h.syscall(CHROOT, s.string(root.toString(), 0)));
                s.check("chdir(/)", h.syscall(CHDIR, s.string("/", 0)));
            } else {
                s.check("chdir(" + root + ")", h.syscall(CHDIR, s.string(root.toString(), 0)));
            }
            if (!cwd.equals("/")) {
                String dir = chroot ? cwd : InitialState.inRoot(root, cwd).toString();
                h.syscall(CHDIR, s.string(dir, 0));   // a directory the replay has not made (yet) leaves it at the top
            }
            s.dropDacCapabilities();
        } catch (HostException | RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** The base of at least {@code size} bytes of scratch memory in the host (valid until the next call). */
    long scratch(long size) throws HostException {
        ensureScratch(size);
        return scratch;
    }

    @Override
    public void close() {
        host.close();
    }

    private void ensureScratch(long size) throws HostException {
        if (size <= scratchSize) {
            return;
        }
        long want = Math.max(size, scratchSize * 2);
        want = (want + 4095) & ~4095L;
        long addr = host.syscall(MMAP, 0, want, 3, 0x22, -1, 0);
        check("mmap of " + want + " bytes of scratch memory", addr);
        if (scratchSize > 0) {
            host.syscall(MUNMAP, scratch, scratchSize);
        }
        scratch = addr;
        scratchSize = want;
    }

    private long string(String s, long offset) throws HostException {
        byte[] b = (s + "\0").getBytes(StandardCharsets.UTF_8);
        host.write(scratch + offset, b);
        return scratch + offset;
    }

    private void dropDacCapabilities() throws HostException {
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(CAPABILITY_VERSION_3).putInt(0);
        host.write(scratch, header.array());
        check("capget", host.syscall(CAPGET, scratch, scratch + 8));
        ByteBuffer data = ByteBuffer.wrap(host.read(scratch + 8, 24)).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(0, data.getInt(0) & ~DAC_CAPS);
        host.write(scratch, header.array());
        host.write(scratch + 8, data.array());
        check("capset", host.syscall(CAPSET, scratch, scratch + 8));
    }

    private void check(String what, long result) throws HostException {
        if (result < 0 && result > -4096) {
            throw new HostException("sandbox setup: " + what + " failed with errno " + (-result));
        }
    }
}
