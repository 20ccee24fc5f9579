package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** §10 row "any API" and §6.2's 401s, on every API endpoint: userinfo, /v2/me, /rest/posts, /v2/ugcPosts. */
@Timeout(30)
class ApiAuthenticationTest {
    private FakeLinkedIn fake;
    private Flow flow;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start();
        flow = new Flow(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    static Stream<Arguments> apisAndHeaders() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String api : new String[] {"/v2/userinfo", "/v2/me", "/rest/posts", "/v2/ugcPosts"}) {
            cases.add(Arguments.of(api, null, 401, 401, null, "Empty oauth2_access_token"));
            cases.add(Arguments.of(api, "", 401, 401, null, "Empty oauth2_access_token"));
            cases.add(Arguments.of(api, "Bearer", 401, 401, null, "Empty oauth2_access_token"));
            cases.add(Arguments.of(api, "Basic ZmFrZTpmYWtl", 401, null, null, "Unknown authentication schema"));
            cases.add(Arguments.of(api, "Token AQVabc", 401, null, null, "Unknown authentication schema"));
            cases.add(Arguments.of(api, "Bearer AQVmadeup", 401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token"));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} with Authorization \"{1}\" -> {2}/{3}")
    @MethodSource("apisAndHeaders")
    void badAuthorizationGetsLinkedInsEnvelope(String api, String authorization, int status, Integer serviceErrorCode,
                                               String code, String message) {
        HttpResponse<String> response = call(api, authorization);
        assertEnvelope(response, status, serviceErrorCode, code, message);
    }

    static Stream<String> apis() {
        return Stream.of("/v2/userinfo", "/v2/me", "/rest/posts", "/v2/ugcPosts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void aRevokedTokenIs65601(String api) {
        String token = flow.accessToken();
        Http.postForm(fake.url(LinkedInEndpoint.REVOKE), Http.fields("token", token, "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
        assertEnvelope(call(api, "Bearer " + token), 401, 65601, "REVOKED_ACCESS_TOKEN",
                "The token used in the request has been revoked by the user");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void anExpiredTokenIs65602(String api) {
        String token = flow.accessToken();
        fake.clock().advance(Duration.ofDays(60));
        assertEnvelope(call(api, "Bearer " + token), 401, 65602, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apis")
    void theTokenMayAlsoComeAsTheOauth2AccessTokenParameter(String api) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + api
                        + "?oauth2_access_token=AQVmadeup")).timeout(Duration.ofSeconds(10))
                .method(api.startsWith("/v2/u") && !api.contains("ugc") || api.equals("/v2/me") ? "GET" : "POST",
                        HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEnvelope(response, 401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
    }

    static void assertEnvelope(HttpResponse<String> response, int status, Integer serviceErrorCode, String code, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-restli-error-response")).hasValue("true");
        JsonNode body = Http.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isEqualTo(message);
        if (serviceErrorCode == null) {
            assertThat(body.has("serviceErrorCode")).isFalse();
        } else {
            assertThat(body.get("serviceErrorCode").asInt()).isEqualTo(serviceErrorCode);
        }
        if (code == null) {
            assertThat(body.has("code")).isFalse();
        } else {
            assertThat(body.get("code").asText()).isEqualTo(code);
        }
    }

    private HttpResponse<String> call(String api, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + api)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (api.equals("/v2/userinfo") || api.equals("/v2/me")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").header("LinkedIn-Version", Versions.current())
                    .header("X-Restli-Protocol-Version", "2.0.0").POST(HttpRequest.BodyPublishers.ofString("{}"));
        }
        return Http.send(request.build());
    }
}
