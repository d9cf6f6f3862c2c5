package dev.jtrace.cli;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.DescribedSyscall;
import dev.jtrace.format.syscalls.Param;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of one ABI's syscall table the descriptions cover.
 *
 * @param abi       the ABI
 * @param numbers   how many numbers the table names
 * @param known     how many of them strace 6.1 knows (it prints the others as {@code syscall_0x...}, raw)
 * @param described how many have a description (the recorder captures their memory, known to strace or not)
 * @param full      described calls whose every argument is decoded (no undecoded {@code ptr} argument)
 * @param partial   described calls with at least one `ptr` argument (printed as a bare address), and which
 * @param rawOnly   calls printed with raw arguments, and why: numbers strace 6.1 does not know, undescribed ones
 */
record SyscallCoverage(Arch abi, int numbers, int known, int described, int full, List<Call> partial,
                       List<Call> rawOnly) {
    /** One syscall of the table and what keeps it from full decoding. */
    record Call(int nr, String name, String reason) {
    }

    /** Above every syscall number of both ABIs (x86_64's x32 range starts at 512, not in the tables). */
    private static final int MAX_NUMBER = 4096;
    static final String UNKNOWN_TO_STRACE = "unknown to strace 6.1: printed as syscall_0x... with six raw arguments"
            + " (described: its memory is captured)";
    static final String NOT_DESCRIBED = "no description in syscalls.def: arguments printed in hex";

    static SyscallCoverage of(SyscallDescriptions d, Arch abi) {
        int numbers = 0;
        int known = 0;
        int described = 0;
        int full = 0;
        List<Call> partial = new ArrayList<>();
        List<Call> raw = new ArrayList<>();
        for (int nr = 0; nr < MAX_NUMBER; nr++) {
            String name = d.name(abi, nr);
            if (name == null) {
                continue;
            }
            numbers++;
            DescribedSyscall s = d.described(abi, nr);
            if (d.knownToStrace(abi, nr)) {
                known++;
            }
            if (s == null) {
                raw.add(new Call(nr, name, NOT_DESCRIBED));
                continue;
            }
            if (!d.knownToStrace(abi, nr)) {
                raw.add(new Call(nr, name, UNKNOWN_TO_STRACE));
            }
            described++;
            List<String> undecoded = undecoded(d, abi, nr, s);
            if (undecoded.isEmpty()) {
                full++;
            } else {
                partial.add(new Call(nr, name, "printed as an address: " + String.join(", ", undecoded)));
            }
        }
        return new SyscallCoverage(abi, numbers, known, described, full, List.copyOf(partial), List.copyOf(raw));
    }

    /**
     * The arguments printed as a bare address although strace decodes the memory behind them: {@code ptr} in
     * syscalls.def ({@code addr} is an address strace prints as one too). A call with custom code prints every
     * argument itself, and one strace 6.1 does not know prints raw as strace does, so neither has any.
     */
    private static List<String> undecoded(SyscallDescriptions d, Arch abi, int nr, DescribedSyscall s) {
        if (s.custom() != null || !d.knownToStrace(abi, nr)) {
            return List.of();
        }
        return s.description().params().stream().filter(p -> p.type().base().equals("ptr")).map(Param::name)
                .toList();
    }

    /** The described share of the table in whole percent, rounded down: 100% only when every number is described. */
    int describedPercent() {
        return numbers == 0 ? 100 : (int) (100L * described / numbers);
    }

    String summaryLine() {
        return String.format("%s: %d numbers, %d described (%d%%; %d in full, %d with arguments printed as addresses),"
                        + " %d undescribed; %d known to strace 6.1 (the other %d print raw, as strace 6.1 prints them)",
                abiName(abi), numbers, described, describedPercent(), full, partial.size(), numbers - described, known,
                numbers - known);
    }

    static String abiName(Arch abi) {
        return abi == Arch.I386 ? "i386" : "x86_64";
    }

    String json() {
        StringBuilder b = new StringBuilder();
        b.append("{\"abi\":\"").append(abiName(abi)).append("\",\"numbers\":").append(numbers)
                .append(",\"knownToStrace\":").append(known).append(",\"described\":").append(described)
                .append(",\"describedPercent\":").append(describedPercent())
                .append(",\"full\":").append(full).append(",\"partial\":");
        calls(b, partial);
        b.append(",\"rawOnly\":");
        calls(b, rawOnly);
        return b.append('}').toString();
    }

    private static void calls(StringBuilder b, List<Call> calls) {
        b.append('[');
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            b.append(i > 0 ? "," : "").append("{\"nr\":").append(c.nr()).append(",\"name\":\"").append(escape(c.name()))
                    .append("\",\"reason\":\"").append(escape(c.reason())).append("\"}");
        }
        b.append(']');
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
