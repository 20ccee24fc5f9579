package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.linkedinoauth.core.LinkedInApiException.Kind;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;

/** Bounded retries on 429/503 honouring Retry-After, none otherwise; timeouts on every call; faults from the fake's outcomes. */
@Timeout(30)
class RetryAndTimeoutTest {
    private static final String TOKEN = "{\"access_token\":\"AQVretried-token-xyz\",\"expires_in\":5183999,"
            + "\"scope\":\"openid,profile\"}";
    private static final String THROTTLED = "{\"status\":429,\"serviceErrorCode\":101,\"code\":\"TOO_MANY_REQUESTS\","
            + "\"message\":\"Resource level throttle limit for calls to this resource is reached.\"}";

    private static LinkedInHttp http(int maxRetries) {
        return LinkedInHttp.builder().maxRetries(maxRetries).retryInterval(Duration.ofMillis(20))
                .responseTimeout(Duration.ofSeconds(5)).build();
    }

    private static TokenClient tokens(LinkedInHttp http, FakeLinkedIn fake) {
        return new TokenClient(http, LinkedInEndpoints.forBaseUrl(fake.baseUrl()), TestSupport.CLIENT_ID,
                Secret.of(TestSupport.CLIENT_SECRET));
    }

    @Test
    void aTokenPostThrottledOnceIsRetriedWithTheSameBody() {
        URI callback = TestSupport.freeCallback();
        try (FakeLinkedIn fake = TestSupport.fakeFor(callback);
             LinkedInHttp http = http(3)) {
            String code = TestSupport.codeFromFake(fake, callback, AuthorizationRequest.DEFAULT_SCOPES);
            fake.enqueue(Outcome.status(429).retryAfter(Duration.ofSeconds(1)).on(LinkedInEndpoint.TOKEN));
            AccessToken token = tokens(http, fake).exchangeCode(code, callback);
            assertThat(token.value()).isNotBlank();
            List<RecordedRequest> posts = fake.verify(2, RequestPattern.to(LinkedInEndpoint.TOKEN));
            assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body()).contains("grant_type=authorization_code");
        }
    }

    @Test
    void a503ThatPersistsFailsAfterTheBoundedRetriesAsServerError() {
        try (FakeLinkedIn fake = FakeLinkedIn.start();
             LinkedInHttp http = http(2)) {
            fake.enqueue(Outcome.status(503).on(LinkedInEndpoint.TOKEN).times(10));
            assertThatThrownBy(() -> tokens(http, fake).clientCredentials())
                    .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                    });
            fake.verify(3, RequestPattern.to(LinkedInEndpoint.TOKEN));
        }
    }

    @Test
    void a429ThatPersistsFailsAsRateLimited() {
        try (FakeLinkedIn fake = FakeLinkedIn.start();
             LinkedInHttp http = http(1)) {
            fake.enqueue(Outcome.error(LinkedInError.TOO_MANY_REQUESTS).on(LinkedInEndpoint.USERINFO).times(10));
            assertThatThrownBy(() -> new MemberClient(http, LinkedInEndpoints.forBaseUrl(fake.baseUrl()))
                    .userinfo("AQVtoken-value"))
                    .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                        assertThat(e.serviceErrorCode()).isEqualTo(101);
                    });
            fake.verify(2, RequestPattern.to(LinkedInEndpoint.USERINFO));
        }
    }

    @Test
    void a500IsNotRetried() {
        try (FakeLinkedIn fake = FakeLinkedIn.start();
             LinkedInHttp http = http(3)) {
            fake.enqueue(Outcome.status(500).body("{}").on(LinkedInEndpoint.TOKEN));
            assertThatThrownBy(() -> tokens(http, fake).clientCredentials())
                    .isInstanceOfSatisfying(LinkedInApiException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
            fake.verify(1, RequestPattern.to(LinkedInEndpoint.TOKEN));
        }
    }

    @Test
    void a4xxIsNotRetried() {
        try (FakeLinkedIn fake = FakeLinkedIn.start();
             LinkedInHttp http = http(3)) {
            fake.enqueue(Outcome.error(LinkedInError.INVALID_CLIENT));
            assertThatThrownBy(() -> tokens(http, fake).clientCredentials())
                    .isInstanceOfSatisfying(LinkedInApiException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_CLIENT));
            fake.verify(1, RequestPattern.to(LinkedInEndpoint.TOKEN));
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAConnectionFailure() {
        try (FakeLinkedIn fake = FakeLinkedIn.start();
             LinkedInHttp http = LinkedInHttp.builder().responseTimeout(Duration.ofMillis(300))
                     .retryInterval(Duration.ofMillis(10)).build()) {
            fake.enqueue(Outcome.delay(Duration.ofSeconds(3)).on(LinkedInEndpoint.TOKEN).times(10));
            assertThatThrownBy(() -> tokens(http, fake).clientCredentials())
                    .isInstanceOf(LinkedInConnectionException.class)
                    .hasMessageContaining(fake.baseUrl().toString());
        }
    }

    @Test
    void aDroppedConnectionIsAConnectionFailure() {
        try (FakeLinkedIn fake = FakeLinkedIn.start();
             LinkedInHttp http = http(0)) {
            fake.enqueue(Outcome.dropConnection().on(LinkedInEndpoint.TOKEN).times(10));
            assertThatThrownBy(() -> tokens(http, fake).clientCredentials())
                    .isInstanceOf(LinkedInConnectionException.class)
                    .message().doesNotContain(TestSupport.CLIENT_SECRET);
        }
    }

    @Test
    void nobodyListeningIsAConnectionFailureWithoutSecrets() throws Exception {
        int port = TestSupport.freePort();
        try (LinkedInHttp http = http(3)) {
            TokenClient client = new TokenClient(http, LinkedInEndpoints.forBaseUrl(java.net.URI.create("http://127.0.0.1:" + port)),
                    "client", Secret.of("top-secret-value"));
            assertThatThrownBy(() -> client.exchangeCode("AQTcode-value", java.net.URI.create("http://localhost/cb")))
                    .isInstanceOf(LinkedInConnectionException.class)
                    .message().doesNotContain("top-secret-value").doesNotContain("AQTcode-value");
        }
    }

    @Test
    void retryAfterSecondsIsHonouredAndCapped() {
        RetryAfterStrategy strategy = new RetryAfterStrategy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
        BasicHttpResponse seven = new BasicHttpResponse(429);
        seven.addHeader("Retry-After", "7");
        BasicHttpResponse day = new BasicHttpResponse(429);
        day.addHeader("Retry-After", "86400");
        assertThat(strategy.getRetryInterval(seven, 1, null)).isEqualTo(TimeValue.ofSeconds(7));
        assertThat(strategy.getRetryInterval(day, 1, null)).isEqualTo(TimeValue.ofSeconds(30));
    }

    @Test
    void withoutRetryAfterTheWaitDoubles() {
        RetryAfterStrategy strategy = new RetryAfterStrategy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
        BasicHttpResponse r = new BasicHttpResponse(503);
        assertThat(strategy.getRetryInterval(r, 1, null).toMilliseconds()).isEqualTo(1000);
        assertThat(strategy.getRetryInterval(r, 2, null).toMilliseconds()).isEqualTo(2000);
        assertThat(strategy.getRetryInterval(r, 3, null).toMilliseconds()).isEqualTo(4000);
        assertThat(strategy.getRetryInterval(r, 10, null).convert(TimeUnit.SECONDS)).isEqualTo(30);
    }

    @Test
    void only429And503AreRetriable() {
        RetryAfterStrategy strategy = new RetryAfterStrategy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(strategy.retryRequest(new BasicHttpResponse(429), 1, null)).isTrue();
        assertThat(strategy.retryRequest(new BasicHttpResponse(503), 1, null)).isTrue();
        assertThat(strategy.retryRequest(new BasicHttpResponse(503), 4, null)).isFalse();
        assertThat(strategy.retryRequest(new BasicHttpResponse(500), 1, null)).isFalse();
        assertThat(strategy.retryRequest(new BasicHttpResponse(400), 1, null)).isFalse();
    }
}
