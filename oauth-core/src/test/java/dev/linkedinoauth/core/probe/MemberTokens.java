package dev.linkedinoauth.core.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.fake.FakeLinkedIn;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A member token from an auto-consent fake, over plain HTTP: the authorization redirect's code, exchanged once. */
final class MemberTokens {
    static final String CLIENT_ID = "fake-client-id";
    static final String CLIENT_SECRET = "fake-client-secret";
    static final String REDIRECT = "http://localhost:3000/callback";

    private MemberTokens() {
    }

    static String obtain(FakeLinkedIn fake, String scopes) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI authorize = URI.create(fake.baseUrl() + "/oauth/v2/authorization?response_type=code&client_id=" + CLIENT_ID
                + "&redirect_uri=" + enc(REDIRECT) + "&state=s1&scope=" + enc(scopes));
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(authorize).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = redirect.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect: " + redirect.statusCode() + " " + redirect.body()));
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(REDIRECT)
                + "&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET;
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/oauth/v2/accessToken"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = new ObjectMapper().readTree(token.body());
        if (token.statusCode() != 200) {
            throw new AssertionError("token exchange failed: " + token.body());
        }
        return body.get("access_token").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
