package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The admin API under /__fake/, over plain HTTP, as a test in another language would use it. */
@Timeout(30)
class AdminApiTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.defaults(), Clock.fixed(T0, ZoneOffset.UTC));
    private final Flow flow = new Flow(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private URI admin(String path) {
        return URI.create(fake.baseUrl() + "/__fake/" + path);
    }

    private HttpResponse<String> outcome(String json) {
        return Http.postJson(admin("outcomes"), json);
    }

    @Test
    void theIssuesThrottleExampleGives429WithRetryAfterOnceThenTheNormalAnswer() {
        HttpResponse<String> queued = outcome("{\"endpoint\":\"token\",\"status\":429,\"retryAfter\":2}");

        HttpResponse<String> throttled = flow.exchange(flow.code());
        HttpResponse<String> normal = flow.exchange(flow.code());

        assertThat(queued.statusCode()).isEqualTo(201);
        assertThat(Http.json(queued).at("/queued/0/endpoint").asText()).isEqualTo("token");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(normal.statusCode()).isEqualTo(200);
    }

    @Test
    void theIssuesClockExampleExpiresTokensWithLinkedInsBody() {
        String token = flow.accessToken();

        HttpResponse<String> moved = Http.postJson(admin("clock"), "{\"advance\":\"P61D\"}");
        HttpResponse<String> refused = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(Http.json(moved).get("now").asText()).isEqualTo(T0.plus(Duration.ofDays(61)).toString());
        assertThat(Http.json(moved).get("offset").asText()).isEqualTo("PT1464H");
        ApiAuthenticationTest.assertEnvelope(refused, 401, 65602, "EXPIRED_ACCESS_TOKEN",
                "The token used in the request has expired");
    }

    @Test
    void getClockShowsTheFakesTime() {
        JsonNode clock = Http.json(Http.get(admin("clock")));

        assertThat(clock.get("now").asText()).isEqualTo(T0.toString());
        assertThat(clock.get("epochSecond").asLong()).isEqualTo(T0.getEpochSecond());
        assertThat(clock.get("offset").asText()).isEqualTo("PT0S");
    }

    @Test
    void clockAcceptsSecondsAndRefusesNonsenseInOneLine() {
        assertThat(Http.postJson(admin("clock"), "{\"advance\":60}").statusCode()).isEqualTo(200);
        assertThat(fake.clock().offset()).isEqualTo(Duration.ofMinutes(1));

        for (String bad : new String[] {"{\"advance\":\"soon\"}", "{\"advance\":\"-PT1S\"}", "{}", "{\"advance\":\"P1D\",\"x\":1}", "nope"}) {
            HttpResponse<String> response = Http.postJson(admin("clock"), bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(Http.json(response).get("message").asText()).as(bad).doesNotContain("\n", "Exception");
        }
    }

    @Test
    void impossibleClockValuesAre400InOneLineAndChangeNothing() {
        String[] impossible = {"{\"advance\":\"P400000000000D\"}", "{\"advance\":1e300}", "{\"advance\":1e300}",
            "{\"advance\":1e300}", "{\"advance\":1e300}", "{\"advance\":\"PT9223372036854775807S\"}",
            "{\"advance\":\"PT99999999999999999999S\"}", "{\"set\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"set\":\"9000-01-01T00:00:01Z\"}", "{\"set\":\"2000-01-01T00:00:00Z\"}", "{\"set\":\"tomorrow\"}",
            "{\"set\":1e300}", "{\"advance\":\"P1D\",\"set\":\"2030-01-01T00:00:00Z\"}", "[]", "1e300"};
        for (String bad : impossible) {
            HttpResponse<String> response = Http.postJson(admin("clock"), bad);

            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(Http.json(response).get("message").asText()).as(bad).doesNotContain("\n", "Exception");
            assertThat(fake.clock().offset()).as(bad).isEqualTo(Duration.ZERO);
        }
        assertThat(Http.get(admin("health")).statusCode()).isEqualTo(200);
        assertThat(Http.json(Http.get(admin("clock"))).get("now").asText()).isEqualTo(T0.toString());
        assertThat(flow.exchange(flow.code()).statusCode()).isEqualTo(200);
    }

    @Test
    void theClockCanBeMovedUpToItsLatestTimeAndTheFakeStillAnswers() {
        HttpResponse<String> moved = Http.postJson(admin("clock"), "{\"set\":\"9000-01-01T00:00:00Z\"}");
        HttpResponse<String> further = Http.postJson(admin("clock"), "{\"advance\":1}");

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(Http.json(moved).get("now").asText()).isEqualTo("9000-01-01T00:00:00Z");
        assertThat(further.statusCode()).isEqualTo(400);
        assertThat(Http.json(further).get("message").asText()).contains("cannot go past 9000-01-01T00:00:00Z");
        assertThat(flow.exchange(flow.code()).statusCode()).isEqualTo(200);
        assertThat(Http.get(admin("")).statusCode()).isEqualTo(200);
        assertThat(Http.postJson(admin("reset"), "").statusCode()).isEqualTo(200);
        assertThat(fake.clock().now()).isEqualTo(T0);
    }

    @Test
    void setMovesTheClockForwardToAnInstant() {
        HttpResponse<String> moved = Http.postJson(admin("clock"), "{\"set\":\"2026-05-01T10:00:00Z\"}");

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(fake.clock().now()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
    }

    @Test
    void cancelKindsRedirectWithTheMembersDecision() {
        outcome("[{\"kind\":\"cancelConsent\"},{\"kind\":\"cancelSignIn\"},{\"kind\":\"unprovisionedScope\",\"scope\":\"r_liteprofile\"}]");

        Map<String, String> first = Http.locationQuery(flow.authorize("openid"));
        Map<String, String> second = Http.locationQuery(flow.authorize("openid"));
        Map<String, String> third = Http.locationQuery(flow.authorize("openid"));

        assertThat(first).containsEntry("error", "user_cancelled_authorize");
        assertThat(second).containsEntry("error", "user_cancelled_login");
        assertThat(third).containsEntry("error", "unauthorized_scope_error");
        assertThat(Http.locationQuery(flow.authorize("openid"))).containsKey("code");
    }

    @Test
    void contractErrorsByName() {
        String token = flow.accessToken();
        outcome("{\"endpoint\":\"userinfo\",\"error\":\"EXPIRED_ACCESS_TOKEN\",\"times\":2}");

        HttpResponse<String> first = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);
        HttpResponse<String> second = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);
        HttpResponse<String> third = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        assertThat(Http.json(first).get("serviceErrorCode").asInt()).isEqualTo(65602);
        assertThat(second.statusCode()).isEqualTo(401);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void dropAndDelayKinds() {
        outcome("[{\"endpoint\":\"token\",\"kind\":\"drop\"},{\"endpoint\":\"discovery\",\"delay\":\"PT0.1S\"}]");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> flow.exchange("x"))
                .hasCauseInstanceOf(java.io.IOException.class);
        assertThat(Http.get(fake.url(LinkedInEndpoint.DISCOVERY)).statusCode()).isEqualTo(200);
        assertThat(fake.pendingOutcomes()).isEmpty();
    }

    @Test
    void statusWithAJsonBody() {
        outcome("{\"endpoint\":\"jwks\",\"status\":503,\"body\":{\"message\":\"down for maintenance\"}}");

        HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.JWKS));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Http.json(response).get("message").asText()).isEqualTo("down for maintenance");
    }

    @Test
    void getOutcomesListsWhatIsStillQueued() {
        outcome("{\"endpoint\":\"token\",\"status\":500,\"times\":3}");
        flow.exchange("x");

        JsonNode listed = Http.json(Http.get(admin("outcomes")));

        assertThat(listed.at("/outcomes/0/status").asInt()).isEqualTo(500);
        assertThat(listed.at("/outcomes/0/times").asInt()).isEqualTo(2);
    }

    @Test
    void badOutcomesAreRefusedInOneLineAndNothingIsQueued() {
        for (String bad : new String[] {"{\"endpoint\":\"nowhere\",\"status\":500}", "{\"endpoint\":\"token\",\"statsu\":500}",
                "{\"endpoint\":\"token\",\"status\":42}", "{\"error\":\"NO_SUCH_ERROR\"}", "{\"kind\":\"cancelConsent\",\"endpoint\":\"token\"}",
                "{\"endpoint\":\"token\"}", "[]", "{\"status\":500,\"times\":0}", "not json", ""}) {
            HttpResponse<String> response = outcome(bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(Http.json(response).get("message").asText()).as(bad).isNotBlank().doesNotContain("\n", "Exception");
        }
        assertThat(fake.pendingOutcomes()).isEmpty();
    }

    @Test
    void requestsListsTheJournalWithSecretsMasked() {
        String token = flow.accessToken();
        Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        HttpResponse<String> response = Http.get(admin("requests"));

        JsonNode listed = Http.json(response);
        assertThat(listed.get("count").asInt()).isEqualTo(3);
        assertThat(listed.at("/requests/1/endpoint").asText()).isEqualTo("token");
        assertThat(listed.at("/requests/1/form/grant_type/0").asText()).isEqualTo("authorization_code");
        assertThat(listed.at("/requests/1/form/client_secret/0").asText()).isEqualTo("fak…ret");
        assertThat(listed.at("/requests/2/headers/Authorization/0").asText()).startsWith("Bearer AQV…");
        assertThat(listed.at("/requests/2/status").asInt()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(token, Flow.SECRET);
    }

    @Test
    void requestsCanBeFilteredByEndpoint() {
        flow.accessToken();

        JsonNode listed = Http.json(Http.get(URI.create(admin("requests") + "?endpoint=token")));

        assertThat(listed.get("count").asInt()).isEqualTo(1);
        assertThat(listed.at("/requests/0/path").asText()).isEqualTo("/oauth/v2/accessToken");
    }

    @Test
    void postsListsWhatWasPosted() {
        String token = flow.accessToken();
        Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), UgcPostsEndpointTest.body("Hello <world>"), "Authorization", "Bearer " + token,
                "X-Restli-Protocol-Version", "2.0.0");

        JsonNode posts = Http.json(Http.get(admin("posts")));

        assertThat(posts.get("count").asInt()).isEqualTo(1);
        assertThat(posts.at("/posts/0/commentary").asText()).isEqualTo("Hello <world>");
        assertThat(posts.at("/posts/0/urn").asText()).startsWith("urn:li:share:");
        assertThat(posts.at("/posts/0/body/lifecycleState").asText()).isEqualTo("PUBLISHED");
    }

    @Test
    void resetForgetsEverythingATestDid() {
        String token = flow.accessToken();
        outcome("{\"status\":500,\"times\":5}");
        Http.postJson(admin("clock"), "{\"advance\":\"P1D\"}");

        HttpResponse<String> reset = Http.postJson(admin("reset"), "");

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(fake.requestCount()).isZero();
        assertThat(fake.pendingOutcomes()).isEmpty();
        assertThat(fake.clock().now()).isEqualTo(T0);
        assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void adminCallsAreNotRecorded() {
        Http.get(admin("requests"));
        Http.get(admin("clock"));
        outcome("{\"endpoint\":\"me\",\"status\":500}");

        assertThat(fake.requestCount()).isZero();
    }
}
