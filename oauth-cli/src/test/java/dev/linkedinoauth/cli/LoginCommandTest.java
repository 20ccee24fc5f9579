package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoginCommandTest {

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

    @Test
    void loginPrintsMemberIdNameTokenExpiryAndScope() {
        var result = fixture.runner(dir).run("login");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("member id     AbC12dEf3G", "person URN    urn:li:person:AbC12dEf3G",
                "name          Ada Example", "(in 60 days)", "scope         email openid profile w_member_social");
        assertThat(result.out()).containsPattern("access token  AQ.…...\\R").doesNotContain("Signed in");
        assertThat(result.err().split("Signed in", -1)).as("'Signed in' said once").hasSize(2);
    }

    @Test
    void loginRevealShowsTheTokenInFull() {
        var result = fixture.runner(dir).run("login", "--reveal");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("access token  AQ\\S{20,}");
    }

    @Test
    void withoutDisplayOrBrowserLoginReadsAPastedAddressAsNoBrowserWould() {
        // No DISPLAY, WAYLAND_DISPLAY or BROWSER: the login opens nothing and offers to read a pasted address
        // (CliProcessIT pastes one); nobody pastes here, so it times out.
        var result = fixture.runner(dir).env("BROWSER", "").run("login", "--no-save", "--timeout", "2s");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(result.err()).contains("not opening a browser, as with --no-browser",
                "paste here the full address");
    }

    @Test
    void aDisplayMeansABrowserCanOpen() {
        Settings settings = Settings.load(CliEnvironment.of(java.util.Map.of("DISPLAY", ":0"), dir,
                java.io.InputStream.nullInputStream(), java.time.Clock.systemUTC()), null);
        Settings none = Settings.load(CliEnvironment.of(java.util.Map.of(), dir,
                java.io.InputStream.nullInputStream(), java.time.Clock.systemUTC()), null);

        assertThat(Headless.noDisplay(settings, "Linux")).isFalse();
        assertThat(Headless.noDisplay(none, "Linux")).isTrue();
        assertThat(Headless.noDisplay(none, "Mac OS X")).isFalse();
        assertThat(Headless.noDisplay(none, "Windows 11")).isFalse();
    }

    @Test
    void loginPrintsTheAuthorizationUrlAndProgressOnStderrOnly() {
        var result = fixture.runner(dir).run("login");

        assertThat(result.err()).contains(fixture.baseUrl() + "/oauth/v2/authorization?");
        assertThat(result.out()).doesNotContain("/oauth/v2/authorization");
    }

    @Test
    void loginSavesTheTokenUnderXdgConfigHome() {
        var result = fixture.runner(dir).run("login");

        Path store = dir.resolve("config/linkedin-oauth/tokens.json");
        assertThat(store).exists();
        assertThat(result.err()).contains("Saved to " + store);
    }

    @Test
    void noSaveLeavesTheTokenStoreAlone() {
        var result = fixture.runner(dir).run("login", "--no-save");

        assertThat(result.exitCode()).isZero();
        assertThat(dir.resolve("config")).doesNotExist();
    }

    @Test
    void jsonPrintsOneObjectWithTheDocumentedKeys() throws Exception {
        var result = fixture.runner(dir).run("login", "--json", "--no-save");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("access_token").asText()).startsWith("AQ");
        assertThat(json.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.get("expires_in").asLong()).isBetween(5_183_000L, 5_184_000L);
        assertThat(java.time.Instant.parse(json.get("expires_at").asText())).isAfter(java.time.Instant.now());
        assertThat(json.get("scope").isArray()).isTrue();
        assertThat(json.get("scope").toString()).contains("\"openid\"", "\"w_member_social\"");
        assertThat(json.get("member_id").asText()).isEqualTo("AbC12dEf3G");
        assertThat(json.get("person_urn").asText()).isEqualTo("urn:li:person:AbC12dEf3G");
        assertThat(json.get("name").asText()).isEqualTo("Ada Example");
        assertThat(json.get("email").asText()).isEqualTo("ada@example.com");
        assertThat(json.get("id_token").asText()).contains(".");
        assertThat(json.has("refresh_token")).isFalse();
    }

    @Test
    void discoveryUrlFindsTheEndpoints() {
        var result = fixture.runner(dir)
                .env("LINKEDIN_BASE_URL", "")
                .run("login", "--no-save", "--discovery-url", fixture.fake.url(LinkedInEndpoint.DISCOVERY).toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("member id     AbC12dEf3G");
    }

    @Test
    void envFileSuppliesTheCredentials() throws Exception {
        Files.writeString(dir.resolve(".env"), "LINKEDIN_CLIENT_ID=" + FakeFixture.CLIENT_ID + "\n"
                + "LINKEDIN_CLIENT_SECRET='" + FakeFixture.CLIENT_SECRET + "'\n");

        var result = fixture.runner(dir).env("LINKEDIN_CLIENT_ID", "").env("LINKEDIN_CLIENT_SECRET", "")
                .run("login", "--no-save");

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void secretFromStdin() {
        var result = fixture.runner(dir).env("LINKEDIN_CLIENT_SECRET", "")
                .stdin(FakeFixture.CLIENT_SECRET + "\n")
                .run("login", "--no-save", "--client-secret", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void missingClientIdExitsTwo() {
        var result = fixture.runner(dir).env("LINKEDIN_CLIENT_ID", "").run("login");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("no client id", "LINKEDIN_CLIENT_ID");
    }

    @Test
    void unreadableSecretFileExitsTwo() {
        var result = fixture.runner(dir).run("login", "--client-secret-file", "nope.txt");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("cannot read client secret file", "nope.txt");
    }

    @Test
    void literalSecretExitsTwoWithoutEchoingIt() {
        var result = fixture.runner(dir).run("login", "--client-secret", "s3cr3t-on-argv");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("only accepts '-'").doesNotContain("s3cr3t-on-argv");
    }

    @Test
    void badBaseUrlExitsTwo() {
        var result = fixture.runner(dir).run("login", "--base-url", "not a url");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("bad URL in --base-url");
    }

    @Test
    void badTimeoutExitsTwo() {
        var result = fixture.runner(dir).run("login", "--timeout", "soon");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void wrongSecretExitsFiveWithAHint() {
        var result = fixture.runner(dir).env("LINKEDIN_CLIENT_SECRET", "wrong-secret").run("login");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("invalid_client", "What to do: check the client id and the client secret")
                .doesNotContain("wrong-secret");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void scopeTheAppIsNotProvisionedForExitsFiveWithAHint() {
        var result = fixture.runner(dir).run("login", "--scope", "openid profile r_liteprofile");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("unauthorized_scope_error", "Products tab");
    }

    @Test
    void noRedirectInTimeExitsSix() {
        var result = fixture.runner(dir).env("BROWSER", FakeFixture.idleBrowser(dir).toString())
                .run("login", "--timeout", "1s");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(result.err()).contains("No redirect", "--timeout");
    }

    @Test
    void cancelAtTheFakesSignInPageExitsFour() {
        fixture.close();
        fixture = FakeFixture.start(Consent.INTERACTIVE);

        var result = fixture.runner(dir).env("BROWSER", FakeFixture.cancellingBrowser(dir).toString()).run("login");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(result.err()).contains("user_cancelled_login");
    }

    @Test
    void busyCallbackPortExitsTwo() throws Exception {
        URI redirect = URI.create(fixture.redirectUri);
        try (ServerSocket busy = new ServerSocket(redirect.getPort(), 1, InetAddress.getByName("127.0.0.1"))) {
            var result = fixture.runner(dir).run("login");

            assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).contains("already in use");
        }
    }

    @Test
    void verboseAddsTheStackTrace() {
        var quiet = fixture.runner(dir).env("LINKEDIN_CLIENT_SECRET", "wrong").run("login");
        var verbose = fixture.runner(dir).env("LINKEDIN_CLIENT_SECRET", "wrong").run("login", "--verbose");

        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.err()).contains("\tat dev.linkedinoauth.");
        assertThat(verbose.exitCode()).isEqualTo(quiet.exitCode());
    }
}
