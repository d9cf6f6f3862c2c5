package dev.jtrace.format.syscalls.types;

import dev.jtrace.format.Arch;
import dev.jtrace.format.decode.DescribedDecoder;
import dev.jtrace.format.syscalls.DescribedSyscall;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import dev.jtrace.format.syscalls.types.CustomCall.Printed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A call another call carries (socketcall's socket, ipc's semget, old select's select): printed by the carried
 * call's description in {@code abi}, with the arguments the carrier holds for it, as strace prints it.
 *
 * @param name      the name strace prints
 * @param abi       the ABI whose description of {@code described} applies
 * @param described the description's name ({@code sendto} for socketcall's {@code send}, which has no number)
 * @param count     how many of the description's arguments the call has (send: sendto's first four)
 * @param replaced  argument types that differ from the description's, by position (printed without the
 *                  description's custom code)
 */
record Subcall(String name, Arch abi, String described, int count, Map<Integer, ArgType> replaced) {
    Subcall(String name, Arch abi, String described, int count) {
        this(name, abi, described, count, Map.of());
    }

    private DescribedSyscall description() {
        SyscallDescriptions all = SyscallDescriptions.builtIn();
        for (Arch a : List.of(abi, abi == Arch.I386 ? Arch.X86_64 : Arch.I386)) {
            DescribedSyscall s = all.described(a, all.number(a, described));
            if (s != null && s.description().name().equals(described)) {
                return replaced.isEmpty() ? s : withReplacements(s);
            }
        }
        throw new IllegalStateException("no description of " + described);
    }

    /**
     * The description with the replaced argument types, printed generically: a replacement says how the carrier
     * passes an argument (ipc's semctl passes its union semun behind a pointer), which the carried call's own
     * custom code (semctl's command-dependent buffer) does not know.
     */
    private DescribedSyscall withReplacements(DescribedSyscall s) {
        List<ArgType> types = new ArrayList<>(s.types());
        replaced.forEach(types::set);
        return new DescribedSyscall(s.description(), types, null);
    }

    List<Printed> printed(CallView carrier, long[] args) {
        DescribedSyscall s = description();
        List<Printed> p = DescribedArguments.printed(s, carrier.withArguments(args, s.description()));
        return p.size() > count ? p.subList(0, count) : p;
    }

    String result(CallView carrier, long[] args) {
        DescribedSyscall s = description();
        return DescribedDecoder.result(s, carrier.withArguments(args, s.description()));
    }

    void captureAtEntry(CaptureSite carrier, long[] args) {
        DescribedSyscall s = description();
        DescribedArguments.captureAtEntry(s, carrier.withArguments(args, s.description()));
    }

    void captureAtExit(CaptureSite carrier, long[] args) {
        DescribedSyscall s = description();
        DescribedArguments.captureAtExit(s, carrier.withArguments(args, s.description()));
    }

    /** Six argument registers holding {@code words} (the rest 0). */
    static long[] registers(long[] words) {
        long[] r = new long[6];
        System.arraycopy(words, 0, r, 0, Math.min(words.length, 6));
        return r;
    }
}
