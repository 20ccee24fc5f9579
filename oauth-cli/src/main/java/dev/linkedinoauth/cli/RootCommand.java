package dev.linkedinoauth.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code linkedin-oauth}: the root of the command tree. The subcommands are registered by {@link Cli}
 * (only the one being run, when it is named), and they touch oauth-core, Jetty and HttpClient only
 * inside {@code call()}, so that {@code --help} and {@code --version} load none of them.
 */
@Command(
        name = "linkedin-oauth",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Get a LinkedIn member access token and member id (3-legged OAuth), offline-testable.",
        description = "Results go to stdout, progress and errors to stderr, so $(linkedin-oauth token -q) "
                + "works. After one login the other commands need no options: the token store remembers the "
                + "app, the server and the member.")
// The exit codes and the environment are set on this command alone by Cli, after the subcommands are added:
// as annotations they would be inherited by every subcommand's help (ScopeType.INHERIT).
final class RootCommand implements Runnable {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, also print the stack trace.")
    boolean verbose;

    RootCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    CliEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        // `linkedin-oauth` alone: show what it can do, and fail as a usage error would.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CliException.Config("a command is required, e.g. 'linkedin-oauth demo'");
    }
}
