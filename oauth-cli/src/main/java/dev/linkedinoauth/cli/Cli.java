package dev.linkedinoauth.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Wires the command tree to its streams and to the error policy: results on stdout, everything else
 * on stderr, one line per failure with a documented exit code, a stack trace only with --verbose.
 */
final class Cli {

    private Cli() {
    }

    static CommandLine create(CliEnvironment env, PrintStream out, PrintStream err) {
        return create(env, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static CommandLine create(CliEnvironment env, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RootCommand(env));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Cli::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine, parseResult));
        return cli;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(prefix(failed) + e.getMessage()
                + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failed(Exception e, CommandLine commandLine, ParseResult parseResult) {
        Failure failure = Failures.of(e, commandLine.getCommandName());
        PrintWriter err = commandLine.getErr();
        commandLine.getOut().flush();
        err.println(prefix(commandLine) + failure.message());
        if (verbose(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode();
    }

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
