package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoCommandTest {

    @TempDir
    Path dir;

    private CliRunner runner() {
        // No LinkedIn settings at all: the demo needs none. XDG_CONFIG_HOME shows it saves nothing.
        return new CliRunner(dir).env("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    @Test
    void demoRunsTheWholeFlowAndPrintsWhatLoginPrints() {
        var result = runner().run("demo");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Signed in to LinkedIn as Ada Example <ada@example.com>")
                .contains("member id     AbC12dEf3G", "access token  AQ", "(in 60 days)", "scope         ");
        assertThat(result.err()).contains("/oauth/v2/authorization?", "Authorization received", "nothing was saved");
    }

    @Test
    void demoJsonPrintsTheLoginJsonObject() throws Exception {
        var result = runner().run("demo", "--json");

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("member_id").asText()).isEqualTo("AbC12dEf3G");
        assertThat(json.get("access_token").asText()).startsWith("AQ");
        assertThat(json.get("scope").isArray()).isTrue();
    }

    @Test
    void demoNeverTouchesTheTokenStore() {
        runner().run("demo");

        assertThat(dir.resolve("config")).doesNotExist();
    }

    @Test
    void demoIgnoresAWorkingDirectoryDotEnv() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(".env"), "LINKEDIN_BASE_URL=http://127.0.0.1:9\n");

        var result = runner().run("demo");

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }
}
