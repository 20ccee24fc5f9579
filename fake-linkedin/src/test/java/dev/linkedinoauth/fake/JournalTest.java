package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkedinoauth.fake.internal.text.Mask;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The request journal: takeRequest, requests, requestCount, verify and their messages. */
@Timeout(30)
class JournalTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.defaults(), Clock.fixed(T0, ZoneOffset.UTC));
    private final Flow flow = new Flow(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void takeRequestReturnsRequestsInArrivalOrderWithTheirParts() {
        String code = flow.code();
        flow.exchange(code);

        RecordedRequest authorize = fake.takeRequest();
        RecordedRequest exchange = fake.takeRequest();

        assertThat(authorize.method()).isEqualTo("GET");
        assertThat(authorize.endpoint()).isEqualTo(LinkedInEndpoint.AUTHORIZATION);
        assertThat(authorize.queryParameter("redirect_uri")).isEqualTo(Flow.REDIRECT);
        assertThat(authorize.queryParameter("scope")).isEqualTo(Flow.DEFAULT_SCOPES);
        assertThat(authorize.status()).isEqualTo(302);
        assertThat(exchange.path()).isEqualTo("/oauth/v2/accessToken");
        assertThat(exchange.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(exchange.formField("code")).isEqualTo(code);
        assertThat(exchange.formField("client_secret")).isEqualTo(Flow.SECRET);
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.receivedAt()).isEqualTo(T0);
    }

    @Test
    void receivedAtIsOnTheFakesClock() {
        fake.clock().advance(Duration.ofHours(5));

        Http.get(fake.url(LinkedInEndpoint.JWKS));

        assertThat(fake.takeRequest().receivedAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
    }

    @Test
    void jsonBodiesAreReadable() {
        String token = flow.accessToken();
        Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), "{\"author\":\"urn:li:person:AbC12dEf3G\",\"lifecycleState\":\"PUBLISHED\"}",
                "Authorization", "Bearer " + token, "X-Restli-Protocol-Version", "2.0.0");

        RecordedRequest post = fake.verify(RequestPattern.to(LinkedInEndpoint.UGC_POSTS));

        assertThat(post.json().get("author").asText()).isEqualTo("urn:li:person:AbC12dEf3G");
        assertThat(post.header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void takeRequestWaitsForARequestThatArrivesLater() throws Exception {
        CompletableFuture<RecordedRequest> taken = CompletableFuture.supplyAsync(() -> fake.takeRequest(Duration.ofSeconds(10)));

        Http.get(fake.url(LinkedInEndpoint.DISCOVERY));

        assertThat(taken.get(10, TimeUnit.SECONDS).endpoint()).isEqualTo(LinkedInEndpoint.DISCOVERY);
    }

    @Test
    void takeRequestGivesUpAfterItsTimeoutAndSaysWhatWasReceived() {
        Http.get(fake.url(LinkedInEndpoint.JWKS));
        fake.takeRequest();

        assertThatThrownBy(() -> fake.takeRequest(Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no request arrived within 100 ms")
                .hasMessageContaining("GET /oauth/openid/jwks → 200");
    }

    @Test
    void requestsAndCountIncludeTakenOnes() {
        Http.get(fake.url(LinkedInEndpoint.JWKS));
        Http.get(fake.url(LinkedInEndpoint.DISCOVERY));
        fake.takeRequest();

        assertThat(fake.requestCount()).isEqualTo(2);
        assertThat(fake.requests()).extracting(RecordedRequest::endpoint)
                .containsExactly(LinkedInEndpoint.JWKS, LinkedInEndpoint.DISCOVERY);
    }

    @Test
    void theFakesOwnPathsAreNotRecorded() {
        Http.get(URI.create(fake.baseUrl() + "/__fake/health"));
        Http.get(fake.dashboardUrl());
        Http.get(URI.create(fake.baseUrl() + "/__fake/requests"));

        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void unknownPathsAreRecordedAsOther() {
        Http.get(URI.create(fake.baseUrl() + "/v2/nothing"));

        RecordedRequest request = fake.takeRequest();

        assertThat(request.endpoint()).isEqualTo(LinkedInEndpoint.OTHER);
        assertThat(request.status()).isEqualTo(404);
    }

    @Test
    void aDroppedConnectionIsRecordedWithStatusZero() {
        fake.enqueue(Outcome.dropConnection().on(LinkedInEndpoint.TOKEN));
        try {
            flow.exchange("x");
        } catch (RuntimeException expected) {
            // the connection was closed: that is the point
        }

        assertThat(fake.verify(RequestPattern.to(LinkedInEndpoint.TOKEN)).status()).isZero();
    }

    @Test
    void verifyReturnsTheFirstMatchingRequest() {
        flow.accessToken();

        RecordedRequest exchange = fake.verify(RequestPattern.to("token").withMethod("post")
                .withForm("grant_type", "authorization_code").withFormField("code"));

        assertThat(exchange.formField("client_id")).isEqualTo(Flow.CLIENT_ID);
    }

    @Test
    void verifyFailureNamesThePatternAndListsTheRequestsWithSecretsMasked() {
        flow.accessToken();

        assertThatThrownBy(() -> fake.verify(RequestPattern.to(LinkedInEndpoint.TOKEN).withForm("grant_type", "refresh_token")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected a request to token (/oauth/v2/accessToken), form grant_type=refresh_token")
                .hasMessageContaining("the fake received 2 requests:")
                .hasMessageContaining("1. GET /oauth/v2/authorization?")
                .hasMessageContaining("2. POST /oauth/v2/accessToken form{grant_type=authorization_code")
                .hasMessageContaining("client_secret=fak…ret")
                .hasMessageNotContaining(Flow.SECRET);
    }

    @Test
    void verifyWithACountChecksExactly() {
        Http.get(fake.url(LinkedInEndpoint.JWKS));
        Http.get(fake.url(LinkedInEndpoint.JWKS));

        assertThat(fake.verify(2, RequestPattern.to(LinkedInEndpoint.JWKS))).hasSize(2);
        assertThat(fake.verify(0, RequestPattern.to(LinkedInEndpoint.POSTS))).isEmpty();
        assertThatThrownBy(() -> fake.verify(1, RequestPattern.to(LinkedInEndpoint.JWKS)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected 1 × a request to jwks")
                .hasMessageContaining("but 2 matched");
    }

    @Test
    void patternsMatchGroupsPathsQueriesHeadersAndJson() {
        String token = flow.accessToken();
        Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        fake.verify(RequestPattern.to(LinkedInEndpoint.API).withHeader("Authorization", "Bearer " + token));
        fake.verify(RequestPattern.to("/v2/userinfo"));
        fake.verify(RequestPattern.to(LinkedInEndpoint.AUTHORIZATION).withQuery("state", "st4te"));
        fake.verify(3, RequestPattern.anyRequest());
        assertThat(RequestPattern.to(LinkedInEndpoint.API).withHeader("Authorization", "Bearer " + token).toString())
                .doesNotContain(token).contains("Bearer AQV…");
    }

    @Test
    void recordedRequestsShowTheBearerTokenOnlyMasked() {
        String token = flow.accessToken();
        Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);

        RecordedRequest userinfo = fake.verify(RequestPattern.to(LinkedInEndpoint.USERINFO));

        assertThat(userinfo.toString()).isEqualTo("GET /v2/userinfo → 200");
        assertThat(Mask.headers(userinfo.headers()).get("Authorization")).containsExactly(
                "Bearer " + token.substring(0, 3) + "…" + token.substring(token.length() - 3));
    }

    @Test
    void resetEmptiesTheJournal() {
        Http.get(fake.url(LinkedInEndpoint.JWKS));

        fake.reset();

        assertThat(fake.requestCount()).isZero();
        assertThat(fake.requests()).isEmpty();
        assertThatThrownBy(() -> fake.takeRequest(Duration.ofMillis(50))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the fake received no requests");
    }
}
