package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.core.TokenStore;
import dev.linkedinoauth.fake.model.Consent;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** After one login with flags, the other commands need none: the store remembers app, server and member. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RememberedLoginTest {

    @TempDir
    Path dir;

    /** A runner with nothing but the store and the browser: no LINKEDIN_* at all. */
    private CliRunner bare(FakeFixture fixture) {
        return new CliRunner(dir).env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                .env("BROWSER", FakeFixture.followerBrowser(dir).toString());
    }

    private Path secretFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, FakeFixture.CLIENT_SECRET + "\n");
        return secret;
    }

    private CliRunner.Result login(FakeFixture fixture, String clientId) throws Exception {
        return bare(fixture).run("login", "--client-id", clientId, "--client-secret-file", secretFile().toString(),
                "--base-url", fixture.baseUrl(), "--redirect-uri", fixture.redirectUri);
    }

    @Test
    void afterOneLoginTokenWhoamiStatusPostAndRevokeNeedNoFlags() throws Exception {
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            assertThat(login(fixture, FakeFixture.CLIENT_ID).exitCode()).isZero();

            var token = bare(fixture).run("token", "-q");
            var whoami = bare(fixture).run("whoami");
            var status = bare(fixture).run("status");
            var post = bare(fixture).run("post", "Hello without flags");
            var revoke = bare(fixture).env("LINKEDIN_CLIENT_SECRET", FakeFixture.CLIENT_SECRET).run("revoke");
            var after = bare(fixture).run("status");

            assertThat(token.exitCode()).as(token.toString()).isZero();
            assertThat(token.out()).matches("AQ\\S+\\R");
            assertThat(whoami.exitCode()).as(whoami.toString()).isZero();
            assertThat(whoami.out()).contains("person URN    urn:li:person:AbC12dEf3G");
            assertThat(status.exitCode()).as(status.toString()).isZero();
            assertThat(status.out()).contains("* fake-client-id", "server    " + fixture.baseUrl(), "(in 60 days)");
            assertThat(post.exitCode()).as(post.toString()).isZero();
            assertThat(post.err()).contains(fixture.baseUrl() + "/__fake/feed#urn:li:share:");
            assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
            assertThat(after.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        }
    }

    @Test
    void twoServersAndAppsSideBySideTheLastIsCurrentAndClientIdPicksTheOther() throws Exception {
        try (FakeFixture first = FakeFixture.start(Consent.AUTO);
             FakeFixture second = FakeFixture.start(Consent.AUTO, app -> app.toBuilder().clientId("second-app").build())) {
            assertThat(login(first, FakeFixture.CLIENT_ID).exitCode()).isZero();
            assertThat(login(second, "second-app").exitCode()).isZero();

            JsonNode status = new ObjectMapper().readTree(bare(first).run("status", "--json").out());
            var whoamiCurrent = bare(first).run("whoami");
            var whoamiFirst = bare(first).run("whoami", "--client-id", FakeFixture.CLIENT_ID);

            assertThat(status.get("current").asText()).isEqualTo("second-app");
            assertThat(status.get("entries")).hasSize(2);
            assertThat(status.get("entries").get(0).get("server").asText()).isEqualTo(first.baseUrl());
            assertThat(status.get("entries").get(1).get("server").asText()).isEqualTo(second.baseUrl());
            assertThat(whoamiCurrent.exitCode()).as(whoamiCurrent.toString()).isZero();
            assertThat(whoamiFirst.exitCode()).as(whoamiFirst.toString()).isZero();
            assertThat(second.fake.requests()).isNotEmpty();
        }
    }

    @Test
    void oneAppOnTwoServersKeepsBothTokensAndTheServerOptionPicksOne() throws Exception {
        try (FakeFixture first = FakeFixture.start(Consent.AUTO);
             FakeFixture second = FakeFixture.start(Consent.AUTO)) {
            assertThat(login(first, FakeFixture.CLIENT_ID).exitCode()).isZero();
            assertThat(login(second, FakeFixture.CLIENT_ID).exitCode()).isZero();

            JsonNode status = new ObjectMapper().readTree(bare(first).run("status", "--json").out());
            assertThat(status.get("entries")).hasSize(2);
            assertThat(status.get("entries").get(0).get("client_id").asText()).isEqualTo(FakeFixture.CLIENT_ID);
            assertThat(status.get("entries").get(0).get("server").asText()).isEqualTo(first.baseUrl());
            assertThat(status.get("entries").get(0).get("current").asBoolean()).isFalse();
            assertThat(status.get("entries").get(1).get("server").asText()).isEqualTo(second.baseUrl());
            assertThat(status.get("entries").get(1).get("current").asBoolean()).isTrue();

            String firstToken = bare(first).run("token", "-q", "--base-url", first.baseUrl()).out().strip();
            String secondToken = bare(first).run("token", "-q").out().strip();
            assertThat(firstToken).isNotEqualTo(secondToken);

            int firstBefore = first.fake.requests().size();
            int secondBefore = second.fake.requests().size();
            var whoamiFirst = bare(first).run("whoami", "--base-url", first.baseUrl());
            assertThat(whoamiFirst.exitCode()).as(whoamiFirst.toString()).isZero();
            assertThat(first.fake.requests().size()).isGreaterThan(firstBefore);
            assertThat(second.fake.requests()).hasSize(secondBefore);

            var revokeSecond = bare(second).env("LINKEDIN_CLIENT_SECRET", FakeFixture.CLIENT_SECRET).run("revoke");
            assertThat(revokeSecond.exitCode()).as(revokeSecond.toString()).isZero();
            // Only the second server's entry went; the first one is now the last, so the current one.
            var after = bare(first).run("status");
            assertThat(after.exitCode()).as(after.toString()).isZero();
            assertThat(after.out()).contains("* " + FakeFixture.CLIENT_ID, first.baseUrl()).doesNotContain(second.baseUrl());
            var tokenAfter = bare(first).run("token", "-q");
            assertThat(tokenAfter.exitCode()).as(tokenAfter.toString()).isZero();
            assertThat(tokenAfter.out().strip()).isEqualTo(firstToken);
        }
    }

    @Test
    void aTokenIsNeverSentToAnotherServer() throws Exception {
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            assertThat(login(fixture, FakeFixture.CLIENT_ID).exitCode()).isZero();

            var other = bare(fixture).run("whoami", "--base-url", "http://127.0.0.1:9");
            var otherByEnv = bare(fixture).env("LINKEDIN_BASE_URL", "https://api.linkedin.example").run("post", "x");

            assertThat(other.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(other.err()).contains("one was issued by " + fixture.baseUrl(), "never sent to another server")
                    .doesNotContain("Exception");
            assertThat(otherByEnv.exitCode()).isEqualTo(ExitCodes.USAGE);
        }
    }

    @Test
    void minValidExitsThreeWhenTheTokenExpiresSooner() throws Exception {
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            assertThat(login(fixture, FakeFixture.CLIENT_ID).exitCode()).isZero();

            assertThat(bare(fixture).run("token", "-q", "--min-valid", "7d").exitCode()).isZero();
            assertThat(bare(fixture).run("token", "-q", "--min-valid", "61d").exitCode())
                    .isEqualTo(ExitCodes.NOT_LOGGED_IN);
            assertThat(bare(fixture).run("status", "--min-valid", "61d").exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        }
    }

    @Test
    void aFileOfTheFirstFormatIsReadAndUpgradedOnTheNextSave() throws Exception {
        Path file = dir.resolve("config/linkedin-oauth/tokens.json");
        Files.createDirectories(file.getParent());
        try (InputStream sample = getClass().getResourceAsStream("tokens-v1-first-format.json")) {
            Files.copy(sample, file);
        }
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            var token = bare(fixture).run("token", "-q");
            var status = bare(fixture).run("status");

            assertThat(token.exitCode()).as(token.toString()).isZero();
            assertThat(token.out()).isEqualTo("AQVlegacytokenvalue0123456789\n");
            assertThat(status.out()).contains("* legacy-client-id", "not recorded");

            assertThat(login(fixture, FakeFixture.CLIENT_ID).exitCode()).isZero();
            var store = TokenStore.at(file);
            assertThat(store.load("legacy-client-id")).isPresent();
            assertThat(store.load(FakeFixture.CLIENT_ID).orElseThrow().server()).isEqualTo(fixture.baseUrl());
            assertThat(Files.readString(file)).contains("\"server\" : \"" + fixture.baseUrl() + "\"", "redirect_uri");
        }
    }
}
