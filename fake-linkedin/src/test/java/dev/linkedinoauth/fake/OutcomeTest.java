package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Scripted outcomes through the Java API: each kind, targeting, counts, order, and reset. */
@Timeout(30)
class OutcomeTest {
    private final FakeLinkedIn fake = FakeLinkedIn.start();
    private final Flow flow = new Flow(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpResponse<String> tokenRequest() {
        return flow.exchange(flow.code());
    }

    @Test
    void statusWithRetryAfterAnswersTheNextTokenRequestOnly() {
        fake.enqueue(Outcome.status(429).retryAfter(Duration.ofSeconds(2)).on(LinkedInEndpoint.TOKEN));

        HttpResponse<String> throttled = tokenRequest();
        HttpResponse<String> normal = tokenRequest();

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(Http.json(throttled).get("status").asInt()).isEqualTo(429);
        assertThat(normal.statusCode()).isEqualTo(200);
    }

    @Test
    void timesRepeatsAnOutcomeThenTheNormalAnswerReturns() {
        fake.enqueue(Outcome.status(503).on(LinkedInEndpoint.TOKEN).times(2));

        assertThat(tokenRequest().statusCode()).isEqualTo(503);
        assertThat(tokenRequest().statusCode()).isEqualTo(503);
        assertThat(tokenRequest().statusCode()).isEqualTo(200);
    }

    @Test
    void outcomesForTheSameEndpointAreUsedInTheOrderQueued() {
        fake.enqueue(Outcome.status(500).on(LinkedInEndpoint.TOKEN), Outcome.status(503).on(LinkedInEndpoint.TOKEN));

        assertThat(tokenRequest().statusCode()).isEqualTo(500);
        assertThat(tokenRequest().statusCode()).isEqualTo(503);
        assertThat(tokenRequest().statusCode()).isEqualTo(200);
    }

    @Test
    void anOutcomeForOneEndpointLeavesTheOthersAlone() {
        fake.enqueue(Outcome.status(500).on(LinkedInEndpoint.USERINFO));

        String token = flow.accessToken();
        HttpResponse<String> discovery = Http.get(fake.url(LinkedInEndpoint.DISCOVERY));
        HttpResponse<String> userinfo = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(userinfo.statusCode()).isEqualTo(500);
        assertThat(fake.pendingOutcomes()).isEmpty();
    }

    @Test
    void statusWithABodySendsThatBody() {
        fake.enqueue(Outcome.status(502).body("text/plain", "bad gateway").on(LinkedInEndpoint.JWKS));

        HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.JWKS));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).isEqualTo("bad gateway");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
    }

    @Test
    void memberCancellingConsentRedirectsWithUserCancelledAuthorize() {
        fake.enqueue(Outcome.cancelConsent());

        Map<String, String> query = Http.locationQuery(flow.authorize(Flow.DEFAULT_SCOPES));

        assertThat(query).containsEntry("error", "user_cancelled_authorize").containsEntry("state", "st4te")
                .containsKey("error_description").doesNotContainKey("code");
    }

    @Test
    void memberCancellingSignInRedirectsWithUserCancelledLogin() {
        fake.enqueue(Outcome.cancelSignIn());

        Map<String, String> query = Http.locationQuery(flow.authorize(Flow.DEFAULT_SCOPES));

        assertThat(query).containsEntry("error", "user_cancelled_login").containsEntry("state", "st4te");
    }

    @Test
    void cancelAppliesOnInteractiveConsentWithoutShowingThePages() {
        try (FakeLinkedIn interactive = FakeLinkedIn.start(FakeConfig.builder().consent(Consent.INTERACTIVE).build())) {
            interactive.enqueue(Outcome.cancelConsent());

            HttpResponse<String> response = new Flow(interactive).authorize(Flow.DEFAULT_SCOPES);

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(Http.locationQuery(response)).containsEntry("error", "user_cancelled_authorize");
        }
    }

    @Test
    void unprovisionedScopeRedirectsWithLinkedInsScopeError() {
        fake.enqueue(Outcome.unprovisionedScope("w_member_social"));

        Map<String, String> query = Http.locationQuery(flow.authorize(Flow.DEFAULT_SCOPES));

        assertThat(query).containsEntry("error", "unauthorized_scope_error")
                .containsEntry("error_description", "Scope &quot;w_member_social&quot; is not authorized for your application");
    }

    @Test
    void aRequestLinkedInRefusesOnItsOwnPageStillGetsThatPageAndUsesTheOutcome() {
        fake.enqueue(Outcome.cancelConsent());

        HttpResponse<String> unknownClient = Http.get(flow.authorizeUri("nobody", Flow.REDIRECT, "openid", "s"));

        assertThat(unknownClient.statusCode()).isEqualTo(401);
        assertThat(fake.pendingOutcomes()).isEmpty();
        assertThat(Http.locationQuery(flow.authorize("openid"))).containsKey("code");
    }

    @Test
    void expiredAccessTokenRowAnswersWithLinkedInsBody() {
        String token = flow.accessToken();
        fake.enqueue(Outcome.error(LinkedInError.EXPIRED_ACCESS_TOKEN).on(LinkedInEndpoint.USERINFO));

        HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode body = Http.json(response);
        assertThat(body.get("serviceErrorCode").asInt()).isEqualTo(65602);
        assertThat(body.get("code").asText()).isEqualTo("EXPIRED_ACCESS_TOKEN");
        assertThat(body.get("message").asText()).isEqualTo("The token used in the request has expired");
        assertThat(response.headers().firstValue("x-restli-error-response")).hasValue("true");
    }

    @Test
    void apiErrorRowsDefaultToTheApisNotTheTokenEndpoint() {
        fake.enqueue(Outcome.error(LinkedInError.REVOKED_ACCESS_TOKEN));

        String token = flow.accessToken();
        HttpResponse<String> me = Http.get(fake.url(LinkedInEndpoint.ME), "Authorization", "Bearer " + token);

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(Http.json(me).get("serviceErrorCode").asInt()).isEqualTo(65601);
    }

    @Test
    void tokenErrorRowsDefaultToTheTokenEndpoint() {
        fake.enqueue(Outcome.error(LinkedInError.INVALID_REFRESH_TOKEN));

        HttpResponse<String> response = tokenRequest();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("invalid_request");
        assertThat(Http.json(response).get("error_description").asText())
                .isEqualTo("The provided authorization grant or refresh token is invalid, expired or revoked");
    }

    @Test
    void invalidClientRowAnswersTheOAuthBody() {
        fake.enqueue(Outcome.error(LinkedInError.INVALID_CLIENT));

        HttpResponse<String> response = tokenRequest();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void accessDeniedNamesTheResourceOfTheEndpointCalled() {
        String token = flow.accessToken();
        fake.enqueue(Outcome.error(LinkedInError.ACCESS_DENIED).on(LinkedInEndpoint.POSTS));

        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.POSTS), "{}", "Authorization", "Bearer " + token,
                "LinkedIn-Version", "202506");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.json(response).get("message").asText())
                .isEqualTo("Not enough permissions to access: partnerApiPostsExternal.CREATE.20250601");
    }

    @Test
    void nonexistentVersionEchoesTheRequestedVersion() {
        fake.enqueue(Outcome.error(LinkedInError.NONEXISTENT_VERSION));

        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.POSTS), "{}", "Authorization", "Bearer x",
                "LinkedIn-Version", "202504");

        assertThat(response.statusCode()).isEqualTo(426);
        assertThat(Http.json(response).get("message").asText()).isEqualTo("Requested version 20250401 is not active");
    }

    @Test
    void duplicatePostAndThrottleRowsHaveTheirStatusAndCode() {
        fake.enqueue(Outcome.error(LinkedInError.DUPLICATE_POST).on(LinkedInEndpoint.UGC_POSTS),
                Outcome.error(LinkedInError.TOO_MANY_REQUESTS).on(LinkedInEndpoint.UGC_POSTS).retryAfter(Duration.ofSeconds(60)));

        HttpResponse<String> duplicate = Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), "{}");
        HttpResponse<String> throttled = Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), "{}");

        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(Http.json(duplicate).at("/errorDetails/inputErrors/0/code").asText()).isEqualTo("DUPLICATE_POST");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Http.json(throttled).get("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("60");
    }

    @Test
    void aDelayedAnswerOutlastsAShortClientTimeout() {
        fake.enqueue(Outcome.delay(Duration.ofSeconds(3)).on(LinkedInEndpoint.DISCOVERY));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(fake.url(LinkedInEndpoint.DISCOVERY)).timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(Http.get(fake.url(LinkedInEndpoint.DISCOVERY)).statusCode()).isEqualTo(200);
    }

    @Test
    void aDelayedAnswerIsTheNormalAnswer() {
        fake.enqueue(Outcome.delay(Duration.ofMillis(200)).on(LinkedInEndpoint.DISCOVERY));

        HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.DISCOVERY));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("issuer").asText()).isEqualTo(fake.issuer());
    }

    @Test
    void aDroppedConnectionSendsNoBytesAtAll() throws IOException {
        fake.enqueue(Outcome.dropConnection().on(LinkedInEndpoint.TOKEN));

        try (Socket socket = new Socket("127.0.0.1", fake.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /oauth/v2/accessToken HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(in.read()).as("end of stream, without a status line").isEqualTo(-1);
        }
        assertThat(tokenRequest().statusCode()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionFailsAnHttpClientCall() {
        fake.enqueue(Outcome.dropConnection().on(LinkedInEndpoint.TOKEN));

        assertThatThrownBy(this::tokenRequest).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void theFakesOwnPathsAreNeverScripted() {
        fake.enqueue(Outcome.status(500));

        assertThat(Http.get(URI.create(fake.baseUrl() + "/__fake/health")).statusCode()).isEqualTo(200);
        assertThat(Http.get(fake.url(LinkedInEndpoint.JWKS)).statusCode()).isEqualTo(500);
    }

    @Test
    void resetForgetsQueuedOutcomes() {
        fake.enqueue(Outcome.status(500).times(5), Outcome.cancelConsent());

        fake.reset();

        assertThat(fake.pendingOutcomes()).isEmpty();
        assertThat(Http.get(fake.url(LinkedInEndpoint.JWKS)).statusCode()).isEqualTo(200);
    }

    @Test
    void pendingOutcomesShowWhatIsLeft() {
        fake.enqueue(Outcome.status(503).on(LinkedInEndpoint.JWKS).times(3));

        Http.get(fake.url(LinkedInEndpoint.JWKS));

        assertThat(fake.pendingOutcomes()).containsExactly(Outcome.status(503).on(LinkedInEndpoint.JWKS).times(2));
    }

    @Test
    void outcomesAreImmutableValues() {
        Outcome.Status base = Outcome.status(429);
        Outcome.Status narrowed = base.on(LinkedInEndpoint.TOKEN).retryAfter(Duration.ofSeconds(1));

        assertThat(base.endpoint()).isEqualTo(LinkedInEndpoint.ANY);
        assertThat(base.retryAfter()).isNull();
        assertThat(narrowed.endpoint()).isEqualTo(LinkedInEndpoint.TOKEN);
    }

    @Test
    void impossibleOutcomesAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> Outcome.status(99)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        assertThatThrownBy(() -> Outcome.status(500).times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outcome.delay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outcome.unprovisionedScope("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outcome.dropConnection().on(LinkedInEndpoint.OTHER)).isInstanceOf(IllegalArgumentException.class);
    }
}
