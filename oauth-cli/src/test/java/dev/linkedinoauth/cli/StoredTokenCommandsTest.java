package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import dev.linkedinoauth.fake.model.Consent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** token, refresh, introspect, revoke and whoami against the fake, with a token store in a temp dir. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StoredTokenCommandsTest {

    @TempDir
    Path dir;

    private FakeFixture fixture;

    @BeforeEach
    void startFakeAndLogIn() {
        fixture = FakeFixture.start(Consent.AUTO, app -> app.toBuilder().refreshTokens(true).build());
        var login = fixture.runner(dir).run("login");
        assertThat(login.exitCode()).as(login.toString()).isZero();
    }

    @AfterEach
    void stopFake() {
        fixture.close();
    }

    private StoredToken stored() {
        return TokenStore.at(dir.resolve("config/linkedin-oauth/tokens.json")).load(FakeFixture.CLIENT_ID).orElseThrow();
    }

    @Test
    void tokenShowsTheStoredTokenMasked() {
        var result = fixture.runner(dir).run("token");

        String value = stored().accessToken();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("member id     AbC12dEf3G", "(in 60 days)",
                "access token  " + value.substring(0, 3) + "…" + value.substring(value.length() - 3))
                .doesNotContain(value);
    }

    @Test
    void tokenRevealPrintsItInFull() {
        var result = fixture.runner(dir).run("token", "--reveal");

        assertThat(result.out()).contains(stored().accessToken());
    }

    @Test
    void tokenJsonKeepsMaskedAndRevealedApart() throws Exception {
        JsonNode masked = new ObjectMapper().readTree(fixture.runner(dir).run("token", "--json").out());
        JsonNode revealed = new ObjectMapper().readTree(fixture.runner(dir).run("token", "--json", "--reveal").out());

        assertThat(masked.has("access_token")).isFalse();
        assertThat(masked.get("access_token_masked").asText()).contains("…");
        assertThat(revealed.get("access_token").asText()).isEqualTo(stored().accessToken());
        assertThat(revealed.get("member_id").asText()).isEqualTo("AbC12dEf3G");
    }

    @Test
    void tokenWithoutALoginExitsThree() {
        var result = fixture.runner(dir).env("XDG_CONFIG_HOME", dir.resolve("empty").toString()).run("token");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).contains("not logged in", "run linkedin-oauth login");
    }

    @Test
    void expiredTokenExitsThree() {
        Clock in61Days = Clock.offset(Clock.systemUTC(), Duration.ofDays(61));

        var result = fixture.runner(dir).clock(in61Days).run("token");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).contains("expired", "ago");
    }

    @Test
    void whoamiAsksUserinfoWithTheStoredToken() {
        var result = fixture.runner(dir).run("whoami");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("member id     AbC12dEf3G", "person URN    urn:li:person:AbC12dEf3G",
                "email         ada@example.com");
    }

    @Test
    void introspectAfterTheFakesClockMovedDoesNotPutInSixtyDaysNextToExpired() {
        fixture.fake.clock().advance(Duration.ofDays(61));

        var result = fixture.runner(dir).run("introspect");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("active        false",
                "LinkedIn reports the token inactive; this machine's clock says in 60 days")
                .doesNotContain("(in 60 days)");
    }

    @Test
    void whoamiWithATokenLinkedInSaysHasExpiredExitsThree() {
        fixture.fake.clock().advance(Duration.ofDays(61));

        var result = fixture.runner(dir).run("whoami");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).contains("EXPIRED_ACCESS_TOKEN", "run linkedin-oauth login");
    }

    @Test
    void whoamiJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(fixture.runner(dir).run("whoami", "--json").out());

        assertThat(json.get("person_urn").asText()).isEqualTo("urn:li:person:AbC12dEf3G");
    }

    @Test
    void introspectReportsTheStoredTokenActive() throws Exception {
        var result = fixture.runner(dir).run("introspect", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("active").asBoolean()).isTrue();
        assertThat(json.get("client_id").asText()).isEqualTo(FakeFixture.CLIENT_ID);
    }

    @Test
    void introspectReadsATokenFromStdin() {
        var result = fixture.runner(dir).stdin(stored().accessToken() + "\n").run("introspect", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("active        true");
    }

    @Test
    void introspectOfATokenLinkedInNeverIssuedExitsFiveWithAHint() {
        var result = fixture.runner(dir).stdin("AQVnot-a-real-token-at-all\n").run("introspect", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("HTTP 400", "What to do: the token is not one LinkedIn issued");
    }

    @Test
    void refreshReplacesTheStoredAccessToken() {
        String before = stored().accessToken();

        var result = fixture.runner(dir).run("refresh");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(stored().accessToken()).isNotEqualTo(before);
        assertThat(stored().memberId()).isEqualTo("AbC12dEf3G");
    }

    @Test
    void refreshWithoutARefreshTokenExitsThree() {
        TokenStore store = TokenStore.at(dir.resolve("config/linkedin-oauth/tokens.json"));
        StoredToken s = stored();
        store.save(FakeFixture.CLIENT_ID, new StoredToken(s.accessToken(), s.expiresAt(), s.scopes(), null, null,
                s.memberId(), s.memberName(), s.server(), s.redirectUri()));

        var result = fixture.runner(dir).run("refresh");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).contains("no refresh token");
    }

    @Test
    void revokeForgetsTheTokenAndLinkedInRejectsItAfterwards() {
        StoredToken before = stored();

        var revoke = fixture.runner(dir).run("revoke");
        var token = fixture.runner(dir).run("token");
        TokenStore.at(dir.resolve("config/linkedin-oauth/tokens.json")).save(FakeFixture.CLIENT_ID, before);
        var whoami = fixture.runner(dir).run("whoami");

        assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
        assertThat(revoke.out()).contains("Revoked");
        assertThat(token.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(whoami.exitCode()).as(whoami.toString()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(whoami.err()).contains("REVOKED_ACCESS_TOKEN", "run linkedin-oauth login");
    }

    @Test
    void withoutAClientIdTokenUsesTheCurrentEntry() {
        var result = fixture.runner(dir).env("LINKEDIN_CLIENT_ID", "").run("token");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("member id     AbC12dEf3G");
    }

}
