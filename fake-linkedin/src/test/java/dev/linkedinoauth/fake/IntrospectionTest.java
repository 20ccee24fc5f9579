package dev.linkedinoauth.fake;

import static dev.linkedinoauth.fake.TokenEndpointTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** §10 rows POST /oauth/v2/introspectToken and POST /oauth/v2/revoke. */
@Timeout(30)
class IntrospectionTest {
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private FakeLinkedIn fake;
    private Flow flow;

    @BeforeEach
    void start() {
        fake = Fakes.frozenAt(FakeConfig.builder().app(FakeApp.builder().clientCredentials(true).build())
                .app(FakeApp.builder().clientId("second-app").clientSecret("second-secret").build()).build(), NOW);
        flow = new Flow(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void anActiveTokenReportsLinkedInsFieldsInLinkedInsOrder() {
        String token = flow.accessToken("openid profile w_member_social");
        JsonNode body = Http.json(introspect(token, Flow.CLIENT_ID, Flow.SECRET));
        assertThat(body.fieldNames()).toIterable().containsExactly("active", "client_id", "authorized_at", "created_at",
                "status", "expires_at", "scope", "auth_type");
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("client_id").asText()).isEqualTo(Flow.CLIENT_ID);
        assertThat(body.get("created_at").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(body.get("authorized_at").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(body.get("expires_at").asLong()).isEqualTo(NOW.getEpochSecond() + 5183999L);
        assertThat(body.get("status").asText()).isEqualTo("active");
        assertThat(body.get("scope").asText()).isEqualTo("openid,profile,w_member_social");
        assertThat(body.get("auth_type").asText()).isEqualTo("3L");
    }

    @Test
    void aTwoLeggedTokenHasNoScope() {
        HttpResponse<String> cc = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "client_credentials",
                "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
        JsonNode body = Http.json(introspect(Http.json(cc).get("access_token").asText(), Flow.CLIENT_ID, Flow.SECRET));
        assertThat(body.get("auth_type").asText()).isEqualTo("2L");
        assertThat(body.has("scope")).isFalse();
        assertThat(body.get("expires_at").asLong()).isEqualTo(NOW.getEpochSecond() + 1800);
    }

    @Test
    void anExpiredTokenIsInactiveWithStatusExpired() {
        String token = flow.accessToken();
        fake.clock().advance(Duration.ofDays(60));
        JsonNode body = Http.json(introspect(token, Flow.CLIENT_ID, Flow.SECRET));
        assertThat(body.get("active").asBoolean()).isFalse();
        assertThat(body.get("status").asText()).isEqualTo("expired");
    }

    @Test
    void anotherAppsTokenIsJustInactive() {
        String token = flow.accessToken();
        HttpResponse<String> response = introspect(token, "second-app", "second-secret");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"active\":false}");
    }

    @Test
    void aWrongSecretIs401() {
        assertError(introspect(flow.accessToken(), Flow.CLIENT_ID, "wrong"), 401, "invalid_client", "Client authentication failed");
    }

    @Test
    void anUnknownClientIs400() {
        HttpResponse<String> response = introspect(flow.accessToken(), "nobody", "x");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("invalid_client_id");
    }

    @Test
    void anUnknownTokenIs400() {
        HttpResponse<String> response = introspect("AQVmadeup", Flow.CLIENT_ID, Flow.SECRET);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void aMissingTokenIsNamed() {
        assertError(Http.postForm(fake.url(LinkedInEndpoint.INTROSPECT), Http.fields("client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET)),
                400, "invalid_request", "A required parameter \"token\" is missing");
    }

    @Test
    void revokeAnswers200WithAnEmptyBodyAndTheTokenIsThenRevokedEverywhere() {
        String token = flow.accessToken();
        HttpResponse<String> revoke = revoke(token, Flow.SECRET);
        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(revoke.body()).isEmpty();
        JsonNode introspection = Http.json(introspect(token, Flow.CLIENT_ID, Flow.SECRET));
        assertThat(introspection.get("active").asBoolean()).isFalse();
        assertThat(introspection.get("status").asText()).isEqualTo("revoked");
        for (java.net.URI api : java.util.List.of(fake.url(LinkedInEndpoint.USERINFO), fake.url(LinkedInEndpoint.ME))) {
            HttpResponse<String> response = Http.get(api, "Authorization", "Bearer " + token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Http.json(response).get("serviceErrorCode").asInt()).isEqualTo(65601);
            assertThat(Http.json(response).get("code").asText()).isEqualTo("REVOKED_ACCESS_TOKEN");
        }
    }

    @Test
    void revokingWithAWrongSecretIsRefusedAndTheTokenStaysValid() {
        String token = flow.accessToken();
        assertThat(revoke(token, "wrong").statusCode()).isEqualTo(401);
        assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void revokingAnUnknownTokenIsNotAnError() {
        assertThat(revoke("AQVmadeup", Flow.SECRET).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> introspect(String token, String clientId, String secret) {
        return Http.postForm(fake.url(LinkedInEndpoint.INTROSPECT), Http.fields("client_id", clientId, "client_secret", secret, "token", token));
    }

    private HttpResponse<String> revoke(String token, String secret) {
        return Http.postForm(fake.url(LinkedInEndpoint.REVOKE), Http.fields("token", token, "client_id", Flow.CLIENT_ID, "client_secret", secret));
    }
}
