package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
                "fake", "Exit codes:", "6   timed out");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "login", "token", "refresh", "introspect", "revoke", "whoami", "fake"})
    void everyCommandHasHelpWithTheExitCodes(String command) {
        var result = new CliRunner(dir).run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: linkedin-oauth " + command, "Exit codes:");
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

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("linkedin-oauth token: no client id");
    }

    @Test
    void subcommandVersionFlagWorksToo() {
        var result = new CliRunner(dir).run("login", "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("linkedin-oauth ");
    }
}
