package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The admin API of the standalone jar, started with its defaults, scripted and observed by a plain HTTP
 * client only, as a test in another language would: a 429 with Retry-After, a dropped connection, a
 * cancel, the clock moved past 60 days, the journal and reset.
 */
@Timeout(60)
class StandaloneAdminIT {
    private static StandaloneJarProcess jar;
    private static String base;

    @BeforeAll
    static void startJar() throws Exception {
        jar = StandaloneJarProcess.start("--port", "0");
        base = jar.baseUrl();
    }

    @AfterAll
    static void stopJar() throws InterruptedException {
        jar.close();
    }

    @BeforeEach
    void reset() {
        assertThat(Http.postJson(uri("/__fake/reset"), "").statusCode()).isEqualTo(200);
    }

    private static URI uri(String path) {
        return URI.create(base + path);
    }

    private static HttpResponse<String> outcome(String json) {
        HttpResponse<String> response = Http.postJson(uri("/__fake/outcomes"), json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static HttpResponse<String> authorize() {
        return Http.get(uri("/oauth/v2/authorization?response_type=code&client_id=fake-client-id&redirect_uri="
                + Http.enc(Flow.REDIRECT) + "&state=st&scope=openid%20profile%20email%20w_member_social"));
    }

    private static HttpResponse<String> exchange(String code) {
        return Http.postForm(uri("/oauth/v2/accessToken"), Http.fields("grant_type", "authorization_code", "code", code,
                "redirect_uri", Flow.REDIRECT, "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
    }

    private static String accessToken() {
        return Http.json(exchange(Http.locationQuery(authorize()).get("code"))).get("access_token").asText();
    }

    @Test
    void throttledTokenRequestGets429WithRetryAfterThenTheNextIsServed() {
        outcome("{\"endpoint\":\"token\",\"status\":429,\"retryAfter\":2}");

        HttpResponse<String> throttled = exchange(Http.locationQuery(authorize()).get("code"));
        HttpResponse<String> served = exchange(Http.locationQuery(authorize()).get("code"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(served.statusCode()).isEqualTo(200);
    }

    @Test
    void droppedConnectionGivesTheClientNoResponseThenTheNextIsServed() {
        outcome("{\"endpoint\":\"token\",\"kind\":\"drop\"}");
        String code = Http.locationQuery(authorize()).get("code");

        assertThatThrownBy(() -> exchange(code)).isInstanceOf(UncheckedIOException.class);
        assertThat(exchange(Http.locationQuery(authorize()).get("code")).statusCode()).isEqualTo(200);
    }

    @Test
    void cancelledConsentRedirectsWithUserCancelledAuthorize() {
        outcome("{\"kind\":\"cancelConsent\"}");

        Map<String, String> query = Http.locationQuery(authorize());

        assertThat(query).containsEntry("error", "user_cancelled_authorize").containsEntry("state", "st");
    }

    @Test
    void clockMovedPast60DaysRefusesTheOldTokenWithTheContractsBody() {
        String token = accessToken();

        assertThat(Http.postJson(uri("/__fake/clock"), "{\"advance\":\"P61D\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = Http.get(uri("/v2/userinfo"), "Authorization", "Bearer " + token);

        ApiAuthenticationTest.assertEnvelope(refused, 401, 65602, "EXPIRED_ACCESS_TOKEN",
                "The token used in the request has expired");
    }

    @Test
    void journalListsRequestsAndResetEmptiesIt() {
        accessToken();

        JsonNode journal = Http.json(Http.get(uri("/__fake/requests")));
        Http.postJson(uri("/__fake/reset"), "");
        JsonNode afterReset = Http.json(Http.get(uri("/__fake/requests")));

        assertThat(journal.get("count").asInt()).isEqualTo(2);
        assertThat(journal.at("/requests/1/form/client_secret/0").asText()).isEqualTo("fak…ret");
        assertThat(afterReset.get("count").asInt()).isZero();
    }

    @Test
    void dashboardIsServed() {
        HttpResponse<String> page = Http.get(uri("/__fake/"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("fake-linkedin dashboard");
    }
}
