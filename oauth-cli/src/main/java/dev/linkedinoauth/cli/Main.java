package dev.linkedinoauth.cli;

/**
 * Entry point of the {@code linkedin-oauth} command ({@code java -jar linkedin-oauth.jar ...}).
 *
 * <pre>{@code
 * int exitCode = Main.run("login", "--json");   // same as the command line, without System.exit
 * Main.main(new String[] {"demo"});            // runs and exits the JVM with the documented code
 * }</pre>
 */
public final class Main {

    private Main() {
    }

    /** Runs the command and exits the JVM with its {@link ExitCodes exit code}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command with the process's environment, stdin, stdout and stderr; returns the exit code. */
    public static int run(String... args) {
        if (Version.isTheOnlyArgument(args)) {
            // Before the command tree: picocli's model of the root command (annotation reflection) costs
            // about 100 ms, twice what the JVM itself takes to start, for two lines of text.
            for (String line : Version.lines()) {
                System.out.println(line);
            }
            return ExitCodes.OK;
        }
        return Cli.execute(CliEnvironment.system(), System.out, System.err, args);
    }
}
