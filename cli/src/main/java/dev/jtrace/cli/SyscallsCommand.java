package dev.jtrace.cli;

import dev.jtrace.format.Arch;
import dev.jtrace.format.syscalls.SyscallDescriptions;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code jtrace syscalls}: how much of each ABI's syscall table the built-in descriptions decode.
 * Exit status 0, or 2 for a usage error.
 */
final class SyscallsCommand implements Main.Command {
    private static final String NAME = "jtrace syscalls";
    private static final String USAGE = "jtrace syscalls [--abi x86_64|i386] [--raw-only] [--json]";
    private static final CommandSyntax SYNTAX = new CommandSyntax(NAME, USAGE);

    private final PrintStream out;

    SyscallsCommand() {
        this(System.out);
    }

    SyscallsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String summary() {
        return "show which syscalls the descriptions decode, per ABI";
    }

    @Override
    public int run(String[] args) {
        Options spec = new Options();
        spec.addOption(Option.builder().longOpt("abi").hasArg().argName("ABI").desc("x86_64 or i386 (default both)")
                .build());
        spec.addOption(Option.builder().longOpt("raw-only")
                .desc("list the calls printed raw (undescribed, or unknown to strace 6.1), and why").build());
        spec.addOption(Option.builder().longOpt("json").desc("print JSON").build());
        spec.addOption(Option.builder("h").longOpt("help").desc("this help").build());
        CommandLine cmd;
        try {
            Optional<CommandLine> parsed = SYNTAX.parse(spec, args, out);
            if (parsed.isEmpty()) {
                return 0;
            }
            cmd = parsed.get();
        } catch (ParseException e) {
            return SYNTAX.usageError(e.getMessage());
        }
        if (!cmd.getArgList().isEmpty()) {
            return SYNTAX.usageError("unexpected argument '" + cmd.getArgList().get(0) + "'");
        }
        List<Arch> abis;
        if (cmd.hasOption("abi")) {
            String abi = cmd.getOptionValue("abi");
            switch (abi) {
                case "x86_64" -> abis = List.of(Arch.X86_64);
                case "i386" -> abis = List.of(Arch.I386);
                default -> {
                    return SYNTAX.usageError("unknown ABI '" + abi + "' (x86_64, i386)");
                }
            }
        } else {
            abis = List.of(Arch.X86_64, Arch.I386);
        }
        SyscallDescriptions d = SyscallDescriptions.builtIn();
        List<SyscallCoverage> coverage = abis.stream().map(a -> SyscallCoverage.of(d, a)).toList();
        if (cmd.hasOption("json")) {
            out.println("[" + String.join(",", coverage.stream().map(SyscallCoverage::json).toList()) + "]");
        } else {
            for (SyscallCoverage c : coverage) {
                if (cmd.hasOption("raw-only")) {
                    c.rawOnly().forEach(call -> out.printf("%s\t%d\t%s\t%s%n", SyscallCoverage.abiName(c.abi()),
                            call.nr(), call.name(), call.reason()));
                } else {
                    out.println(c.summaryLine());
                }
            }
        }
        return 0;
    }
}
