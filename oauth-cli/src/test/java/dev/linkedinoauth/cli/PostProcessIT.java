package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code post} and {@code demo --post} as the built jar in a real process: what a user's shell sees. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PostProcessIT {

    @TempDir
    Path dir;

    private FakeFixture fixture;

    @BeforeEach
    void startFake() {
        fixture = FakeFixture.start(Consent.AUTO);
    }

    @AfterEach
    void stopFake() {
        fixture.close();
    }

    private CliProcess cli() {
        return new CliProcess(dir).env("LINKEDIN_CLIENT_ID", FakeFixture.CLIENT_ID)
                .env("LINKEDIN_CLIENT_SECRET", FakeFixture.CLIENT_SECRET)
                .env("LINKEDIN_BASE_URL", fixture.baseUrl())
                .env("LINKEDIN_REDIRECT_URI", fixture.redirectUri)
                .env("BROWSER", FakeFixture.followerBrowser(dir).toString());
    }

    private void logIn() {
        var login = cli().run("login");
        assertThat(login.exitCode()).as(login.toString()).isZero();
    }

    @Test
    void postedTextFullOfReservedCharactersIsReadBackUnchanged() throws Exception {
        logIn();

        var result = cli().run("post", PostCommandTest.RESERVED_TEXT);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode post = PostCommandTest.fakePosts(fixture.baseUrl()).get(0);
        assertThat(result.out().strip()).isEqualTo(post.get("urn").asText());
        assertThat(post.get("text").asText()).isEqualTo(PostCommandTest.RESERVED_TEXT);
        assertThat(post.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void textPipedOnStdinIsPosted() throws Exception {
        logIn();

        var result = cli().stdin("Piped (on stdin) #1\n").run("post", "-", "--visibility", "CONNECTIONS");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode post = PostCommandTest.fakePosts(fixture.baseUrl()).get(0);
        assertThat(post.get("text").asText()).isEqualTo("Piped (on stdin) #1");
        assertThat(post.get("visibility").asText()).isEqualTo("CONNECTIONS");
    }

    @Test
    void aScriptedRetiredVersionExitsFiveWithOneLine() {
        logIn();
        fixture.fake.enqueue(Outcome.error(LinkedInError.NONEXISTENT_VERSION).on(LinkedInEndpoint.POSTS));

        var result = cli().run("post", "Scripted 426");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err().lines()).hasSize(1).first().asString()
                .startsWith("linkedin-oauth post: Publishing the post failed: LinkedIn answered HTTP 426 (NONEXISTENT_VERSION)")
                .contains("--linkedin-version YYYYMM");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void postWithoutALoginExitsThree() {
        var result = cli().run("post", "Nobody here");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).contains("not logged in");
    }

    @Test
    void postHelpLoadsNoLibraryClass() {
        List<String> command = new ArrayList<>(CliProcess.javaCommand("post", "--help"));
        command.add(1, "-verbose:class");

        var result = CliProcess.await(new CliProcess(dir).start(command), "");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--linkedin-version", "--dry-run");
        assertThat(result.out().lines().filter(l -> l.contains("source: file:"))).isNotEmpty()
                .noneMatch(l -> l.matches(".*\\] (dev\\.linkedinoauth\\.(core|fake)|org\\.eclipse\\.jetty|org\\.apache\\.hc"
                        + "|com\\.fasterxml|com\\.nimbusds)\\..*"));
    }

    @Test
    void demoPostPrintsTheUrnOfAPostOnTheEmbeddedFake() {
        var result = new CliProcess(dir).run("demo", "--post", "Hello LinkedIn API :-)");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).matches("urn:li:share:\\d{19}\\R");
        assertThat(result.err()).contains("The fake's feed shows: Hello LinkedIn API :-)");
    }
}
