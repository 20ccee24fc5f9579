package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.fake.model.FakeApp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A client of the fake written from the contract with nothing but the JDK: fake-linkedin's tests may
 * not use oauth-core (the two must stay independent implementations).
 */
public final class PlainHttp {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build());
    }

    public HttpResponse<String> getWithBearer(String url, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken).GET().build());
    }

    public HttpResponse<String> postForm(String url, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    public HttpResponse<String> postJson(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The claims of a JWT, decoded but not verified (the fake's own tests verify signatures). */
    public static JsonNode jwtClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a JWS compact serialization: " + parts.length + " parts");
        }
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    public static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The value of one query parameter of a URL, decoded, or null. */
    public static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The 3-legged flow by hand, asserting each step: consent (automatic), redirect with a code, code for tokens. */
    public static JsonNode login(PlainHttp http, String baseUrl, FakeApp app, String redirectUri) {
        String state = UUID.randomUUID().toString();
        HttpResponse<String> consent = http.get(baseUrl + "/oauth/v2/authorization" + "?response_type=code"
                + "&client_id=" + PlainHttp.encode(app.clientId())
                + "&redirect_uri=" + PlainHttp.encode(redirectUri)
                + "&state=" + state + "&scope=" + PlainHttp.encode("openid profile email"));
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(302);
        String location = consent.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri);
        assertThat(PlainHttp.queryParameter(location, "state")).isEqualTo(state);
        String code = PlainHttp.queryParameter(location, "code");
        assertThat(code).isNotBlank();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", app.clientId());
        form.put("client_secret", app.clientSecret());
        HttpResponse<String> token = http.postForm(baseUrl + "/oauth/v2/accessToken", form);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return PlainHttp.json(token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
