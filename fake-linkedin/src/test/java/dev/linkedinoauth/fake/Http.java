package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import dev.linkedinoauth.fake.model.FakeApp;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one HTTP helper of fake-linkedin's tests: java.net.http with nothing else, no redirects followed, every
 * call with a timeout. Written from the contract: fake-linkedin's tests may not use oauth-core (the two must
 * stay independent implementations).
 */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT).build();

    private Http() {
    }

    public static HttpResponse<String> get(URI uri, String... headers) {
        return send(request(uri, headers).GET().build());
    }

    public static HttpResponse<String> postForm(URI uri, Map<String, String> form, String... headers) {
        return send(request(uri, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    public static HttpResponse<String> postJson(URI uri, String json, String... headers) {
        return send(request(uri, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpRequest.Builder request(URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** Sends bytes as they are, for requests java.net.http refuses to build; returns the whole answer. */
    public static String raw(FakeLinkedIn fake, String request) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", fake.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String form(Map<String, String> form) {
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** The decoded query parameters of a redirect's Location. */
    public static Map<String, String> locationQuery(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location header, status " + response.statusCode() + ": " + response.body()));
        return parseQuery(URI.create(location).getRawQuery());
    }

    /** Decoded parameters of a raw query string ({@code null} gives none). */
    public static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** Ordered form fields from key/value pairs. */
    public static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static HttpResponse<String> get(String url, String... headers) {
        return get(URI.create(url), headers);
    }

    public static HttpResponse<String> getWithBearer(String url, String accessToken) {
        return get(URI.create(url), "Authorization", "Bearer " + accessToken);
    }

    public static HttpResponse<String> postForm(String url, Map<String, String> form, String... headers) {
        return postForm(URI.create(url), form, headers);
    }

    public static HttpResponse<String> postJson(String url, String json, String... headers) {
        return postJson(URI.create(url), json, headers);
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
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * The 3-legged flow by hand against any running fake (embedded, jar, container), asserting each step:
     * consent (automatic), redirect with a code, code for tokens.
     */
    public static JsonNode login(String baseUrl, FakeApp app, String redirectUri) {
        String state = UUID.randomUUID().toString();
        HttpResponse<String> consent = get(baseUrl + "/oauth/v2/authorization" + "?response_type=code"
                + "&client_id=" + enc(app.clientId())
                + "&redirect_uri=" + enc(redirectUri)
                + "&state=" + state + "&scope=" + enc("openid profile email"));
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(302);
        String location = consent.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri);
        assertThat(queryParameter(location, "state")).isEqualTo(state);
        String code = queryParameter(location, "code");
        assertThat(code).isNotBlank();

        HttpResponse<String> token = postForm(baseUrl + "/oauth/v2/accessToken", fields("grant_type", "authorization_code",
                "code", code, "redirect_uri", redirectUri, "client_id", app.clientId(), "client_secret", app.clientSecret()));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return json(token);
    }
}
