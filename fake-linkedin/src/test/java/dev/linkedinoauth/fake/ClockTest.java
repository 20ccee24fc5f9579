package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.api.Posting;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Moving the fake's clock through the public API keeps codes, tokens, id_tokens, introspection and quotas consistent. */
@Timeout(60)
class ClockTest {
    private static final Instant T0 = Instant.parse("2026-03-01T23:30:00Z");
    private final FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.builder()
            .app(FakeApp.builder().refreshTokens(true).build()).build(), Clock.fixed(T0, ZoneOffset.UTC));
    private final Flow flow = new Flow(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void advanceMovesNowAndReportsTheNewTime() {
        Instant after = fake.clock().advance(Duration.ofMinutes(90));

        assertThat(after).isEqualTo(T0.plus(Duration.ofMinutes(90)));
        assertThat(fake.clock().now()).isEqualTo(after);
        assertThat(fake.clock().offset()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void theClockNeverGoesBack() {
        assertThatThrownBy(() -> fake.clock().advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeStillWorksAfter29Minutes() {
        String code = flow.code();
        fake.clock().advance(Duration.ofMinutes(29));

        assertThat(flow.exchange(code).statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeExpiresAfter30Minutes() {
        String code = flow.code();
        fake.clock().advance(Duration.ofMinutes(31));

        HttpResponse<String> response = flow.exchange(code);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error_description").asText()).contains("Or authorization code expired");
    }

    @Test
    void codesLongExpiredAreForgotten() {
        String old = flow.code();
        fake.clock().advance(Duration.ofDays(2));

        flow.code(); // issuing a code prunes the long-expired ones
        HttpResponse<String> response = flow.exchange(old);

        assertThat(fake.state().codeCount()).isEqualTo(1);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).get("error_description").asText()).endsWith("authorization code not found");
    }

    @Test
    void anAccessTokenExpiresAfter60DaysWithLinkedInsBody() {
        String token = flow.accessToken();
        fake.clock().advance(Duration.ofDays(61));

        HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        ApiAuthenticationTest.assertEnvelope(response, 401, 65602, "EXPIRED_ACCESS_TOKEN",
                "The token used in the request has expired");
    }

    @Test
    void anAccessTokenStillWorksOnDay59() {
        String token = flow.accessToken();
        fake.clock().advance(Duration.ofDays(59));

        assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void introspectionReportsExpiryOnTheFakesClock() {
        String token = flow.accessToken();
        fake.clock().advance(Duration.ofDays(61));

        JsonNode body = Http.json(Http.postForm(fake.url(LinkedInEndpoint.INTROSPECT),
                Http.fields("client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET, "token", token)));

        assertThat(body.get("active").asBoolean()).isFalse();
        assertThat(body.get("status").asText()).isEqualTo("expired");
        assertThat(body.get("created_at").asLong()).isEqualTo(T0.getEpochSecond());
        assertThat(body.get("expires_at").asLong()).isEqualTo(T0.getEpochSecond() + 5_183_999L);
    }

    @Test
    void aRefreshTokenOutlivesTheAccessTokenAndKeepsCountingDown() {
        String refreshToken = flow.tokenResponse(Flow.DEFAULT_SCOPES).get("refresh_token").asText();
        fake.clock().advance(Duration.ofDays(61));

        HttpResponse<String> response = refresh(refreshToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("refresh_token_expires_in").asLong())
                .isEqualTo(31_536_000L - Duration.ofDays(61).toSeconds());
        String renewed = Http.json(response).get("access_token").asText();
        assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + renewed).statusCode()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenExpiresOnItsOwnTtl() {
        String refreshToken = flow.tokenResponse(Flow.DEFAULT_SCOPES).get("refresh_token").asText();
        fake.clock().advance(Duration.ofDays(366));

        HttpResponse<String> response = refresh(refreshToken);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error_description").asText())
                .isEqualTo("The provided authorization grant or refresh token is invalid, expired or revoked");
    }

    @Test
    void idTokenTimesFollowTheClock() {
        fake.clock().advance(Duration.ofDays(10));

        JsonNode claims = Http.jwtClaims(flow.tokenResponse(Flow.DEFAULT_SCOPES).get("id_token").asText());

        long expected = T0.plus(Duration.ofDays(10)).getEpochSecond();
        assertThat(claims.get("iat").asLong()).isEqualTo(expected);
        assertThat(claims.get("exp").asLong()).isEqualTo(expected + 3600);
    }

    @Test
    void theDailyPostingQuotaResetsAtMidnightUtcOfTheFakesClock() {
        String token = flow.accessToken();
        for (int i = 0; i < Posting.MEMBER_DAILY_LIMIT; i++) {
            assertThat(post(token, "post " + i).statusCode()).as("post %d", i).isEqualTo(201);
        }
        assertThat(post(token, "one too many").statusCode()).isEqualTo(429);

        fake.clock().advance(Duration.ofMinutes(29)); // 23:59 UTC: same day
        assertThat(post(token, "still too many").statusCode()).isEqualTo(429);
        fake.clock().advance(Duration.ofMinutes(1)); // 00:00 UTC: a new day

        assertThat(post(token, "a new day").statusCode()).isEqualTo(201);
    }

    @Test
    void resetTakesTheClockBackToItsBase() {
        fake.clock().advance(Duration.ofDays(400));

        fake.reset();

        assertThat(fake.clock().now()).isEqualTo(T0);
        assertThat(fake.clock().offset()).isZero();
    }

    private HttpResponse<String> refresh(String refreshToken) {
        return Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
    }

    private HttpResponse<String> post(String token, String text) {
        return Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), UgcPostsEndpointTest.body(text), "Authorization", "Bearer " + token,
                "X-Restli-Protocol-Version", "2.0.0");
    }
}
