package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The matrix of §10 driven over HTTP against the standalone jar started with {@code --consent auto} on a
 * free port, as the issue is checked. Rows that need the fake's clock moved (expiry) are covered by the
 * embedded tests. Consenting with a different scope set revokes the member's earlier tokens (as on LinkedIn),
 * so each test uses a token before asking for other scopes.
 */
@Timeout(60)
class StandaloneContractIT {
    private static final String REDIRECT = Flow.REDIRECT;

    private static StandaloneJarProcess jar;
    private static String base;

    @BeforeAll
    static void startJar() throws Exception {
        Path config = Files.createTempFile("fake-linkedin", ".json");
        Files.writeString(config, """
                {"apps":[{"clientId":"fake-client-id","clientSecret":"fake-client-secret",
                          "redirectUris":["http://localhost:3000/callback"],"refreshTokens":true,
                          "scopes":["openid","profile","email","w_member_social","r_liteprofile"]},
                         {"clientId":"other-app","clientSecret":"other-secret","redirectUris":["http://localhost:3000/callback"]}]}""");
        jar = StandaloneJarProcess.start("--port", "0", "--consent", "auto", "--config", config.toString());
        base = jar.baseUrl();
    }

    @AfterAll
    static void stopJar() throws InterruptedException {
        jar.close();
    }

    @Test
    void discoveryAndJwks() {
        JsonNode doc = Http.json(Http.get(uri("/oauth/.well-known/openid-configuration")));
        assertThat(doc.get("issuer").asText()).isEqualTo(base + "/oauth");
        assertThat(doc.has("token_endpoint_auth_methods_supported")).isFalse();
        assertThat(Http.json(Http.get(URI.create(doc.get("jwks_uri").asText()))).get("keys").get(0).get("kid").asText()).isNotBlank();
    }

    @Test
    void authorizeSuccessAndErrors() {
        assertThat(Http.locationQuery(authorize("fake-client-id", REDIRECT, "openid,profile", "s1"))).containsKeys("code", "state");
        assertThat(authorize("nobody", REDIRECT, "openid", "s").statusCode()).isEqualTo(401);
        assertThat(authorize("fake-client-id", REDIRECT + "/", "openid", "s").body()).contains("Bummer, something went wrong.");
        assertThat(authorize("fake-client-id", REDIRECT, "openid+w_organization_social", "s").headers().firstValue("Location")
                .orElseThrow()).contains("error=unauthorized_scope_error&error_description=Scope+%26quot%3Bw_organization_social%26quot%3B");
    }

    @Test
    void tokenSuccessAndEachError() {
        HttpResponse<String> ok = exchange(code("openid profile email"), "fake-client-id", "fake-client-secret", Map.of());
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode body = Http.json(ok);
        assertThat(body.get("expires_in").asLong()).isEqualTo(5183999);
        assertThat(body.get("scope").asText()).isEqualTo("email,openid,profile");
        assertThat(body.has("refresh_token")).isTrue();
        assertThat(body.has("id_token")).isTrue();

        assertThat(exchange("AQnope", "fake-client-id", "fake-client-secret", Map.of()).statusCode()).isEqualTo(401);
        String scopes = "openid profile email";
        assertThat(exchange(code(scopes), "fake-client-id", "wrong", Map.of()).body()).contains("invalid_client");
        assertThat(exchange(code(scopes), "fake-client-id", "fake-client-secret", Map.of("code_verifier", "x")).statusCode())
                .isEqualTo(401);
        assertThat(exchange(code(scopes), "other-app", "other-secret", Map.of()).statusCode()).isEqualTo(400);
        String reused = code(scopes);
        exchange(reused, "fake-client-id", "fake-client-secret", Map.of());
        assertThat(exchange(reused, "fake-client-id", "fake-client-secret", Map.of()).statusCode()).isEqualTo(400);
        String basic = Base64.getEncoder().encodeToString("fake-client-id:fake-client-secret".getBytes());
        HttpResponse<String> basicOnly = Http.postForm(uri("/oauth/v2/accessToken"), Http.fields("grant_type",
                "authorization_code", "code", code(scopes), "redirect_uri", REDIRECT), "Authorization", "Basic " + basic);
        assertThat(basicOnly.body()).contains("A required parameter \\\"client_id\\\" is missing");
        HttpResponse<String> refreshed = Http.postForm(uri("/oauth/v2/accessToken"), Http.fields("grant_type", "refresh_token",
                "refresh_token", body.get("refresh_token").asText(), "client_id", "fake-client-id", "client_secret", "fake-client-secret"));
        assertThat(Http.json(refreshed).get("refresh_token").asText()).isEqualTo(body.get("refresh_token").asText());
        assertThat(Http.postForm(uri("/oauth/v2/accessToken"), Http.fields("grant_type", "client_credentials",
                "client_id", "fake-client-id", "client_secret", "fake-client-secret")).body()).contains("access_denied");
    }

