package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSecretSourceTest {

    @TempDir
    Path dir;

    private CliEnvironment env(Map<String, String> variables, String stdin) {
        return CliEnvironment.of(variables, dir,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Clock.systemUTC());
    }

    private String resolve(String option, Path file, Map<String, String> variables, String stdin) {
        CliEnvironment env = env(variables, stdin);
        return ClientSecretSource.resolve(option, file, Settings.load(env, null), env);
    }

    @Test
    void readsTheEnvironmentVariableByDefault() {
        assertThat(resolve(null, null, Map.of("LINKEDIN_CLIENT_SECRET", "env-secret"), "")).isEqualTo("env-secret");
    }

    @Test
    void dashReadsTheFirstLineOfStdin() {
        assertThat(resolve("-", null, Map.of(), "stdin-secret\nnext line\n")).isEqualTo("stdin-secret");
    }

    @Test
    void stdinLeavesTheFollowingLinesForLaterReaders() throws Exception {
        CliEnvironment env = env(Map.of(), "stdin-secret\nhttp://localhost:3000/callback?code=x\n");

        ClientSecretSource.resolve("-", null, Settings.load(env, null), env);

        assertThat(env.stdin().readLine()).isEqualTo("http://localhost:3000/callback?code=x");
    }

    @Test
    void fileWinsOverTheEnvironmentAndIsTrimmed() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "file-secret\n");

        assertThat(resolve(null, Path.of("secret.txt"), Map.of("LINKEDIN_CLIENT_SECRET", "env"), ""))
                .isEqualTo("file-secret");
    }

    @Test
    void literalSecretOnTheCommandLineIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> resolve("hunter2-literal", null, Map.of(), ""))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining("--client-secret only accepts '-'")
                .hasMessageNotContaining("hunter2-literal");
    }

    @Test
    void unreadableSecretFileIsAConfigError() {
        assertThatThrownBy(() -> resolve(null, Path.of("missing.txt"), Map.of(), ""))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining("cannot read client secret file")
                .hasMessageContaining("missing.txt: no such file");
    }

    @Test
    void emptyStdinIsAConfigError() {
        assertThatThrownBy(() -> resolve("-", null, Map.of(), ""))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining("from stdin is empty");
    }

    @Test
    void missingSecretNamesEveryWayToGiveIt() {
        assertThatThrownBy(() -> resolve(null, null, Map.of(), ""))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining("LINKEDIN_CLIENT_SECRET")
                .hasMessageContaining("--client-secret-file")
                .hasMessageContaining("--client-secret -");
    }

    @Test
    void bothOptionsTogetherAreRefused() {
        assertThatThrownBy(() -> resolve("-", Path.of("s.txt"), Map.of(), "x\n"))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining("not both");
    }
}
