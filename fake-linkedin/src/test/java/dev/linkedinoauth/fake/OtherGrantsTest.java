package dev.linkedinoauth.fake;

import static dev.linkedinoauth.fake.TokenEndpointTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §10 row POST /oauth/v2/accessToken, grants refresh_token and client_credentials. */
@Timeout(30)
class OtherGrantsTest {
    private static final String BAD_REFRESH = "The provided authorization grant or refresh token is invalid, expired or revoked";

    private FakeLinkedIn fake;

    @AfterEach
    void stop() {
        fake.close();
    }

    @Nested
    class WithDefaultApp {
        @BeforeEach
        void start() {
            fake = FakeLinkedIn.start();
        }

        @Test
        void noRefreshTokenIsIssued() {
            assertThat(new Flow(fake).tokenResponse(Flow.DEFAULT_SCOPES).has("refresh_token")).isFalse();
        }

        @Test
        void anyRefreshTokenIsInvalid() {
            assertError(refresh("AQXmadeup", Flow.SECRET), 400, "invalid_request", BAD_REFRESH);
        }

        @Test
        void clientCredentialsAreDenied() {
            assertError(clientCredentials(Flow.CLIENT_ID, Flow.SECRET), 401, "access_denied",
                    "This application is not allowed to create application tokens");
        }
    }

    @Nested
    class WithPrivilegedApp {
        @BeforeEach
        void start() {
            fake = Fakes.frozen(FakeConfig.builder()
                    .app(FakeApp.builder().refreshTokens(true).clientCredentials(true).build()).build());
        }

        @Test
        void theCodeExchangeAlsoReturnsARefreshTokenWithAboutAYear() {
            JsonNode body = new Flow(fake).tokenResponse(Flow.DEFAULT_SCOPES);
            assertThat(body.fieldNames()).toIterable().containsExactly("access_token", "expires_in", "refresh_token",
                    "refresh_token_expires_in", "scope", "token_type", "id_token");
            assertThat(body.get("refresh_token_expires_in").asLong()).isEqualTo(31_536_000L);
        }

        @Test
        void refreshingGivesANewAccessTokenAndTheSameRefreshTokenWithItsRemainingLifetime() {
            JsonNode first = new Flow(fake).tokenResponse(Flow.DEFAULT_SCOPES);
            String refreshToken = first.get("refresh_token").asText();
            fake.clock().advance(Duration.ofDays(59));
            HttpResponse<String> response = refresh(refreshToken, Flow.SECRET);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = Http.json(response);
            assertThat(body.get("access_token").asText()).isNotEqualTo(first.get("access_token").asText());
            assertThat(body.get("expires_in").asLong()).isEqualTo(5183999L);
            assertThat(body.get("refresh_token").asText()).isEqualTo(refreshToken);
            assertThat(body.get("refresh_token_expires_in").asLong()).isEqualTo(31_536_000L - Duration.ofDays(59).toSeconds());
            assertThat(body.get("scope").asText()).isEqualTo("email,openid,profile,w_member_social");
            assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + body.get("access_token").asText())
                    .statusCode()).isEqualTo(200);
        }

        @Test
        void anExpiredRefreshTokenIsInvalid() {
            String refreshToken = new Flow(fake).tokenResponse(Flow.DEFAULT_SCOPES).get("refresh_token").asText();
            fake.clock().advance(Duration.ofDays(366));
            assertError(refresh(refreshToken, Flow.SECRET), 400, "invalid_request", BAD_REFRESH);
        }

        @Test
        void aRevokedRefreshTokenIsInvalid() {
            String refreshToken = new Flow(fake).tokenResponse(Flow.DEFAULT_SCOPES).get("refresh_token").asText();
            Http.postForm(fake.url(LinkedInEndpoint.REVOKE), Http.fields("token", refreshToken, "client_id", Flow.CLIENT_ID,
                    "client_secret", Flow.SECRET));
            assertError(refresh(refreshToken, Flow.SECRET), 400, "invalid_request", BAD_REFRESH);
        }

        @Test
        void refreshingWithTheWrongSecretFailsClientAuthentication() {
            String refreshToken = new Flow(fake).tokenResponse(Flow.DEFAULT_SCOPES).get("refresh_token").asText();
            assertError(refresh(refreshToken, "wrong"), 401, "invalid_client", "Client authentication failed");
        }

        @ParameterizedTest(name = "missing {0}")
        @ValueSource(strings = {"refresh_token", "client_id", "client_secret"})
        void refreshNamesEachMissingField(String field) {
            java.util.Map<String, String> form = Http.fields("grant_type", "refresh_token", "refresh_token", "AQX",
                    "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET);
            form.remove(field);
            assertError(Http.postForm(fake.url(LinkedInEndpoint.TOKEN), form), 400, "invalid_request",
                    "A required parameter \"" + field + "\" is missing");
        }

        @Test
        void clientCredentialsGiveAThirtyMinuteTokenWithExpiresInAsAString() {
            HttpResponse<String> response = clientCredentials(Flow.CLIENT_ID, Flow.SECRET);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = Http.json(response);
            assertThat(body.fieldNames()).toIterable().containsExactly("access_token", "expires_in");
            assertThat(body.get("expires_in").isTextual()).isTrue();
            assertThat(body.get("expires_in").asText()).isEqualTo("1800");
        }

        @Test
        void aTwoLeggedTokenCannotReadMemberData() {
            String token = Http.json(clientCredentials(Flow.CLIENT_ID, Flow.SECRET)).get("access_token").asText();
            HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);
            assertThat(response.statusCode()).isEqualTo(403);
        }

        @Test
        void aTwoLeggedTokenExpiresAfterThirtyMinutes() {
            String token = Http.json(clientCredentials(Flow.CLIENT_ID, Flow.SECRET)).get("access_token").asText();
            fake.clock().advance(Duration.ofMinutes(30));
            HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);
            assertThat(Http.json(response).get("serviceErrorCode").asInt()).isEqualTo(65602);
        }

        @Test
        void clientCredentialsWithAnUnknownClientIdNameIt() {
            assertError(clientCredentials("nobody", "x"), 400, "invalid_client_id", "The passed in client_id is invalid \"nobody\"");
        }

        @Test
        void clientCredentialsWithTheWrongSecretFailClientAuthentication() {
            assertError(clientCredentials(Flow.CLIENT_ID, "wrong"), 401, "invalid_client", "Client authentication failed");
        }
    }

    private HttpResponse<String> refresh(String refreshToken, String secret) {
        return Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", Flow.CLIENT_ID, "client_secret", secret));
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret) {
        return Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }
}
