package dev.jtrace.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * How a subcommand reads its arguments: Commons CLI with exact option names (no prefix matching),
 * {@code -h}/{@code --help}, and usage errors as one line plus the usage, exit status 2.
 *
 * @param name  the command as it prefixes messages ({@code jtrace diff})
 * @param usage the usage line without {@code usage: }
 */
record CommandSyntax(String name, String usage) {
    /** The parsed arguments, or empty when -h/--help asked for the help, which has then been printed. */
    Optional<CommandLine> parse(Options spec, String[] args) throws ParseException {
        return parse(spec, args, System.out);
    }

    /** As {@link #parse(Options, String[])}, printing the help to {@code help}. */
    Optional<CommandLine> parse(Options spec, String[] args, PrintStream help) throws ParseException {
        CommandLine cmd = DefaultParser.builder().setAllowPartialMatching(false).build().parse(spec, args);
        if (cmd.hasOption("h")) {
            new HelpFormatter().printHelp(new PrintWriter(help, true), 100, usage, null, spec, 2, 2, null);
            return Optional.empty();
        }
        return Optional.of(cmd);
    }

    /** Reports a usage error; returns the exit status for it. */
    int usageError(String message) {
        System.err.println(name + ": " + message);
        System.err.println("usage: " + usage);
        return 2;
    }
}
