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
        description = "Results go to stdout, progress and errors to stderr, so $(linkedin-oauth login --json) "
                + "works.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:unexpected error (add --verbose for the stack trace)",
            "2:usage or configuration (missing client id, unreadable secret file, bad URL, callback port in use)",
            "3:not logged in, or the stored token has expired",
            "4:authorization cancelled or denied (or a redirect that is not from this login)",
            "5:LinkedIn answered with an error (the message says what to do)",
            "6:timed out (no callback before --timeout)",
            "7:probe: an answer of the server differs from the contract (drift)",
        },
        footerHeading = "%nEnvironment (also read from ./.env or --env-file; the real environment wins):%n",
        footer = {
            "  LINKEDIN_CLIENT_ID, LINKEDIN_CLIENT_SECRET, LINKEDIN_REDIRECT_URI,",
            "  LINKEDIN_BASE_URL, LINKEDIN_DISCOVERY_URL   defaults for the options",
            "  BROWSER           command that opens the URL (%%s is replaced by it)",
            "  XDG_CONFIG_HOME   token store: $XDG_CONFIG_HOME/linkedin-oauth/tokens.json",
            "                    (default ~/.config/linkedin-oauth/tokens.json)",
        })
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