    @Test
    void userinfoMeIntrospectRevoke() {
        String token = token("openid profile email w_member_social");
        assertThat(Http.json(Http.get(uri("/v2/userinfo"), "Authorization", "Bearer " + token)).get("sub").asText())
                .isEqualTo("AbC12dEf3G");
        assertThat(Http.get(uri("/v2/me"), "Authorization", "Bearer " + token).body()).contains("me.GET.NO_VERSION");
        assertThat(Http.get(uri("/v2/userinfo")).body()).contains("Empty oauth2_access_token");
        HttpResponse<String> introspection = Http.postForm(uri("/oauth/v2/introspectToken"), Http.fields("client_id",
                "fake-client-id", "client_secret", "fake-client-secret", "token", token));
        assertThat(Http.json(introspection).get("active").asBoolean()).isTrue();
        assertThat(Http.postForm(uri("/oauth/v2/revoke"), Http.fields("token", token, "client_id", "fake-client-id",
                "client_secret", "fake-client-secret")).statusCode()).isEqualTo(200);
        assertThat(Http.get(uri("/v2/userinfo"), "Authorization", "Bearer " + token).body()).contains("65601");
        assertThat(Http.json(Http.get(uri("/v2/me"), "Authorization", "Bearer " + token("r_liteprofile"))).get("id").asText())
                .isEqualTo("AbC12dEf3G");
    }

    @Test
    void postsAndTheirErrors() {
        String token = token("openid profile w_member_social");
        String post = PostsEndpointTest.body("urn:li:person:AbC12dEf3G", "Hello from the jar");
        HttpResponse<String> created = Http.postJson(uri("/rest/posts"), post, "Authorization", "Bearer " + token,
                "LinkedIn-Version", Versions.current(), "X-Restli-Protocol-Version", "2.0.0");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("x-restli-id").orElseThrow()).matches("urn:li:share:\\d{19}");
        assertThat(Http.postJson(uri("/rest/posts"), post, "Authorization", "Bearer " + token, "LinkedIn-Version",
                Versions.current(), "X-Restli-Protocol-Version", "2.0.0").body()).contains("DUPLICATE_POST");
        assertThat(Http.postJson(uri("/rest/posts"), post, "Authorization", "Bearer " + token,
                "X-Restli-Protocol-Version", "2.0.0").body()).contains("VERSION_MISSING");
        assertThat(Http.postJson(uri("/rest/posts"), post, "Authorization", "Bearer " + token, "LinkedIn-Version",
                "202001", "X-Restli-Protocol-Version", "2.0.0").statusCode()).isEqualTo(426);
        HttpResponse<String> ugc = Http.postJson(uri("/v2/ugcPosts"), UgcPostsEndpointTest.body("UGC from the jar"),
                "Authorization", "Bearer " + token, "X-Restli-Protocol-Version", "2.0.0");
        assertThat(ugc.statusCode()).isEqualTo(201);
        assertThat(ugc.headers().firstValue("X-RestLi-Id")).isPresent();
        assertThat(Http.postJson(uri("/rest/posts"), post, "Authorization", "Bearer " + token("openid profile"),
                "LinkedIn-Version", Versions.current(), "X-Restli-Protocol-Version", "2.0.0").body())
                .contains("partnerApiPostsExternal.CREATE.");
    }

    private static URI uri(String path) {
        return URI.create(base + path);
    }

    private static HttpResponse<String> authorize(String clientId, String redirect, String scope, String state) {
        return Http.get(uri("/oauth/v2/authorization?response_type=code&client_id=" + Http.enc(clientId) + "&redirect_uri="
                + Http.enc(redirect) + "&state=" + Http.enc(state) + "&scope=" + scope.replace(" ", "%20")));
    }

    private static String code(String scopes) {
        return Http.locationQuery(authorize("fake-client-id", REDIRECT, scopes, "s")).get("code");
    }

    private static HttpResponse<String> exchange(String code, String clientId, String secret, Map<String, String> extra) {
        Map<String, String> form = Http.fields("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", clientId, "client_secret", secret);
        form.putAll(extra);
        return Http.postForm(uri("/oauth/v2/accessToken"), form);
    }

    private static String token(String scopes) {
        return Http.json(exchange(code(scopes), "fake-client-id", "fake-client-secret", Map.of())).get("access_token").asText();
    }

}
