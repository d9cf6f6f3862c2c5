package dev.jtrace.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** The {@code jtrace} command: dispatches to a subcommand. */
public final class Main {
    static {
        // jnr-ffi's x86-64 asm stubs corrupt the 6th argument of native calls (jnr/jnr-ffi#181).
        System.setProperty("jnr.ffi.x86asm.enabled", "false");
    }

    /** A subcommand: parses its own arguments and returns the process exit status. */
    interface Command {
        int run(String[] args) throws Exception;

        String summary();
    }

    private static Map<String, Command> commands() {
        Map<String, Command> m = new TreeMap<>();
        m.put("record", new RecordCommand());
        m.put("analyze", new AnalyzeCommand());
        m.put("diff", new DiffCommand());
        m.put("export", new ExportCommand());
        m.put("replay", new ReplayCommand());
        m.put("syscalls", new SyscallsCommand());
        return m;
    }

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args);
        Termination.apply();
        System.exit(status);
    }

    static int run(String[] args) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            System.out.println("usage: jtrace COMMAND [OPTIONS...]\n\ncommands:");
            commands.forEach((name, c) -> System.out.printf("  %-10s %s%n", name, c.summary()));
            System.out.println("\n'jtrace COMMAND --help' describes a command's options.");
            return args.length == 0 ? 2 : 0;
        }
        Command c = commands.get(args[0]);
        if (c == null) {
            System.err.println("jtrace: unknown command '" + args[0] + "' (try 'jtrace --help')");
            return 2;
        }
        try {
            return c.run(Arrays.copyOfRange(args, 1, args.length));
        } catch (Exception e) {
            System.err.println("jtrace " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }
}
