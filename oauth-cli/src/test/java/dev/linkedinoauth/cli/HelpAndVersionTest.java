package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {

    @TempDir
    Path dir;

    @Test
    void rootHelpListsEveryCommandAndTheExitCodes() {
        var result = new CliRunner(dir).run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("demo", "login", "token", "refresh", "introspect", "revoke", "whoami",
                "fake", "Exit codes:", "6   timed out", "Environment", "XDG_CONFIG_HOME");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "login", "post", "token", "refresh", "introspect", "revoke", "whoami"})
    void everyCommandHasExamplesAndPointsAtTheSharedTopicsInsteadOfRepeatingThem(String command) {
        var result = new CliRunner(dir).run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: linkedin-oauth " + command, "Examples:",
                "  linkedin-oauth " + command, "'linkedin-oauth help exit-codes'", "'linkedin-oauth help environment'")
                .doesNotContain("Exit codes:", "XDG_CONFIG_HOME");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whoami", "refresh", "introspect", "revoke", "post", "token"})
    void storedTokenCommandsSayTheStoreSuppliesTheAppAndTheServer(String command) {
        var result = new CliRunner(dir).run(command, "--help");
        // picocli wraps the description; compare with the wrapping undone
        String help = result.out().replaceAll("\\s+", " ");

        assertThat(result.exitCode()).isZero();
        assertThat(help).contains("After 'linkedin-oauth login' the token store supplies the client id",
                "--client-id or $LINKEDIN_CLIENT_ID");
        if (!command.equals("token")) {
            assertThat(help).contains("and the server;", "--base-url, --discovery-url or $LINKEDIN_BASE_URL override");
        }
        if (Set.of("refresh", "introspect", "revoke").contains(command)) {
            assertThat(help).contains("The client secret is never stored: --client-secret - (stdin), "
                    + "--client-secret-file FILE, else $LINKEDIN_CLIENT_SECRET");
        }
    }

    @Test
    void fakeHelpListsOnlyWhatAppliesToTheFake() {
        var result = new CliRunner(dir).run("fake", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--port", "FAKE_LINKEDIN_PORT", "Examples:", "0   stopped by Ctrl-C or SIGTERM")
                .doesNotContain("--verbose", "LINKEDIN_CLIENT_ID", "not logged in", "timed out");
    }

    @Test
    void helpTopicsShowTheExitCodesAndTheEnvironment() {
        var codes = new CliRunner(dir).run("help", "exit-codes");
        var environment = new CliRunner(dir).run("help", "environment");
        var unknown = new CliRunner(dir).run("help", "nope");

        assertThat(codes.exitCode()).isZero();
        assertThat(codes.out()).startsWith("Exit codes:").contains("3   not logged in", "6   timed out");
        assertThat(environment.exitCode()).isZero();
        assertThat(environment.out()).contains("LINKEDIN_CLIENT_ID", "XDG_CONFIG_HOME", "DISPLAY", "(%s is replaced");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no command or topic 'nope'", "exit-codes");
    }

    /** picocli may break a line after ':', which split http://localhost:3000/callback into two lines. */
    @ParameterizedTest
    @ValueSource(ints = {80, 100, 120, 160})
    void noUrlInAnyHelpIsSplitByWrapping(int width) {
        String before = System.getProperty("picocli.usage.width");
        System.setProperty("picocli.usage.width", Integer.toString(width));
        try {
            for (String command : new String[] {"", "demo", "login", "post", "token", "refresh", "introspect",
                    "revoke", "whoami", "fake", "help"}) {
                String help = (command.isEmpty() ? new CliRunner(dir).run("--help")
                        : new CliRunner(dir).run(command, "--help")).out();
                java.util.regex.Matcher url = java.util.regex.Pattern.compile("https?:\\S*").matcher(help);
                while (url.find()) {
                    String token = url.group().replaceAll("[).,;']+$", "");
                    assertThat(token).as("a URL in '%s --help' at width %d", command, width)
                            .matches("https?://[^\\s]*[A-Za-z0-9]");
                }
                assertThat(help.lines()).as("'%s --help' at width %d", command, width)
                        .allMatch(line -> line.length() <= width);
            }
        } finally {
            if (before == null) {
                System.clearProperty("picocli.usage.width");
            } else {
                System.setProperty("picocli.usage.width", before);
            }
        }
    }

    @Test
    void versionPrintsTheProjectVersion() {
        var result = new CliRunner(dir).run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("linkedin-oauth ").doesNotContain("${project.version}");
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        var result = new CliRunner(dir).run("logn");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("'logn'", "--help");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        var result = new CliRunner(dir).run("token", "--nope");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("linkedin-oauth token: ").contains("--nope");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        var result = new CliRunner(dir).run();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("a command is required");
    }

    @Test
    void helpCommandShowsAnotherCommandsHelp() {
        var result = new CliRunner(dir).run("help", "login");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: linkedin-oauth login", "--no-browser");
    }

    @Test
    void misspelledCommandSuggestsTheRightOne() {
        var result = new CliRunner(dir).run("tokn");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("did you mean token");
    }

    @Test
    void rootOptionBeforeTheCommandStillRunsIt() {
        var result = new CliRunner(dir).run("--verbose", "token");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).startsWith("linkedin-oauth token: not logged in");
    }

    @Test
    void subcommandVersionFlagWorksToo() {
        var result = new CliRunner(dir).run("login", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("linkedin-oauth ");
    }
}
