package dev.jtrace.format.syscalls.types;

import static dev.jtrace.format.syscalls.types.CustomCalls.entry;
import static dev.jtrace.format.syscalls.types.CustomCalls.text;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.structs.StructLayouts;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import dev.jtrace.format.syscalls.types.PointerType.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * semctl, shmctl, msgctl: the last argument is a buffer whose type and direction the command chooses (IPC_STAT
 * fills a struct, IPC_SET reads one, IPC_INFO fills another); any other command's argument prints as an address.
 * The command may carry IPC_64 ({@code IPC_64|IPC_STAT}).
 */
final class IpcCtl implements CustomCall {
    private static final int IPC_64 = 0x100;
    private static final int IPC_SET = 1, IPC_STAT = 2, IPC_INFO = 3;

    /** What the buffer is for one command. */
    private record Buffer(String struct, ArgType type) {
    }

    private final int cmdArg;
    private final String commands;
    private final Map<Integer, Buffer> buffers;

    private IpcCtl(int cmdArg, String commands, Map<Integer, Buffer> buffers) {
        this.cmdArg = cmdArg;
        this.commands = commands;
        this.buffers = buffers;
    }

    private static Buffer out(String struct, Pointee p) {
        return new Buffer(struct, new PointerType(Direction.OUT, p));
    }

    private static Buffer in(String struct, Pointee p) {
        return new Buffer(struct, new PointerType(Direction.IN, p));
    }

    static IpcCtl semctl() {
        Buffer stat = out("semid64_ds", IpcStructs.semid(true));
        Buffer info = out("seminfo", IpcStructs.SEMINFO);
        return new IpcCtl(2, "semctl_cmd", Map.of(IPC_STAT, stat, 18, stat, 20, stat,
                IPC_SET, in("semid64_ds", IpcStructs.semid(false)), IPC_INFO, info, 19, info));
    }

    static IpcCtl shmctl() {
        Buffer stat = out("shmid64_ds", IpcStructs.shmid(true));
        return new IpcCtl(1, "shmctl_cmd", Map.of(IPC_STAT, stat, 13, stat, 15, stat,
                IPC_SET, in("shmid64_ds", IpcStructs.shmid(false)), IPC_INFO, out("shminfo64", IpcStructs.SHMINFO),
                14, out("shm_info", IpcStructs.SHM_INFO)));
    }

    static IpcCtl msgctl() {
        Buffer stat = out("msqid64_ds", IpcStructs.msqid(true));
        Buffer info = out("msginfo", IpcStructs.MSGINFO);
        return new IpcCtl(1, "msgctl_cmd", Map.of(IPC_STAT, stat, 11, stat, 13, stat,
                IPC_SET, in("msqid64_ds", IpcStructs.msqid(false)), IPC_INFO, info, 12, info));
    }

    /** The buffer's type for this call, or null when it is an address (unknown command, or no layout for the ABI). */
    private ArgType buffer(int cmd, Arch arch) {
        Buffer b = buffers.get(cmd & ~IPC_64);
        return b != null && StructLayouts.builtIn().has(b.struct(), arch) ? b.type() : null;
    }

    @Override
    public List<Printed> arguments(CallView c) {
        List<Printed> p = new ArrayList<>();
        for (int i = 0; i < cmdArg; i++) {
            p.add(entry(Integer.toString(c.intArg(i))));
        }
        int cmd = c.intArg(cmdArg);
        p.add(entry(command(c, cmd)));
        int arg = cmdArg + 1;
        ArgType b = buffer(cmd, c.arch());
        if (b == null) {
            p.add(entry(CallView.pointer(c.arg(arg))));
        } else {
            p.add(new Printed(text(b, c, arg), b.printsAtExit()));
        }
        return p;
    }

    /** The command: a split word (constants.def), IPC_64 and the command as two parts as strace prints them. */
    private String command(CallView c, int cmd) {
        return c.constant(commands, cmd & 0xffffffffL);
    }

    @Override
    public void captureAtEntry(CaptureSite s) {
        ArgType b = buffer((int) s.arg(cmdArg), s.arch());
        if (b != null) {
            b.captureAtEntry(s, cmdArg + 1);
        }
    }

    @Override
    public void captureAtExit(CaptureSite s) {
        ArgType b = buffer((int) s.arg(cmdArg), s.arch());
        if (b != null) {
            b.captureAtExit(s, cmdArg + 1);
        }
    }
}
