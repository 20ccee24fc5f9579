package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.Socket;
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
        assertThat(result.out()).startsWith("  member id     AbC12dEf3G")
                .contains("access token  AQ", "…", "(in 60 days)", "scope         ").doesNotContain("Signed in");
        assertThat(result.err()).contains("/oauth/v2/authorization?", "Authorization received", "nothing was saved");
        assertThat(result.err().split("Signed in", -1)).as("'Signed in' said once").hasSize(2);
    }

    @Test
    void aFakeStartedAheadOfTheCommandIsClosedWhenTheCommandNeverRuns() {
        DemoFake ahead = DemoFake.startInBackground();
        int port = ahead.await().fake().port();

        new DemoCommand(ahead).closeUnusedFake();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aUsageErrorAfterDemoIsReportedAsBeforeTheFakeWasStartedAhead() {
        var result = runner().run("demo", "--timeout", "soon");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--timeout").doesNotContain("Demo: fake LinkedIn");
    }

    @Test
    void demoDoesNotAskToOpenTheAddressInABrowser() {
        var result = runner().run("demo");

        assertThat(result.err()).doesNotContain("Open this address in a browser").contains("/oauth/v2/authorization?");
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

    @Test
    void demoPostLogsInPostsAndPrintsOnlyThePostsUrn() {
        var result = runner().run("demo", "--post", "Hello LinkedIn API :-)");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).matches("urn:li:share:\\d{19}\\R");
        assertThat(result.err()).contains("Signed in as Ada Example", "Posted as Ada Example (POST /rest/posts",
                "The fake's feed shows: Hello LinkedIn API :-)", "nothing was saved");
        assertThat(dir.resolve("config")).doesNotExist();
    }

    @Test
    void demoPostWithImageUploadsTheJarsPictureThroughTheImagesApi() {
        var result = runner().run("demo", "--post", "A picture from the fake", "--with-image");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).matches("urn:li:share:\\d{19}\\R");
        assertThat(result.err()).contains("The fake's feed shows: A picture from the fake")
                .containsPattern("With the image urn:li:image:\\S+ \\(uploaded through /rest/images\\): AVAILABLE,"
                        + " image/png 120×80, 340 bytes");
    }

    @Test
    void withImageWithoutPostIsAUsageError() {
        var result = runner().run("demo", "--with-image");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--with-image goes with --post TEXT");
    }

    @Test
    void demoPostJsonPrintsTheUrnAndUrl() throws Exception {
        var result = runner().run("demo", "--post", "Hello (JSON)", "--json");

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("urn").asText()).startsWith("urn:li:share:");
        assertThat(json.get("url").asText()).endsWith("/__fake/feed#" + json.get("urn").asText());
    }

    @Test
    void demoPostWithAnEmptyTextIsAUsageError() {
        var result = runner().run("demo", "--post", " ");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("the post text is empty");
    }
}
