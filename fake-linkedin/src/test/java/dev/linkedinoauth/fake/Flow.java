package dev.linkedinoauth.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/** Steps of the code flow against a fake, for tests that need a code or a token as a precondition. */
public final class Flow {
    public static final String CLIENT_ID = "fake-client-id";
    public static final String SECRET = "fake-client-secret";
    public static final String REDIRECT = "http://localhost:3000/callback";
    public static final String DEFAULT_SCOPES = "openid profile email w_member_social";

    private final FakeLinkedIn fake;

    public Flow(FakeLinkedIn fake) {
        this.fake = fake;
    }

    public URI authorizeUri(String clientId, String redirectUri, String scopeEncoded, String state) {
        StringBuilder query = new StringBuilder("response_type=code");
        if (clientId != null) {
            query.append("&client_id=").append(Http.enc(clientId));
        }
        if (redirectUri != null) {
            query.append("&redirect_uri=").append(Http.enc(redirectUri));
        }
        if (state != null) {
            query.append("&state=").append(Http.enc(state));
        }
        if (scopeEncoded != null) {
            query.append("&scope=").append(scopeEncoded);
        }
        return URI.create(fake.url(LinkedInEndpoint.AUTHORIZATION) + "?" + query);
    }

    public HttpResponse<String> authorize(String scopes) {
        return Http.get(authorizeUri(CLIENT_ID, REDIRECT, scopes.replace(" ", "%20"), "st4te"));
    }

    public String code(String scopes) {
        return Http.locationQuery(authorize(scopes)).get("code");
    }

    public String code() {
        return code(DEFAULT_SCOPES);
    }

    public HttpResponse<String> exchange(String code) {
        return Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "client_id", CLIENT_ID, "client_secret", SECRET));
    }

    public JsonNode tokenResponse(String scopes) {
        HttpResponse<String> response = exchange(code(scopes));
        if (response.statusCode() != 200) {
            throw new AssertionError("token exchange failed: " + response.body());
        }
        return Http.json(response);
    }

    public String accessToken(String scopes) {
        return tokenResponse(scopes).get("access_token").asText();
    }

    public String accessToken() {
        return accessToken(DEFAULT_SCOPES);
    }

    /** On an interactive fake: signs in as {@code memberId}, allows, exchanges the code. */
    public String interactiveAccessToken(String memberId, String scopes) {
        HttpResponse<String> signIn = authorize(scopes);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(signIn.body());
        if (!id.find()) {
            throw new AssertionError("not a sign-in page: " + signIn.body());
        }
        Http.postForm(URI.create(fake.baseUrl() + "/oauth/v2/authorization/signin"), Http.fields("request", id.group(1), "member", memberId));
        HttpResponse<String> redirect = Http.postForm(URI.create(fake.baseUrl() + "/oauth/v2/authorization/consent"),
                Http.fields("request", id.group(1), "action", "allow"));
        HttpResponse<String> response = exchange(Http.locationQuery(redirect).get("code"));
        return Http.json(response).get("access_token").asText();
    }

    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
