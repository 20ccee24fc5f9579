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

    /** Every subcommand, in the order --help lists them. */
    static final String[] COMMANDS = {"demo", "login", "status", "post", "token", "refresh", "introspect", "revoke", "whoami", "probe", "fake"};

    /** Runs the command line for these arguments and returns its exit code. */
    static int execute(CliEnvironment env, PrintStream out, PrintStream err, String... args) {
        return execute(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    static int execute(CliEnvironment env, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = create(env, out, err, args);
        try { // create() may have started the demo's fake
            return cli.execute(args);
        } finally {
            CommandLine demo = cli.getSubcommands().get("demo");
            if (demo != null) {
                ((DemoCommand) demo.getCommand()).closeUnusedFake(); // a usage error: call() never ran
            }
        }
    }

    /**
     * The command line for these arguments. When they name a subcommand, only that one is registered:
     * picocli builds a model (reflection over every option) for each registered command, which is most
     * of the start-up time after the JVM's own. Otherwise (--help, --version, help, a typo) all are.
     */
    private static CommandLine create(CliEnvironment env, PrintWriter out, PrintWriter err, String... args) {
        String named = firstPositional(args);
        boolean help = has(args, "--help") || has(args, "-h");
        // Before picocli's model, which takes as long as the fake's start: the two then share the machine's cores.
        DemoFake demoFake = "demo".equals(named) && !help ? DemoFake.startInBackground() : null;
        skipUnusedConverters();
        CommandLine cli = new CommandLine(new RootCommand(env));
        boolean versionOnly = named == null && (has(args, "--version") || has(args, "-V")) && !help;
        if (!versionOnly) {
            for (String name : COMMANDS) {
                if (named == null || !isCommand(named) || named.equals(name)) {
                    cli.addSubcommand(name, name.equals("demo") ? new DemoCommand(demoFake) : newCommand(name));
                }
            }
            if (named == null || !isCommand(named)) {
                cli.addSubcommand("help", new HelpCommand());
            }
        }
        rootOnlySections(cli);
        CommandLine fake = cli.getSubcommands().get("fake");
        if (fake != null) {
            // fake --help lists only what applies to the fake: its failures are the fake's own lines.
            fake.getCommandSpec().remove(fake.getCommandSpec().findOption("--verbose"));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Nested classes, not lambdas: the first lambda costs a LambdaMetafactory bootstrap at start-up.
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new FailureHandler());
        return cli;
    }

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * picocli registers a converter for every java.sql and java.time type it knows by loading and initialising
     * those classes (java.sql.DriverManager looks for JDBC drivers), ~90 classes on every start. No option here
     * takes one ({@link DurationConverter} reads every duration), so they are left out, unless the property is
     * set already.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
    }

    /**
     * Exit codes and environment under the root's --help only (a subcommand's help points at
     * {@code help exit-codes} / {@code help environment} instead). Set after the subcommands are added, so
     * that they do not inherit it.
     */
    private static void rootOnlySections(CommandLine cli) {
        String[] environment = HelpTopics.environment();
        String[] footer = java.util.Arrays.copyOf(environment, environment.length + 2);
        footer[environment.length] = "";
        footer[environment.length + 1] = "Help of a command: 'linkedin-oauth COMMAND --help' or 'linkedin-oauth help COMMAND'.";
        cli.getCommandSpec().usageMessage()
                .exitCodeListHeading(HelpTopics.EXIT_CODES_HEADING)
                .exitCodeList(HelpTopics.exitCodes())
                .footerHeading(HelpTopics.ENVIRONMENT_HEADING)
                .footer(footer);
    }

    private static String firstPositional(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static boolean has(String[] args, String option) {
        for (String arg : args) {
            if (arg.equals(option)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommand(String name) {
        for (String command : COMMANDS) {
            if (command.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A switch, not a map of constructor references: no lambda bootstrap at start-up. */
    private static Object newCommand(String name) {
        switch (name) {
            case "login": return new LoginCommand();
            case "post": return new PostCommand();
            case "token": return new TokenCommand();
            case "status": return new StatusCommand();
            case "refresh": return new RefreshCommand();
            case "introspect": return new IntrospectCommand();
            case "revoke": return new RevokeCommand();
            case "whoami": return new WhoamiCommand();
            case "probe": return new ProbeCommand();
            case "fake": return new FakeCommand();
            default: throw new IllegalArgumentException(name);
        }
    }

    private static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return usageError(e, args);
        }
    }

    private static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            return failed(e, commandLine, parseResult);
        }
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            suggestion = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        err.println(prefix(failed) + e.getMessage() + suggestion
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
