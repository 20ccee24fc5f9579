package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.linkedinoauth.core.LinkedInApiException.Kind;
import dev.linkedinoauth.core.ScriptedServer.Answer;

/** Bounded retries on 429/503 honouring Retry-After, none otherwise; timeouts on every call. */
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

    private static TokenClient tokens(LinkedInHttp http, ScriptedServer server) {
        return new TokenClient(http, server.endpoints(), "client", Secret.of("secret"));
    }

    @Test
    void aTokenPostThrottledOnceIsRetriedWithTheSameBody() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.of(429, THROTTLED).withHeader("Retry-After", "1"),
                Answer.of(200, TOKEN));
             LinkedInHttp http = http(3)) {
            AccessToken token = tokens(http, server).exchangeCode("AQTcode", server.base().resolve("/cb"));
            assertThat(token.value()).isEqualTo("AQVretried-token-xyz");
            assertThat(server.bodies()).hasSize(2);
            assertThat(server.bodies().get(1)).isEqualTo(server.bodies().get(0)).contains("grant_type=authorization_code");
        }
    }

    @Test
    void a503ThatPersistsFailsAfterTheBoundedRetriesAsServerError() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.of(503, ""));
             LinkedInHttp http = http(2)) {
            assertThatThrownBy(() -> tokens(http, server).clientCredentials())
                    .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                    });
            assertThat(server.bodies()).hasSize(3);
        }
    }

    @Test
    void a429ThatPersistsFailsAsRateLimited() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.of(429, THROTTLED));
             LinkedInHttp http = http(1)) {
            assertThatThrownBy(() -> new MemberClient(http, server.endpoints()).userinfo("AQVtoken-value"))
                    .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                        assertThat(e.serviceErrorCode()).isEqualTo(101);
                    });
            assertThat(server.bodies()).hasSize(2);
        }
    }

    @Test
    void a500IsNotRetried() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.of(500, "{}"), Answer.of(200, TOKEN));
             LinkedInHttp http = http(3)) {
            assertThatThrownBy(() -> tokens(http, server).clientCredentials())
                    .isInstanceOfSatisfying(LinkedInApiException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
            assertThat(server.bodies()).hasSize(1);
        }
    }

    @Test
    void a4xxIsNotRetried() throws Exception {
        try (ScriptedServer server = new ScriptedServer(
                Answer.of(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"),
                Answer.of(200, TOKEN));
             LinkedInHttp http = http(3)) {
            assertThatThrownBy(() -> tokens(http, server).clientCredentials()).isInstanceOf(LinkedInApiException.class);
            assertThat(server.bodies()).hasSize(1);
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAConnectionFailure() throws Exception {
        try (ScriptedServer server = new ScriptedServer(Answer.of(200, TOKEN).delayed(3000));
             LinkedInHttp http = LinkedInHttp.builder().responseTimeout(Duration.ofMillis(300))
                     .retryInterval(Duration.ofMillis(10)).build()) {
            assertThatThrownBy(() -> tokens(http, server).clientCredentials())
                    .isInstanceOf(LinkedInConnectionException.class)
                    .hasMessageContaining(server.base().toString());
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
