package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    private CliEnvironment env(Map<String, String> variables) {
        return CliEnvironment.of(variables, dir, new ByteArrayInputStream(new byte[0]), Clock.systemUTC());
    }

    @Test
    void readsDotEnvInTheWorkingDirectoryWhenPresent() throws Exception {
        Files.writeString(dir.resolve(".env"), "LINKEDIN_CLIENT_ID=from-file\n");

        Settings settings = Settings.load(env(Map.of()), null);

        assertThat(settings.get("LINKEDIN_CLIENT_ID")).contains("from-file");
        assertThat(settings.dotEnvFile()).contains(dir.resolve(".env"));
    }

    @Test
    void realEnvironmentWinsOverDotEnv() throws Exception {
        Files.writeString(dir.resolve(".env"), "LINKEDIN_CLIENT_ID=from-file\n");

        Settings settings = Settings.load(env(Map.of("LINKEDIN_CLIENT_ID", "from-env")), null);

        assertThat(settings.get("LINKEDIN_CLIENT_ID")).contains("from-env");
    }

    @Test
    void emptyEnvironmentValueFallsBackToDotEnv() throws Exception {
        Files.writeString(dir.resolve(".env"), "LINKEDIN_CLIENT_ID=from-file\n");

        Settings settings = Settings.load(env(Map.of("LINKEDIN_CLIENT_ID", "")), null);

        assertThat(settings.get("LINKEDIN_CLIENT_ID")).contains("from-file");
    }

    @Test
    void explicitEnvFileReplacesTheDefaultOne() throws Exception {
        Files.writeString(dir.resolve(".env"), "LINKEDIN_CLIENT_ID=default\n");
        Files.writeString(dir.resolve("other.env"), "LINKEDIN_CLIENT_ID=other\n");

        Settings settings = Settings.load(env(Map.of()), Path.of("other.env"));

        assertThat(settings.get("LINKEDIN_CLIENT_ID")).contains("other");
    }

    @Test
    void missingExplicitEnvFileIsAConfigError() {
        assertThatThrownBy(() -> Settings.load(env(Map.of()), Path.of("absent.env")))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining("absent.env")
                .hasMessageContaining("no such file");
    }

    @Test
    void withoutAnyEnvFileOnlyTheEnvironmentCounts() {
        Settings settings = Settings.load(env(Map.of("LINKEDIN_BASE_URL", "http://x")), null);

        assertThat(settings.get("LINKEDIN_BASE_URL")).contains("http://x");
        assertThat(settings.get("LINKEDIN_CLIENT_ID")).isEmpty();
        assertThat(settings.dotEnvFile()).isEmpty();
    }
}
