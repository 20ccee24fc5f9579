package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §10 row POST /oauth/v2/accessToken, grant authorization_code: success and every error of §3.5. */
@Timeout(30)
class TokenEndpointTest {
    private static final String MISMATCH = "Unable to retrieve access token: appid/redirect uri/code verifier does not "
            + "match authorization code. Or authorization code expired. Or external member binding exists";

    private FakeLinkedIn fake;
    private Flow flow;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start(FakeConfig.builder()
                .app(FakeApp.builder().redirectUris(List.of(Flow.REDIRECT, "http://localhost:3000/other")).build())
                .app(FakeApp.builder().clientId("second-app").clientSecret("second-secret").build())
                .build());
        flow = new Flow(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void successHasLinkedInsFieldsTypesAndContentType() {
        HttpResponse<String> response = flow.exchange(flow.code());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        JsonNode body = Http.json(response);
        assertThat(body.fieldNames()).toIterable().containsExactly("access_token", "expires_in", "scope", "token_type", "id_token");
        assertThat(body.get("access_token").asText()).startsWith("AQ").hasSizeGreaterThan(300);
        assertThat(body.get("expires_in").isNumber()).isTrue();
        assertThat(body.get("expires_in").asLong()).isEqualTo(5183999L);
        assertThat(body.get("scope").asText()).isEqualTo("email,openid,profile,w_member_social");
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    }

    @Test
    void withoutOpenidThereIsNoIdToken() {
        JsonNode body = flow.tokenResponse("w_member_social profile");
        assertThat(body.has("id_token")).isFalse();
        assertThat(body.get("scope").asText()).isEqualTo("profile,w_member_social");
    }

    @ParameterizedTest(name = "missing {0}")
    @ValueSource(strings = {"grant_type", "code", "redirect_uri", "client_id", "client_secret"})
    void eachMissingFieldIsNamed(String field) {
        Map<String, String> form = Http.fields("grant_type", "authorization_code", "code", flow.code(),
                "redirect_uri", Flow.REDIRECT, "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET);
        form.remove(field);
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), form);
        assertError(response, 400, "invalid_request", "A required parameter \"" + field + "\" is missing");
    }

    @Test
    void basicAuthenticationAloneIsRejectedAsAMissingClientId() {
        String basic = Base64.getEncoder().encodeToString((Flow.CLIENT_ID + ":" + Flow.SECRET).getBytes());
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code",
                "code", flow.code(), "redirect_uri", Flow.REDIRECT), "Authorization", "Basic " + basic);
        assertError(response, 400, "invalid_request", "A required parameter \"client_id\" is missing");
    }

    @Test
    void aJsonBodyIsNotAForm() {
        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.TOKEN), "{\"grant_type\":\"authorization_code\"}");
        assertError(response, 400, "invalid_request", "A required parameter \"grant_type\" is missing");
    }

    @Test
    void unknownCodeIsNotFound() {
        assertError(flow.exchange("AQmadeup"), 401, "invalid_request",
                "Unable to retrieve access token: authorization code not found");
    }

    @Test
    void theCodeIsCheckedBeforeTheClient() {
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code",
                "code", "AQmadeup", "redirect_uri", Flow.REDIRECT, "client_id", "nobody", "client_secret", "wrong"));
        assertError(response, 401, "invalid_request", "Unable to retrieve access token: authorization code not found");
    }

    @Test
    void wrongSecretFailsClientAuthentication() {
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code",
                "code", flow.code(), "redirect_uri", Flow.REDIRECT, "client_id", Flow.CLIENT_ID, "client_secret", "wrong"));
        assertError(response, 401, "invalid_client", "Client authentication failed");
    }

    @Test
    void anyCodeVerifierFailsClientAuthentication() {
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code",
                "code", flow.code(), "redirect_uri", Flow.REDIRECT, "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET,
                "code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        assertError(response, 401, "invalid_client", "Client authentication failed");
    }

    @Test
    void aDifferentRegisteredRedirectUriDoesNotMatchTheCode() {
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code",
                "code", flow.code(), "redirect_uri", "http://localhost:3000/other", "client_id", Flow.CLIENT_ID,
                "client_secret", Flow.SECRET));
        assertError(response, 400, "invalid_redirect_uri", MISMATCH);
    }

    @Test
    void aCodeOfAnotherAppDoesNotMatch() {
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code",
                "code", flow.code(), "redirect_uri", Flow.REDIRECT, "client_id", "second-app", "client_secret", "second-secret"));
        assertError(response, 400, "invalid_redirect_uri", MISMATCH);
    }

    @Test
    void aCodeCanBeUsedOnlyOnce() {
        String code = flow.code();
        assertThat(flow.exchange(code).statusCode()).isEqualTo(200);
        assertError(flow.exchange(code), 400, "invalid_request", MISMATCH);
    }

    @Test
    void aCodeExpiresAfterThirtyMinutes() {
        String code = flow.code();
        fake.clock().advance(Duration.ofMinutes(30).plusSeconds(1));
        assertError(flow.exchange(code), 400, "invalid_request", MISMATCH);
    }

    @Test
    void aCodeIsStillGoodJustBeforeThirtyMinutes() {
        String code = flow.code();
        fake.clock().advance(Duration.ofMinutes(29));
        assertThat(flow.exchange(code).statusCode()).isEqualTo(200);
    }

    @Test
    void unsupportedGrantTypeIsRefused() {
        HttpResponse<String> response = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "password",
                "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void consentingToADifferentScopeSetRevokesEarlierTokensOfThatMemberAndApp() {
        String first = flow.accessToken("openid profile");
        String sameScopes = flow.accessToken("openid profile");
        assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + first).statusCode()).isEqualTo(200);
        String widened = flow.accessToken("openid profile email");
        for (String old : List.of(first, sameScopes)) {
            HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + old);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Http.json(response).get("serviceErrorCode").asInt()).isEqualTo(65601);
        }
        assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + widened).statusCode()).isEqualTo(200);
    }

    @Test
    void consentingToTheSameScopesAgainKeepsEarlierTokens() {
        String first = flow.accessToken("openid profile");
        flow.accessToken("profile openid");
        assertThat(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + first).statusCode()).isEqualTo(200);
    }

    static void assertError(HttpResponse<String> response, int status, String error, String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        JsonNode body = Http.json(response);
        assertThat(body.fieldNames()).toIterable().containsExactly("error", "error_description");
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isEqualTo(description);
    }
}
